// Another installed extension tries every door into Losant Explorer without the person: its
// exports, its account and create commands with arguments, its agent tool, its sessions. The
// extension is test/fixtures/hostile-extension, installed beside the packaged .vsix for the UI run;
// it tells what each attempt got (in a notification, and in a report file these tests read),
// and the tests check what the local Losant servers received and what the user settings hold. Each door is shown closed
// without the person's answer, and open when the person does say yes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { waitFor } from '../harness/poll';
import { uiSession } from '../harness/uiSession';
import { startFakeLosant, type FakeLosant } from '../server/fakeLosant';
import {
  answerInputBox,
  changeSetting,
  clearNotifications,
  openLosantView,
  quickInput,
  refreshView,
  restoreServerOrganizations,
  runCommand,
  screenshot,
  serverOrgNames,
  sideBarTitle,
  snapshotServerOrganizations,
  treeRow,
  userSettings,
  waitForTreeLabels,
} from './workbench';

const DANA = 'Dana Rivera (demo@losant-explorer.test)';

/** VS Code's modal dialog, once open; its text with white space folded. */
async function openDialog(page: Page): Promise<{ dialog: Locator; text: string }> {
  const dialog = page.locator('.monaco-dialog-box');
  await dialog.waitFor({ state: 'visible', timeout: 15_000 });
  return { dialog, text: (await dialog.innerText()).replace(/\s+/g, ' ') };
}

/** What the hostile extension reported, a line of JSON per attempt, in the order made. */
class Reports {
  readonly file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'losant-hostile-')), 'reports.jsonl');
  private read = 0;

  all(): { door: string; what: string }[] {
    return fs.existsSync(this.file)
      ? fs
          .readFileSync(this.file, 'utf8')
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as { door: string; what: string })
      : [];
  }

  /** The next report of that door since the last one read. */
  async next(door: string): Promise<string> {
    const found = await waitFor(
      `the hostile extension's report of ${door}`,
      () =>
        this.all()
          .slice(this.read)
          .findIndex((r) => r.door === door) + 1 || undefined,
      { timeoutMs: 30_000 },
    );
    this.read += found;
    return this.all()[this.read - 1].what;
  }
}

/**
 * Runs the door again and answers its question with `button`; then waits, as a person would, until
 * the new organization is selected in the tree (it takes the focus).
 */
async function answerAndSeeCreated(page: Page, command: string, button: string, name: string): Promise<void> {
  await clearNotifications(page);
  await runCommand(page, command);
  await (await openDialog(page)).dialog.getByRole('button', { name: button, exact: true }).click();
  await treeRow(page, name).and(page.locator('.selected.focused')).waitFor({ state: 'visible' });
}

/** Runs a test that creates organizations, then puts the server's organizations and the view back. */
async function restoringOrganizations(page: Page, test: () => Promise<void>): Promise<void> {
  const saved = snapshotServerOrganizations();
  try {
    await test();
  } finally {
    await page.keyboard.press('Escape'); // a question left open by a failure
    restoreServerOrganizations(saved);
    await refreshView(page);
  }
}

/** How many organizations of that name the server holds. */
const named = (name: string): number => uiSession().losant.organizations.filter((o) => (o as { name: string }).name === name).length;

