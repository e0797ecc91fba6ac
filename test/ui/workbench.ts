// What a person does in the workbench, as Playwright steps: open the Losant view, run a command
// from the palette, answer an input box, read the tree, read a notification toast.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { saveScreenshot } from '../harness/artifacts';
import { uiSession } from '../harness/uiSession';

/** The Losant view container in the side bar (its composite element carries the container's id). */
export function losantContainer(page: Page): Locator {
  return page.locator('[id="workbench.view.extension.losant"]');
}

export async function openLosantView(page: Page): Promise<void> {
  const container = losantContainer(page);
  if (await container.isVisible()) return;
  await page.locator('.part.activitybar .action-item .action-label[aria-label^="Losant"]').click();
  await container.waitFor({ state: 'visible' });
}

/** The view's welcome content (signed-out states) and its buttons. */
export function welcomeContent(page: Page): Locator {
  return losantContainer(page).locator('.welcome-view-content');
}

/** Org names as the tree shows them, top to bottom. */
export async function treeLabels(page: Page): Promise<string[]> {
  return losantContainer(page).locator('.monaco-list-row .label-name').allTextContents();
}

/** Waits until the tree shows exactly `expected`, in that order; returns what it last saw. */
export async function waitForTreeLabels(page: Page, expected: string[], timeoutMs = 15_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let seen: string[] = [];
  while (Date.now() < deadline) {
    seen = await treeLabels(page);
    if (JSON.stringify(seen) === JSON.stringify(expected)) return seen;
    await page.waitForTimeout(200);
  }
  return seen;
}

/** The quick input (palette, input box, quick pick) and its text box. */
export const quickInput = (page: Page) => page.locator('.quick-input-widget');
export const quickInputBox = (page: Page) => page.locator('.quick-input-widget .quick-input-box input');

/** F1, type the command's title, wait until the focused row is that command, Enter. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Escape'); // close whatever quick input is open
  await page.keyboard.press('F1');
  await quickInputBox(page).waitFor({ state: 'visible' });
  await page.keyboard.type(title);
  await quickInput(page).locator('.quick-input-list .monaco-list-row.focused', { hasText: title }).waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
}

/**
 * Answers the input box the extension shows next: waits until it is open and empty (the previous
 * prompt's text is gone), types, Enter.
 */
