// The same folder, trusted by the user: VS Code applies its losant.apiUrl, so every prompt for a
// secret says, before anything is typed, that the folder chose the server and names its host.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FakeLosant } from '../../server/fakeLosant';
import { activateExtension, losantLogLine, setSetting, settledLabels, signOutAndReset, startServer, waitFor } from '../helpers';
import { assertFolderPointsAtItsServer, folderServerRequests, folderServerUrl, tokenPromptAsShown, workbenchText } from '../workbenchProbe';

describe('A trusted folder that sets losant.apiUrl and losant.appUrl', () => {
  let userServer: FakeLosant;
  const folderHost = () => new URL(folderServerUrl()).host;

  before(async () => {
    // The user's own API URL, which the folder's settings override.
    userServer = await startServer({ orgs: 2 });
    await setSetting('apiUrl', userServer.url);
  });

  after(async () => {
    await signOutAndReset();
    await userServer.close();
  });

  it('is a folder that asks for its own server, opened trusted', () => {
    assertFolderPointsAtItsServer();
    assert.equal(vscode.workspace.isTrusted, true);
  });

  it("shows the view signed out of the folder's server, saying the folder chose it", async () => {
    const api = await activateExtension();
    await vscode.commands.executeCommand('workbench.view.extension.losant');
    await settledLabels(api, 'signedOut');
    // Read until it settles: the plain signed-out text may show for a moment first.
    let welcome = '';
    const phrase = "This folder's settings (.vscode/settings.json) point Losant Explorer at their own server";
    await waitFor("the welcome text about the folder's server", async () => {
      [welcome = ''] = await workbenchText('[id="workbench.view.extension.losant"] .welcome-view-content');
      return welcome.includes(phrase);
    }).catch(() => undefined);
    assert.ok(welcome.startsWith(phrase), welcome);
    assert.match(welcome, /Set API Token/);
  });

  it('warns in the token prompt, before anything is typed, that the folder sends the token to its host', async () => {
    const { title, prompt } = await tokenPromptAsShown('token-prompt-warning');
    assert.equal(title, `Set Losant API Token — server chosen by this folder: ${folderHost()}`);
    assert.ok(
      prompt.startsWith(
        `⚠ This folder's settings (.vscode/settings.json) send what you enter here to ${folderHost()}. Only continue if you trust this folder.`,
      ),
      prompt,
    );
    assert.match(prompt, new RegExp(`Paste a Losant user API token for ${folderServerUrl()}\\.`));
  });

  it("asks before Open in Losant goes to the folder's web app, naming its host, and opens nothing without a yes", async () => {
    // While extension tests run, VS Code shows no modal dialog: it fails the call with the dialog's
    // text, which the command reports (and logs) like any failure, opening nothing.
    const question = `This folder's settings (.vscode/settings.json) send Open in Losant to ${folderHost()}, not to your own Losant web app. Open it?`;
    const api = await activateExtension();
    assert.equal(await vscode.commands.executeCommand<string | undefined>('losant.openInLosant'), undefined);
    const log = await losantLogLine(api, /could not finish this: .*Open it\?/);
    assert.ok(log.includes(`Contents: ${question}`), log.slice(-2000));
  });

  it("sent the folder's server nothing, as no token was entered and nothing opened", async () => {
    assert.deepEqual(await folderServerRequests(), []);
  });

  it('says above the organizations which server the folder chose, once signed in to it', async () => {
    // The folder now names a server whose token this test knows.
    const chosen = await startServer({ orgs: 3 });
    try {
      await vscode.workspace.getConfiguration('losant').update('apiUrl', chosen.url, vscode.ConfigurationTarget.Workspace);
      const api = await activateExtension();
      assert.equal(await api.setApiToken(chosen.tokens.all), true);
      assert.equal((await settledLabels(api, 'signedIn')).length, 3);
      assert.equal(api.treeView.message, `This folder's settings (.vscode/settings.json) point Losant Explorer at ${new URL(chosen.url).host}.`);
    } finally {
      await vscode.commands.executeCommand('losant.signOut');
      await vscode.workspace.getConfiguration('losant').update('apiUrl', folderServerUrl(), vscode.ConfigurationTarget.Workspace);
      await chosen.close();
    }
  });
});