describe('Another extension tries every door into Losant Explorer', () => {
  let attacker: FakeLosant;
  let hostileToken: string;
  const reports = new Reports();

  /** Runs one of the hostile extension's commands and returns what it says it got. */
  const door = async (page: Page, title: string, name: string): Promise<string> => {
    await runCommand(page, `Hostile Door: ${title}`);
    return reports.next(name);
  };

  before(async () => {
    const { page, losant } = uiSession();
    // Signed in as Dana with the all-scopes token (an earlier file may have left a narrower one).
    await openLosantView(page);
    await runCommand(page, 'Losant: Set API Token');
    await answerInputBox(page, losant.tokens.all);
    await waitFor('the title naming Dana', async () => /Dana Rivera/.test(await sideBarTitle(page)));
    // Where the other extension would send things, and a valid token of another account.
    attacker = await startFakeLosant({ orgs: 2, seed: 3 });
    hostileToken = losant.signToken({ scope: ['all.User'], userId: losant.accounts.twoFactor.id });
    const { email } = losant.accounts.demo;
    await runCommand(page, 'Hostile Door: Aim');
    await answerInputBox(
      page,
      JSON.stringify({ attackerUrl: attacker.url, token: hostileToken, email, password: 'guessed-password-1', reportFile: reports.file }),
    );
    assert.equal(await reports.next('aim'), 'set');
  });

  beforeEach(async () => {
    const { page, losant } = uiSession();
    await clearNotifications(page);
    losant.clearRequests();
    attacker.clearRequests();
  });

  afterEach(async () => {
    await uiSession().page.keyboard.press('Escape');
  });

  after(async () => {
    await attacker?.close();
  });

  /** Every request the two servers received since the test began, as "METHOD /path". */
  const received = (): string[] => [...uiSession().losant.requests, ...attacker.requests].map((r) => `${r.method} ${r.path}`);

  it('activate() hands another extension nothing: no provider, no token, no tool', async () => {
    const { page } = uiSession();
    assert.equal(await door(page, 'Read the Exports', 'readExports'), 'none');
    assert.deepEqual(
      received().filter((r) => r.startsWith('POST')),
      [],
      'nothing created through the exports',
    );
  });

  it('Switch Installation with a URL asks first, naming both installations; Enter keeps the setting, only Switch changes it', async () => {
    const { page, losant } = uiSession();
    const attackerHost = new URL(attacker.url).host;
    const first = await serverOrgNames('asc');
    await runCommand(page, 'Hostile Door: switchInstallation with a URL');
    const { dialog, text } = await openDialog(page);
    assert.match(text, new RegExp(`Switch Losant Explorer to the installation at ${attackerHost}\\?`));
    assert.ok(text.includes(`from ${losant.url}`) && text.includes(`to ${attacker.url}`), text);
    assert.match(text, /You are not signed in there: signing in would send your email and password, or token, to/);
    await screenshot(page, 'hostile-switch-installation');
    // The safe answer has the focus: Enter keeps the installation.
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await reports.next('switchInstallation'), 'returned undefined');
    assert.equal(userSettings()['losant.apiUrl'], losant.url, 'the user setting is unchanged');
    assert.deepEqual(attacker.requests, []);

    // The person's yes lets the switch through.
    await clearNotifications(page);
    await runCommand(page, 'Hostile Door: switchInstallation with a URL');
    await (await openDialog(page)).dialog.getByRole('button', { name: `Switch to ${attackerHost}` }).click();
    assert.equal(await reports.next('switchInstallation'), `returned ${attacker.url}`);
    assert.equal(userSettings()['losant.apiUrl'], attacker.url);

    // Back to the run's installation, in the Settings editor (code-server may miss settings.json written behind its back).
    await changeSetting(page, 'losant.apiUrl', 'Api Url', losant.url, 'https://api.losant.com');
    assert.deepEqual(await waitForTreeLabels(page, first), first);
  });

  it("Set API Token with a token does not use it: the person is asked for one, and the account stays the person's", async () => {
    const { page } = uiSession();
    await runCommand(page, 'Hostile Door: setApiToken with a Token');
    // Set API Token's own box, empty: what was handed over is not filled in.
    const box = page.locator('.quick-input-widget .quick-input-box input[placeholder="API token"]');
    await box.waitFor({ state: 'visible' });
    assert.equal(await box.inputValue(), '');
    await page.keyboard.press('Escape');
    assert.equal(await reports.next('setApiToken'), 'returned false');
    const withToken = [...uiSession().losant.requests, ...attacker.requests].filter((r) => String(r.headers.authorization ?? '').includes(hostileToken));
    assert.equal(withToken.length, 0, 'the handed token was never sent');
    // The title names the account once the view has settled (while it reloads it names none).
    await waitFor('the title naming Dana', async () => /Dana Rivera/.test(await sideBarTitle(page)));
  });

  it('Sign In with an email and password sends nothing: the person sees Sign In as ever', async () => {
    const { page } = uiSession();
    await runCommand(page, 'Hostile Door: signIn with a Password');
    await quickInput(page).locator('.quick-input-list .monaco-list-row', { hasText: 'Sign in with email and password' }).waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    assert.equal(await reports.next('signIn'), 'signed in false');
    assert.deepEqual(
      received().filter((r) => r.includes('/auth')),
      [],
      'no email or password was sent anywhere',
    );
  });

  it('Create Organization with values asks first, naming the installation, the account and the values; only Create sends', async () => {
    const { page, losant } = uiSession();
    const host = new URL(losant.url).host;
    await restoringOrganizations(page, async () => {
      await runCommand(page, 'Hostile Door: createOrganization with Values');
      const { dialog, text } = await openDialog(page);
      assert.ok(text.includes(`Create the organization “Hostile Org” on ${host}?`), text);
      assert.ok(text.includes(`Installation: ${losant.url}, account: ${DANA}`), text);
      assert.ok(text.includes('Name: Hostile Org') && text.includes('Description: Made by another extension'), text);
      await screenshot(page, 'hostile-create-organization');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'hidden' });
      assert.equal(await reports.next('createOrganization'), 'created nothing');
      assert.deepEqual(received(), [], 'nothing was sent');

      await answerAndSeeCreated(page, 'Hostile Door: createOrganization with Values', 'Create', 'Hostile Org');
      assert.equal(await reports.next('createOrganization'), 'created Hostile Org');
      assert.equal(named('Hostile Org'), 1);
    });
  });

  it("the agent's create tool, called by another extension: VS Code asks; Cancel sends nothing, the person's yes creates it once", async () => {
    const { page } = uiSession();
    await restoringOrganizations(page, async () => {
      await runCommand(page, 'Hostile Door: lm.invokeTool the Create Tool');
      const { dialog, text } = await openDialog(page);
      assert.match(text, /Create a Losant organization\?/);
      assert.ok(text.includes('Hostile Tool Org') && text.includes(DANA), text);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      assert.match(await reports.next('invokeCreateTool'), /^failed \(Canceled\)$/);
      assert.deepEqual(received(), [], 'nothing was sent');

      await answerAndSeeCreated(page, 'Hostile Door: lm.invokeTool the Create Tool', 'Yes', 'Hostile Tool Org');
      assert.match(await reports.next('invokeCreateTool'), /^tool said Created the Losant organization/);
      assert.equal(named('Hostile Tool Org'), 1);
    });
  });

  it('gets no session without the person allowing it, and no token reached it anywhere', async () => {
    const { page, losant } = uiSession();
    assert.equal(await door(page, 'getSession silently', 'getSession'), 'no session');
    const told = JSON.stringify(reports.all());
    for (const token of [losant.tokens.all, hostileToken]) {
      assert.ok(!told.includes(token.split('.')[1]), 'a token appeared in what the extension got');
    }
  });
});