export async function answerInputBox(page: Page, text: string): Promise<void> {
  const input = quickInputBox(page);
  await input.waitFor({ state: 'visible' });
  await page.waitForFunction(
    () => {
      const widget = document.querySelector<HTMLElement>('.quick-input-widget');
      const box = document.querySelector<HTMLInputElement>('.quick-input-widget .quick-input-box input');
      return !!widget && widget.style.display !== 'none' && !!box && box.value === '' && document.activeElement === box;
    },
    undefined,
    { timeout: 10_000 },
  );
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Error notification toasts currently shown (message in `.notification-list-item-message`). */
export function errorToasts(page: Page): Locator {
  return page.locator('.notifications-toasts .notification-toast').filter({ has: page.locator('.codicon-error') });
}

/** Writes test-results/ui/<name>.png for a person to look at, once fade-ins and slide-ins are over. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity) // not spinners
          .every((a) => a.playState !== 'running'),
      undefined,
      { timeout: 2000 },
    )
    .catch(() => undefined); // a picture that is a little early beats none
  await saveScreenshot(page, path.join(uiSession().screenshotsDir, `${name}.png`));
}

/** The local server's org names in the order the API returns them (only those matching `filter`, a glob). */
export async function serverOrgNames(sortDirection: 'asc' | 'desc' = 'asc', filter?: string, losant = uiSession().losant): Promise<string[]> {
  const query = filter === undefined ? '' : `&filterField=name&filter=${encodeURIComponent(filter)}`;
  const response = await fetch(`${losant.url}/orgs?sortField=name&sortDirection=${sortDirection}&perPage=1000${query}`, {
    headers: { Authorization: `Bearer ${losant.tokens.all}`, Accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`GET /orgs answered ${response.status}`);
  const body = (await response.json()) as { items: Array<{ name: string }> };
  return body.items.map((org) => org.name);
}

/** Signs in through the palette unless the tree already shows organizations. */
export async function ensureSignedIn(page: Page): Promise<void> {
  await openLosantView(page);
  if ((await treeLabels(page)).length > 0) return;
  await runCommand(page, 'Losant: Set API Token');
  await answerInputBox(page, uiSession().losant.tokens.all);
  await losantContainer(page).locator('.monaco-list-row .label-name').first().waitFor({ state: 'visible' });
}

/** An action in the side bar's title for the Losant view (the view's header is merged into it). */
export function viewTitleAction(page: Page, label: string): Locator {
  return page.locator('.part.sidebar .composite.title .title-actions .action-label').and(page.getByRole('button', { name: label, exact: true }));
}

/**
 * The view's description ("6 organizations"). VS Code renders it in the view's own header, which it
 * hides while the view is the only one in its container (microsoft/vscode#166000): read, not seen.
 */
export async function viewDescription(page: Page): Promise<string> {
  return (await losantContainer(page).locator('.pane-header .description').textContent()) ?? '';
}

/** The view's message above the tree ("Filter: x*"); '' when hidden. */
export async function viewMessage(page: Page): Promise<string> {
  const message = losantContainer(page).locator('.tree-explorer-viewlet-tree-view > .message');
  return (await message.isVisible()) ? (await message.innerText()).trim() : '';
}

/** Polls `read` until it returns `expected` (deep equality); returns what it last read. */
export async function waitForValue<T>(page: Page, read: () => Promise<T>, expected: T, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let seen = await read();
  while (JSON.stringify(seen) !== JSON.stringify(expected) && Date.now() < deadline) {
    await page.waitForTimeout(200);
    seen = await read();
  }
  return seen;
}

/** The tree row whose label is exactly `label`. */
export function treeRow(page: Page, label: string): Locator {
  return losantContainer(page)
    .locator('.monaco-list-row')
    .filter({ has: page.locator('.label-name').getByText(label, { exact: true }) });
}

/** Clicks the view's Refresh action and waits until the tree shows the server's organizations. */
export async function refreshView(page: Page): Promise<void> {
  await viewTitleAction(page, 'Refresh Organizations').click();
  await moveMouseAway(page); // or the button's tooltip stays up over the next screenshot
  const expected = await serverOrgNames('asc');
  const seen = await waitForTreeLabels(page, expected);
  if (JSON.stringify(seen) !== JSON.stringify(expected)) throw new Error(`after Refresh the tree shows ${JSON.stringify(seen)}, not ${JSON.stringify(expected)}`);
}

/** The server's organizations as they are now, to put back with restoreServerOrganizations. */
export function snapshotServerOrganizations(): Record<string, unknown>[] {
  return uiSession().losant.organizations.map((org) => ({ ...org }));
}

/** Puts the server's organizations back as snapshotted (same ids, names and dates) and clears any fault. */
export function restoreServerOrganizations(saved: Record<string, unknown>[]): void {
  const { losant } = uiSession();
  losant.setFault(undefined);
  losant.reseed(0);
  for (const org of saved) losant.addOrganization(org);
}

/** Clears every notification, so none covers a later screenshot. */
export async function clearNotifications(page: Page): Promise<void> {
  await runCommand(page, 'Notifications: Clear All Notifications');
  await page.locator('.notifications-toasts .notification-toast').first().waitFor({ state: 'hidden' });
}

/** Parks the mouse over the empty editor area, so no hover or tooltip covers a screenshot. */
export async function moveMouseAway(page: Page): Promise<void> {
  await page.mouse.move(900, 300);
}

/**
 * Empties Create Organization's remembered values (kept on purpose after Escape or a failure) without
 * creating anything: a valid name to reach step 2, empty the description, Back, empty the name, Escape.
 */
export async function resetCreateForm(page: Page): Promise<void> {
  const title = quickInput(page).locator('.quick-input-title');
  await runCommand(page, 'Losant: Create Organization');
  await title.filter({ hasText: '1/2' }).waitFor({ state: 'visible' });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('x');
  await page.keyboard.press('Enter');
  await title.filter({ hasText: '2/2' }).waitFor({ state: 'visible' });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await quickInput(page).getByRole('button', { name: /^Back/ }).click();
  await title.filter({ hasText: '1/2' }).waitFor({ state: 'visible' });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Escape');
  await quickInput(page).waitFor({ state: 'hidden' });
}

/** Waits until the Create Organization input is at `step` ("1/2") and holds `value`. */
export async function waitForCreateStep(page: Page, step: string, value: string): Promise<void> {
  await quickInput(page).locator('.quick-input-title').filter({ hasText: step }).waitFor({ state: 'visible' });
  assert.equal(await waitForValue(page, () => quickInputBox(page).inputValue(), value), value, `the box at step ${step}`);
}

/**
 * Puts things back after a Create Organization test: closes the input, empties the remembered form
 * when the test was cut short (else the next test would start with its values), clears toasts,
 * and restores the server's organizations.
 */
export async function cleanUpAfterCreate(page: Page, finished: boolean, saved: Record<string, unknown>[] | undefined): Promise<void> {
  await page.keyboard.press('Escape');
  if (!finished) await resetCreateForm(page);
  await clearNotifications(page);
  if (saved) {
    restoreServerOrganizations(saved);
    await refreshView(page);
  }
}

/** The side bar's title over the Losant view ("LOSANT: ORGANIZATIONS (6) — …"), as shown. */
export async function sideBarTitle(page: Page): Promise<string> {
  return (await page.locator('.part.sidebar .composite.title .title-label').innerText()).trim();
}

/** Waits until the quick input's title shows `text` (a step such as "2/3"), then types into its box (emptied first) and presses Enter. */
export async function answerStep(page: Page, step: string, text: string): Promise<void> {
  await quickInput(page).locator('.quick-input-title').filter({ hasText: step }).waitFor({ state: 'visible' });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  if (text) await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Picks the row of the open quick pick that shows `label`. */
export async function pickRow(page: Page, label: string | RegExp): Promise<void> {
  const row = quickInput(page).locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ state: 'visible' });
  await row.click();
}

/** In the Sign In quick pick (open or about to open): email and password, then the three steps. */
export async function signInWithPassword(page: Page, email: string, password: string, code = ''): Promise<void> {
  await pickRow(page, 'Sign in with email and password');
  await answerStep(page, '1/3', email);
  await answerStep(page, '2/3', password);
  await answerStep(page, '3/3', code);
}

/** Opens the Accounts menu of the activity bar; returns the menu. */
export async function openAccountsMenu(page: Page): Promise<Locator> {
  await page.locator('.part.activitybar .action-label[aria-label^="Accounts"]').click();
  const menu = page.locator('.context-view .monaco-menu').first();
  await menu.waitFor({ state: 'visible' });
  return menu;
}
