// Signing in as a new user does, with email and password through the quick inputs: a wrong
// password is refused with its own message and Try Again starts over with the email kept; then the
// account shows in VS Code's Accounts menu, and its Sign Out there signs the view out.
import * as assert from 'node:assert/strict';
import { uiSession } from '../harness/uiSession';
import {
  answerStep,
  clearNotifications,
  errorToasts,
  ensureSignedIn,
  losantContainer,
  moveMouseAway,
  openAccountsMenu,
  openLosantView,
  pickRow,
  quickInput,
  quickInputBox,
  runCommand,
  screenshot,
  serverOrgNames,
  sideBarTitle,
  signInWithPassword,
  waitForTreeLabels,
  waitForValue,
  welcomeContent,
} from './workbench';

describe('Sign In with email and password', () => {
  after(async () => {
    const { page } = uiSession();
    await page.keyboard.press('Escape');
    await ensureSignedIn(page);
  });

  it('refuses a wrong password with its own message, keeps the email, then lists the organizations', async () => {
    const { page, losant } = uiSession();
    const { email, password } = losant.accounts.demo;
    await openLosantView(page);
    await runCommand(page, 'Losant: Sign Out');
    await welcomeContent(page).getByRole('button', { name: 'Sign In' }).click();
    await signInWithPassword(page, email, 'not-the-password');

    const toast = errorToasts(page).filter({ hasText: 'did not accept this email and password' }).first();
    await toast.waitFor({ state: 'visible' });
    await screenshot(page, 'sign-in-wrong-password');
    await toast.getByRole('button', { name: 'Try Again' }).click();
    await pickRow(page, 'Sign in with email and password');
    await quickInput(page).locator('.quick-input-title').filter({ hasText: '1/3' }).waitFor({ state: 'visible' });
    assert.equal(await waitForValue(page, () => quickInputBox(page).inputValue(), email), email, 'the email typed is kept for the retry');
    await page.keyboard.press('Enter');
    await quickInput(page).locator('.quick-input-title').filter({ hasText: '2/3' }).waitFor({ state: 'visible' });
    assert.equal(await quickInputBox(page).getAttribute('type'), 'password', 'the password is typed into a hidden box');
    await answerStep(page, '2/3', password);
    await quickInput(page).locator('.quick-input-title').filter({ hasText: '3/3' }).waitFor({ state: 'visible' });
    assert.equal(await quickInputBox(page).getAttribute('type'), 'password', 'the two-factor code is hidden too');
    await screenshot(page, 'sign-in-two-factor-step');
    await page.keyboard.press('Enter');

    const expected = await serverOrgNames('asc');
    assert.deepEqual(await waitForTreeLabels(page, expected), expected);
    assert.match(await waitForValue(page, () => sideBarTitle(page).then((t) => (/Dana Rivera/i.test(t) ? 'named' : t)), 'named'), /named/);
    await clearNotifications(page);
    await moveMouseAway(page);
    await screenshot(page, 'sign-in-password-signed-in');
  });

  it('shows the account in the Accounts menu; its Sign Out signs the view out', async () => {
    const { page, losant } = uiSession();
    const host = new URL(losant.url).host;
    const menu = await openAccountsMenu(page);
    const account = menu.locator('.action-item', { hasText: `Dana Rivera (demo@losant-explorer.test) on ${host}` }).first();
    await account.waitFor({ state: 'visible' });
    await screenshot(page, 'accounts-menu');
    await account.hover();
    const signOut = page.locator('.context-view .monaco-menu .action-label', { hasText: /^Sign Out$/ }).last();
    await signOut.waitFor({ state: 'visible' });
    // A menu item hovered has the focus; Enter runs it (a click while the submenu opens can be lost).
    await signOut.hover();
    await page.keyboard.press('Enter');
    // VS Code asks first.
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ state: 'visible', timeout: 10_000 });
    await screenshot(page, 'accounts-menu-sign-out-dialog');
    await dialog.getByRole('button', { name: 'Sign Out' }).click();
    await welcomeContent(page).getByRole('button', { name: 'Sign In' }).waitFor({ state: 'visible' });
    await welcomeContent(page).getByRole('button', { name: 'Set API Token' }).waitFor({ state: 'visible' });
    assert.equal(await losantContainer(page).locator('.monaco-list-row .label-name').count(), 0);
    const after = await openAccountsMenu(page);
    assert.equal(await after.locator('.action-item', { hasText: 'Dana Rivera' }).count(), 0, 'the account is gone from the Accounts menu');
    await page.keyboard.press('Escape');
  });
});
