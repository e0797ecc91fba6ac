// Delete Organization in the real VS Code, against the local Losant server, with the person's
// answers supplied: what the modal says (the organization, the installation and account, its
// figures read fresh), the name typed, one DELETE, the row gone only on success with the count and
// Load more still right, a viewer stopped before anything is sent, and lost answers checked.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TestChannel } from '../channel/extension';
import { LosantClient, type ListedOrganization } from '../../src/losant';
import { hostOf } from '../../src/model/settingOrigin';
import type { TreeNode } from '../../src/tree/nodes';
import type { FakeLosant } from '../server/fakeLosant';
import { COLLEAGUES, DEMO_USER, memberFor, type MemberRole } from '../server/users';
import {
  activateExtension,
  losantLogLine,
  losantLogMark,
  rootItems,
  rootLabels,
  setSetting,
  settledLabels,
  signIn,
  signOutAndReset,
  startServer,
  untilQuiet,
  waitFor,
} from './helpers';

const [PRIYA] = COLLEAGUES;

type ServerOrg = ListedOrganization & { summary: Record<string, unknown> };

describe('Delete Organization', function () {
  this.timeout(30_000);
  let server: FakeLosant;
  let api: TestChannel;
  let client: LosantClient;

  const roleOf = (org: ListedOrganization): MemberRole | undefined => org.members?.find((m) => m.userId === DEMO_USER.id)?.role as MemberRole | undefined;
  const onServer = (id: string): ServerOrg | undefined => (server.organizations as ServerOrg[]).find((o) => o.id === id);
  const requestsTo = (id: string): string[] => server.requests.filter((r) => r.path === `/orgs/${id}`).map((r) => `${r.method} ${r.status}`);
  const row = (org: ListedOrganization): TreeNode => ({ kind: 'organization', org });
  const listedIds = (): string[] => {
    const state = api.listing.state;
    return state.kind === 'listed' ? state.listing.organizations.map((o) => o.id) : [];
  };
  /** The organizations the view lists now, in its order, that Dana has this role in. */
  const listedWithRole = (role: MemberRole): ListedOrganization[] => {
    const state = api.listing.state;
    return state.kind === 'listed' ? state.listing.organizations.filter((o) => roleOf(o) === role) : [];
  };
  const serverIds = async (): Promise<string[]> => (await client.listOrganizations({ perPage: 1000, sortField: 'name' })).items.map((o) => o.id);

  before(async () => {
    server = await startServer({ orgs: 14, seed: 20 });
    // First by name, so on the first page: organizations Dana administers, and one she only views.
    for (let i = 1; i <= 5; i++) server.addOrganization({ name: `0 Delete Me ${i}`, members: [memberFor(DEMO_USER, 'admin'), memberFor(PRIYA, 'edit')] });
    server.addOrganization({ name: '0 A Viewed', members: [memberFor(PRIYA, 'admin'), memberFor(DEMO_USER, 'view')] });
    api = await activateExtension();
    await signOutAndReset();
    await setSetting('organizations.pageSize', 5);
    await signIn(api, server);
    client = new LosantClient({ apiUrl: server.url, token: server.tokens.all });
  });

  beforeEach(async () => {
    server.setFault(undefined);
    api.provider.refresh();
    await api.listing.loaded();
    await settledLabels(api, 'signedIn');
    await untilQuiet(server);
    server.clearRequests();
  });

  afterEach(() => server.setFault(undefined));

  after(async () => {
    await signOutAndReset();
    await server.close();
  });

  it('the modal names the organization, the installation and the account, with its figures as Losant counts them now; a wrong name sends nothing', async () => {
    const [org] = listedWithRole('admin');
    assert.ok(org, 'an organization Dana administers on the first page');
    // Changed on the server after the view listed it: the question must show these.
    Object.assign(onServer(org.id)!.summary, { appCount: 7, deviceCount: 1234, dashCount: 3 });
    const members = onServer(org.id)!.members!.length;

    const { result, asked } = await api.deleteOrganization(row(org), { confirm: true, typed: `${org.name} ` });
    assert.equal(result.kind, 'cancelled');
    assert.ok(asked.modal, 'the modal was shown');
    assert.equal(asked.modal.message, `Delete the organization “${org.name}” from ${hostOf(server.url)}?`);
    const detail = asked.modal.detail;
    assert.match(detail, new RegExp(`Installation: ${hostOf(server.url)}, account: Dana Rivera \\(${DEMO_USER.email}\\)`));
    assert.match(detail, /This cannot be undone\./);
    assert.ok(detail.includes(`Deleting “${org.name}” deletes every application in it, with their devices, workflows and data, and every dashboard`), detail);
    assert.match(detail, /as Losant counts it now/);
    for (const line of ['Applications: 7', `Devices: ${(1234).toLocaleString()}`, 'Dashboards: 3', `Members (who lose access): ${members}`]) {
      assert.ok(detail.split('\n').includes(line), `${line} in:\n${detail}`);
    }
    assert.ok(asked.name, 'then the name was asked for');
    assert.ok(asked.name.prompt.includes(org.name));
    assert.equal(asked.name.validation.typed, `Type ${org.name} exactly as shown to delete it, or press Escape.`, 'a trailing space is not the name');
    assert.equal(asked.name.validation.empty, asked.name.validation.typed, 'the box says what to type before anything is typed');
    assert.deepEqual(requestsTo(org.id), ['GET 200'], 'read fresh, and no DELETE');
    assert.ok(onServer(org.id));
    assert.ok(listedIds().includes(org.id), 'still listed');

    const escaped = await api.deleteOrganization(row(org), { confirm: true });
    const declined = await api.deleteOrganization(row(org), { confirm: false, typed: org.name });
    assert.deepEqual([escaped.result.kind, declined.result.kind], ['cancelled', 'cancelled']);
    assert.equal(declined.asked.name, undefined, 'no name asked after No');
    assert.ok(!server.requests.some((r) => r.method === 'DELETE'), 'nothing deleted');
  });

  it('a confirmed delete from the palette: gone from the server and the tree, its pin too; the count and Load more stay right', async () => {
    await vscode.commands.executeCommand('losant.loadMoreOrganizations');
    await waitFor('two pages', () => listedIds().length === 10);
    const total = (await serverIds()).length;
    const org = listedWithRole('admin').find((o) => listedIds().indexOf(o.id) < 5);
    assert.ok(org, 'an organization Dana administers on the first page');
    await vscode.commands.executeCommand('losant.pinOrganization', row(org));
    await waitFor('the Pinned group', async () => (await rootLabels(api))[0] === 'Pinned');
    server.clearRequests();
    const offered = listedIds();

    const { result, asked } = await api.deleteOrganization(undefined, { pick: org.id, confirm: true, typed: org.name });
    assert.deepEqual(asked.offered, offered, 'the palette offered the listed organizations');
    assert.equal(result.kind, 'deleted');
    assert.ok('message' in result && result.message.includes(`Deleted the organization “${org.name}” from ${hostOf(server.url)}.`), JSON.stringify(result));
    assert.match('message' in result ? result.message : '', /Its pin was removed too\./);
    assert.equal(onServer(org.id), undefined, 'Losant no longer has it');
    assert.equal(server.requests.filter((r) => r.method === 'DELETE').length, 1, 'one DELETE');

    await waitFor('the row gone', async () => !(await rootItems(api)).some((i) => i.id === JSON.stringify(['organization', org.id])));
    assert.equal((await rootLabels(api))[0] !== 'Pinned', true, 'no Pinned group left');
    assert.equal(listedIds().length, 10, 'the two pages loaded again, the next organization moved up');
    await waitFor('the count', () => api.chrome.current()?.description === `${total - 1} organizations`);
    assert.ok((await rootLabels(api)).includes(`Load more… (10 of ${total - 1})`));
    while ((await rootLabels(api)).some((l) => l.startsWith('Load more'))) await vscode.commands.executeCommand('losant.loadMoreOrganizations');
    assert.equal(listedIds().length, total - 1);
    assert.deepEqual(listedIds(), await serverIds(), 'every organization once, none skipped by Load more');
  });

  it('a viewer’s organization is refused before anything is sent, naming the organization and the role', async () => {
    const [org] = listedWithRole('view');
    assert.ok(org, 'an organization Dana only views');
    const mark = losantLogMark(api);
    const { result, asked } = await api.deleteOrganization(row(org), { confirm: true, typed: org.name });
    assert.equal(result.kind, 'notAsked');
    assert.equal(asked.modal, undefined, 'no question');
    assert.deepEqual(requestsTo(org.id), [], 'neither read nor deleted');
    await losantLogLine(
      api,
      new RegExp(`Only an administrator of “${org.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}” can delete it\\. Your role there is Viewer\\.`),
      mark,
    );
    assert.ok(onServer(org.id));
  });

  it('deleted behind its back before the question: says so, sends no DELETE, and the row goes', async () => {
    const [org] = listedWithRole('admin');
    await client.deleteOrganization(org.id);
    server.clearRequests();
    const { result, asked } = await api.deleteOrganization(row(org), { confirm: true, typed: org.name });
    assert.equal(result.kind, 'goneBeforeAsking');
    assert.ok('message' in result && result.message.includes(`“${org.name}”`));
    assert.equal(asked.modal, undefined);
    assert.deepEqual(requestsTo(org.id), ['GET 404']);
    await waitFor('the row gone', () => !listedIds().includes(org.id));
  });

  it('an answer lost after Losant deleted it: checked (404), reported deleted, the row goes; DELETE never sent twice', async () => {
    const [org] = listedWithRole('admin');
    server.setFault({ kind: 'drop', when: 'afterAction', method: 'DELETE', times: 1 });
    const { result } = await api.deleteOrganization(row(org), { confirm: true, typed: org.name });
    assert.equal(result.kind, 'deletedDespiteLostAnswer');
    assert.ok(
      'message' in result && result.message === `The connection was lost while deleting “${org.name}”, but Losant no longer has it: it was deleted.`,
      JSON.stringify(result),
    );
    assert.deepEqual(requestsTo(org.id), ['GET 200', 'DELETE 0', 'GET 404']);
    assert.equal(onServer(org.id), undefined);
    await waitFor('the row gone', () => !listedIds().includes(org.id));
  });

  it('an answer lost before Losant acted: checked (200), reported not deleted and safe to try again; the row stays', async () => {
    const [org] = listedWithRole('admin');
    server.setFault({ kind: 'drop', when: 'afterBody', method: 'DELETE', times: 1 });
    const { result } = await api.deleteOrganization(row(org), { confirm: true, typed: org.name });
    assert.equal(result.kind, 'notDeletedAfterLostAnswer');
    assert.ok(
      'message' in result && /^The organization “.*” was not deleted: .* Losant still has it, so it is safe to try again\.$/s.test(result.message),
      JSON.stringify(result),
    );
    assert.ok(result.message.includes(`“${org.name}”`));
    assert.deepEqual(requestsTo(org.id), ['GET 200', 'DELETE 0', 'GET 200']);
    assert.ok(onServer(org.id), 'Losant still has it');
    assert.ok(listedIds().includes(org.id), 'and so does the view');
  });

  it('nothing answers for it: the question says the figures are as listed and why; the lost answer is unknown, nothing is claimed, the row stays', async () => {
    const [org] = listedWithRole('admin');
    server.setFault({ kind: 'drop', when: 'onArrival', path: `/orgs/${org.id}` });
    const { result, asked } = await api.deleteOrganization(row(org), { confirm: true, typed: org.name });
    assert.match(String(asked.modal?.detail), /What will be lost, as the view last listed it \(Losant could not be asked for the current figures: .+\):/);
    assert.equal(result.kind, 'unknown');
    assert.ok('message' in result && result.message.startsWith(`The connection was lost while deleting “${org.name}” (`), JSON.stringify(result));
    assert.match(result.message, /Losant could not be asked whether it was deleted .* Refresh the view/);
    assert.equal(server.requests.filter((r) => r.method === 'DELETE').length, 1, 'one DELETE');
    assert.ok(onServer(org.id), 'dropped before Losant acted');
    assert.ok(listedIds().includes(org.id), 'the row stays: nothing is claimed');
  });
});
