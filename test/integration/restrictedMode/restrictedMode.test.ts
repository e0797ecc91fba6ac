// A cloned folder whose .vscode/settings.json points losant.apiUrl and losant.appUrl at its own
// server, opened without trusting it (Restricted Mode): Losant Explorer still works, with the
// user's own URLs, and the folder's server hears nothing.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FakeLosant } from '../../server/fakeLosant';
import type { TestChannel } from '../../channel/extension';
import { EXTENSION_ID, rootLabels, signIn, signOutAndReset, startServer } from '../helpers';
import { assertFolderPointsAtItsServer, folderServerRequests, tokenPromptAsShown } from '../workbenchProbe';

describe('A folder that sets losant.apiUrl and losant.appUrl, opened in Restricted Mode', () => {
  let server: FakeLosant;
  let api: TestChannel;

  before(async () => {
    server = await startServer({ orgs: 4 });
  });

  after(async () => {
    await signOutAndReset();
    await server.close();
  });

  it('is a folder that asks for its own server, opened untrusted', () => {
    assertFolderPointsAtItsServer();
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it('keeps Losant Explorer enabled and active', async () => {
    const extension = vscode.extensions.getExtension<TestChannel>(EXTENSION_ID);
    assert.ok(extension, 'the extension is disabled in Restricted Mode');
    api = await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it("asks for a token for the user's API URL, with no warning about the folder", async () => {
    await vscode.workspace.getConfiguration('losant').update('apiUrl', server.url, vscode.ConfigurationTarget.Global);
    const { title, prompt } = await tokenPromptAsShown();
    assert.equal(title, 'Set Losant API Token');
    assert.match(prompt, new RegExp(`^Paste a Losant user API token for ${server.url}\\.`));
  });

  it("lists the organizations of the user's API URL", async () => {
    await signIn(api, server);
    const expected = server.organizations.map((o) => (o as { name: string }).name).sort((a, b) => a.localeCompare(b));
    assert.deepEqual(await rootLabels(api), expected);
  });

  it("opens Open in Losant on the user's server, not the folder's", async () => {
    const [first] = (await api.provider.getChildren()) ?? [];
    assert.equal(first?.kind, 'organization');
    const url = await vscode.commands.executeCommand<string>('losant.openInLosant', first);
    assert.ok(url?.startsWith(`${server.url}/organizations/`), `Open in Losant went to ${url}`);
  });

  it("sends the folder's server no request at all", async () => {
    assert.deepEqual(await folderServerRequests(), []);
  });
});
