// Another extension asks VS Code for a Losant session (`getSession('losant', scopes,
// { createIfNone: true })`), as third-party extensions do: VS Code asks the user to allow it, the
// user picks the account (or signs in), and the extension gets a token that works. The asking
// extension is test/fixtures/session-consumer, installed beside the product for the UI run; it
// shows what it got in a notification, which is what these tests read.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { waitFor } from '../harness/poll';
import { uiSession } from '../harness/uiSession';
import {
  answerInputBox,
  clearNotifications,
  openAccountsMenu,
  refreshView,
  ensureSignedIn,
  notificationsOnceSaid,
  pickRow,
  quickInput,
  quickInputBox,
  runCommand,
  screenshot,
  serverOrgNames,
  signInWithPassword,
  waitForTreeLabels,
} from './workbench';

const DANA = 'Dana Rivera (demo@losant-explorer.test)';

/** VS Code's question "The extension … wants to sign in using Losant.", answered Allow. */
async function allow(page: Page, name: string): Promise<void> {
  const dialog = page.locator('.monaco-dialog-box');
  await dialog.waitFor({ state: 'visible', timeout: 15_000 });
  assert.match((await dialog.innerText()).replace(/\s+/g, ' '), /Losant Session Consumer \(test\).*wants to sign in using Losant/);
  await screenshot(page, `session-consumer-allow-${name}`);
  await dialog.getByRole('button', { name: 'Allow' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/**
 * Answers VS Code as a person does when it asks whether the extension may use the account, and
 * which one (after a sign-out and a new sign-in VS Code may ask again); returns at once otherwise.
 */
async function allowIfAsked(page: Page, name: string, account: string): Promise<void> {
  const dialog = page.locator('.monaco-dialog-box');
  const asked = await dialog.waitFor({ state: 'visible', timeout: 5000 }).then(
    () => true,
    () => false,
  );
  if (asked) await allow(page, name);
  const exact = new RegExp(`^${account.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  const row = quickInput(page)
    .locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: exact }) })
    .first();
  if (
    await row.waitFor({ state: 'visible', timeout: 3000 }).then(
      () => true,
      () => false,
    )
  )
    await row.click();
}

describe('A session for another extension (getSession with createIfNone)', () => {
  afterEach(async () => {
    const { page } = uiSession();
    await page.keyboard.press('Escape');
    await clearNotifications(page);
  });

  it('asks the user, who allows it and picks the account; the extension gets the token, and it works', async () => {
    const { page, losant } = uiSession();
    const host = new URL(losant.url).host;
    await ensureSignedIn(page);
    await runCommand(page, 'Losant Session Consumer: Get Losant Session (orgs.get)');
    await allow(page, 'existing-session');
    // Losant supports several accounts (one per installation): VS Code lets the user choose.
    await pickRow(page, `${DANA} on ${host}`);
    const said = `Consumer got a Losant session: ${DANA} on ${host}; scopes all.User; GET /me 200 demo@losant-explorer.test`;
    assert.ok((await notificationsOnceSaid(page, said)).includes(said));
  });

  it('for a scope no session has, Sign In says what was asked, asks Losant for it too, and the extension gets that token', async () => {
    const { page, losant } = uiSession();
    const host = new URL(losant.url).host;
    await ensureSignedIn(page);
    await runCommand(page, 'Losant: Sign Out');
    losant.clearRequests();
    await runCommand(page, 'Losant Session Consumer: Get Losant Session (devices.get)');
    await allow(page, 'new-session');

    // Losant Explorer's Sign In, telling the user which scopes the extension asked for.
    await quickInput(page).locator('.quick-input-list .monaco-list-row', { hasText: 'Sign in with email and password' }).waitFor({ state: 'visible' });
    assert.match((await quickInputBox(page).getAttribute('placeholder')) ?? '', /^An extension asks for devices\.get too\. How do you want to sign in\?$/);
    assert.match(await quickInput(page).innerText(), /reading your name, and devices\.get/);
    await screenshot(page, 'session-consumer-sign-in');
    const { email, password } = losant.accounts.demo;
    await signInWithPassword(page, email, password);

    const said = `Consumer got a Losant session: ${DANA} on ${host}; scopes orgs.get orgs.post org.get me.get devices.get; GET /me 200 ${email}`;
    assert.ok((await notificationsOnceSaid(page, said)).includes(said));
    const post = losant.requests.find((r) => r.method === 'POST' && r.path === '/auth/user');
    assert.deepEqual((post?.body as { requestedScopes?: string[] } | undefined)?.requestedScopes, [
      'orgs.get',
      'orgs.post',
      'org.get',
      'me.get',
      'devices.get',
    ]);
    // The view signed in with the same token.
    const expected = await serverOrgNames('asc');
    assert.deepEqual(await waitForTreeLabels(page, expected), expected);
  });

  it('a pasted token without the scope asked for: kept for the view, and the extension is told which scope is missing', async () => {
    const { page, losant } = uiSession();
    await runCommand(page, 'Losant: Sign Out');
    await runCommand(page, 'Losant Session Consumer: Get Losant Session (devices.get)');
    await allow(page, 'pasted-token');
    await pickRow(page, 'Paste a user API token');
    await answerInputBox(page, losant.tokens.orgsGetOnly);
    // The token is checked with the box still open; it closes once the token is stored.
    await quickInput(page).waitFor({ state: 'hidden' });
    const expected = await serverOrgNames('asc');
    assert.deepEqual(await waitForTreeLabels(page, expected), expected, 'the view lists with the pasted token');

    const missing = `The token for ${losant.url} has the scopes orgs.get, not devices.get that an extension asked for.`;
    const said = `Consumer got no Losant session: ${missing} Sign in with email and password`;
    const all = await notificationsOnceSaid(page, said);
    assert.ok(
      all.some((m) => m.startsWith(missing)),
      `Losant Explorer told the user too: ${JSON.stringify(all)}`,
    );
    // This token may not read /me: no name to tell, only the installation.
    assert.ok(all.includes(`Signed in to Losant at ${losant.url}.`), JSON.stringify(all));
  });

  it("another extension's broader sign-in leaves the view's token, and what another extension was given, as they were", async () => {
    const { page, losant } = uiSession();
    const host = new URL(losant.url).host;
    const { email, password } = losant.accounts.demo;
    // The view signed in with email and password: its token has the four scopes it needs.
    await runCommand(page, 'Losant: Sign Out');
    await runCommand(page, 'Losant: Sign In');
    await signInWithPassword(page, email, password);
    const expected = await serverOrgNames('asc');
    assert.deepEqual(await waitForTreeLabels(page, expected), expected);
    // The token the view lists with, and its scopes, as the server sees them (compared, never printed).
    const viewToken = async (): Promise<{ token: string; scopes: string[] } | undefined> => {
      losant.clearRequests();
      await refreshView(page);
      // The extension's own request, once it arrives (refreshView also asks the server, with the test's token, what it holds).
      const ours = () =>
        losant.requests.find((r) => r.method === 'GET' && r.path === '/orgs' && String(r.headers['user-agent']).startsWith('losant-explorer/'));
      const header = (await waitFor("the view's GET /orgs", ours, { timeoutMs: 10_000 }).catch(() => undefined))?.headers.authorization;
      if (typeof header !== 'string') return undefined;
      const token = header.replace(/^Bearer /, '');
      return { token, scopes: (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { scope: string[] }).scope };
    };
    const own = ['orgs.get', 'orgs.post', 'org.get', 'me.get'];
    let seenScopes: unknown = 'no GET /orgs';
    const before = await waitFor(
      'the view listing with its new token',
      async () => {
        const seen = await viewToken();
        seenScopes = seen?.scopes ?? 'no GET /orgs';
        return seen && JSON.stringify(seen.scopes) === JSON.stringify(own) ? seen : undefined;
      },
      { timeoutMs: 20_000 },
    ).catch(() => assert.fail(`the view lists with a token of the scopes ${JSON.stringify(seenScopes)}, not ${JSON.stringify(own)}`));

    const narrow = `Consumer got a Losant session: ${DANA} on ${host}; scopes orgs.get orgs.post org.get me.get; GET /me 200 ${email}`;
    await clearNotifications(page);
    await runCommand(page, 'Losant Session Consumer: Get Losant Session (orgs.get)');
    await allowIfAsked(page, 'narrow-session', `${DANA} on ${host}`);
    assert.ok((await notificationsOnceSaid(page, narrow)).includes(narrow));

    // The extension asks for more: VS Code asks, Sign In names the scope, and a session of its own is made.
    await clearNotifications(page);
    await runCommand(page, 'Losant Session Consumer: Get Losant Session (devices.get)');
    await allow(page, 'broader-session');
    await signInWithPassword(page, email, password);
    const broader = `Consumer got a Losant session: ${DANA} on ${host} (orgs.get, orgs.post, org.get, me.get, devices.get); scopes orgs.get orgs.post org.get me.get devices.get; GET /me 200 ${email}`;
    assert.ok((await notificationsOnceSaid(page, broader)).includes(broader));

    const after = await viewToken();
    assert.deepEqual(after?.scopes, own, "the view's token keeps its four scopes");
    assert.ok(after?.token === before.token, "the view's token did not change");
    await clearNotifications(page);
    await runCommand(page, 'Losant Session Consumer: Get Losant Session (orgs.get)');
    // Two accounts now: VS Code may ask which one; the person keeps the view's.
    await allowIfAsked(page, 'narrow-again', `${DANA} on ${host}`);
    assert.ok((await notificationsOnceSaid(page, narrow)).includes(narrow), 'asking for orgs.get again gives the narrower session, not the broader one');
    const menu = await openAccountsMenu(page);
    assert.match(await menu.innerText(), /\(orgs\.get, orgs\.post, org\.get, me\.get, devices\.get\)/);
    await screenshot(page, 'session-for-another-extension-accounts');
    await page.keyboard.press('Escape');
  });
});
