// Part 5: how many requests each action costs, counted by a local Losant server of its own (in
// this process: here only counts matter, not time).
import * as vscode from 'vscode';
import type { TestChannel } from '../../test/channel/extension';
import { startFakeLosant } from '../../test/server/fakeLosant';
import type { RequestCounts } from './results';
import { nextLoad, SHOW_VIEW, signInTo, sleep } from './workbench';

// Long enough for a stray follow-up request (a second page, a retry) to arrive and be counted.
const QUIET_MS = 500;

export async function countRequests(api: TestChannel): Promise<RequestCounts> {
  const server = await startFakeLosant({ orgs: 25 });
  try {
    const info = { url: server.url, token: server.tokens.all };
    await signInTo(api, info, undefined);
    const count = (method: string) => server.requests.filter((r) => r.method === method && r.path.startsWith('/orgs')).length;

    // Token stored while the view is closed, then the view is opened.
    const signedOut = nextLoad(api, 'signedOut');
    await vscode.commands.executeCommand('losant.signOut');
    await signedOut;
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await sleep(QUIET_MS);
    server.clearRequests();
    if (!(await api.setApiToken(info.token))) throw new Error('the token was not stored');
    await sleep(QUIET_MS);
    const storeToken = count('GET');
    server.clearRequests();
    const opened = nextLoad(api, 'signedIn');
    await vscode.commands.executeCommand(SHOW_VIEW);
    await opened;
    await sleep(QUIET_MS);
    const openView = count('GET');

    server.clearRequests();
    const refreshed = nextLoad(api, 'signedIn');
    await vscode.commands.executeCommand('losant.refreshOrganizations');
    await refreshed;
    await sleep(QUIET_MS);
    const refresh = count('GET');

    server.clearRequests();
    const created = await api.createOrganization({ name: `Bench Org ${Date.now()}`, description: 'made by npm run bench' });
    if (!created) throw new Error('the organization was not created');
    await sleep(QUIET_MS);
    const create = { post: count('POST'), get: count('GET') };
    return { storeToken, openView, refresh, create };
  } finally {
    await server.close();
  }
}
