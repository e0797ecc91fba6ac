// What a person does in the workbench, as Playwright steps: open the Losant view, run a command
// from the palette, answer an input box, read the tree, read a notification toast.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { EXTENSION_ID } from '../harness/paths';
import { saveScreenshot } from '../harness/artifacts';
import { uiSession } from '../harness/uiSession';
import { poll } from '../harness/poll';

/** The Losant view container in the side bar (its composite element carries the container's id). */
export function losantContainer(page: Page): Locator {
  return page.locator('[id="workbench.view.extension.losant"]');
}

/** The Losant icon in the activity bar. */
function losantActivityItem(page: Page): Locator {
  return page.locator('.part.activitybar .action-item').filter({ has: page.locator('.action-label[aria-label^="Losant"]') });
}

/** Waits until the workbench is ready for a person: the activity bar shows the extension's container. */
export async function waitForWorkbench(page: Page): Promise<void> {
  await losantActivityItem(page).waitFor({ state: 'visible', timeout: 60_000 });
}

/**
 * Reloads the window as a person would (Developer: Reload Window): VS Code shuts down properly, which
 * saves its state (a browser reload can cut that short), and starts again — a new window session,
 * with the same profile and secrets.
 */
export async function reloadWindow(page: Page): Promise<void> {
  const reloaded = page.waitForEvent('load', { timeout: 60_000 });
  await runCommand(page, 'Developer: Reload Window');
  await reloaded;
  await waitForWorkbench(page);
}

/**
 * Shows the Losant view by clicking its activity bar icon. Clicking the icon of the container already
 * showing hides the side bar instead, and while the window restores its layout the side bar can
 * switch under the click: then the next attempt clicks again.
 */
export async function openLosantView(page: Page): Promise<void> {
  const container = losantContainer(page);
  const item = losantActivityItem(page);
  for (let attempt = 1; ; attempt++) {
    if (await container.isVisible()) return;
    if (!/\bchecked\b/.test((await item.getAttribute('class')) ?? '')) await item.click();
    try {
      await container.waitFor({ state: 'visible', timeout: 5000 });
      return;
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
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
  return waitForValue(page, () => treeLabels(page), expected, timeoutMs);
}

/** The quick input (palette, input box, quick pick) and its text box. */
export const quickInput = (page: Page) => page.locator('.quick-input-widget');
export const quickInputBox = (page: Page) => page.locator('.quick-input-widget .quick-input-box input');

/**
 * F1, type the command's title, wait until the focused row is that command, Enter. Right after the
 * window (re)loads, the palette may open before the extensions' commands are registered, and it
 * does not update its list: then it is closed and opened again.
 */
export async function runCommand(page: Page, title: string): Promise<void> {
  const row = quickInput(page).locator('.quick-input-list .monaco-list-row.focused', { hasText: title });
  const offered = await poll(
    async () => {
      await page.keyboard.press('Escape'); // close whatever quick input is open
      await page.keyboard.press('F1');
      await quickInputBox(page).waitFor({ state: 'visible' });
      await page.keyboard.type(title);
      return row.waitFor({ state: 'visible', timeout: 5000 }).then(
        () => true,
        () => false,
      );
    },
    (shown) => shown,
    { timeoutMs: 30_000, intervalMs: 0 },
  );
  if (!offered.ok) throw new Error(`the command palette did not offer "${title}" within 30 s`);
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

/** A part of the window, in CSS pixels, for a picture of just that. */
export type Clip = { x: number; y: number; width: number; height: number };

/**
 * Writes <run's pictures folder>/<name>.png (test-results/ui/ for the UI tests), of the window or of
 * `clip`, once fade-ins and slide-ins are over.
 */
export async function screenshot(page: Page, name: string, clip?: Clip): Promise<void> {
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
  await saveScreenshot(page, path.join(uiSession().screenshotsDir, `${name}.png`), clip);
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

/** Go to Organization…'s button in the view's title bar (its name also carries the keybinding). */
export function goToOrganizationButton(page: Page): Locator {
  return page.locator('.part.sidebar .composite.title .title-actions .action-label').and(page.getByRole('button', { name: /^Go to Organization…/ }));
}

/** Polls `read` until it returns `expected` (deep equality); returns what it last read. */
export async function waitForValue<T>(_page: Page, read: () => Promise<T>, expected: T, timeoutMs = 15_000): Promise<T> {
  const result = await poll(read, (seen) => JSON.stringify(seen) === JSON.stringify(expected), { timeoutMs, intervalMs: 200 });
  return result.ok ? result.value : (result.last as T);
}

/** The tree row whose label is exactly `label`. */
export function treeRow(page: Page, label: string): Locator {
  return losantContainer(page)
    .locator('.monaco-list-row')
    .filter({ has: page.locator('.label-name').getByText(label, { exact: true }) });
}

/**
 * Turns the mouse wheel over the tree until the row matched by `selector` is on screen; returns it.
 * The mouse rests over the twisties' column: over a label, a row's tooltip would come up under the
 * mouse and take the wheel.
 */
async function wheelUntilVisible(page: Page, selector: string, deltaY: number): Promise<Locator> {
  const tree = losantContainer(page).locator('.monaco-list');
  const row = tree.locator(selector);
  const box = await tree.boundingBox();
  if (!box) throw new Error('the tree is not on screen');
  await page.mouse.move(box.x + 6, box.y + box.height / 2);
  const shown = await poll(
    async () => {
      if (await row.isVisible()) return true;
      await page.mouse.wheel(0, deltaY);
      return false;
    },
    (visible) => visible,
    { timeoutMs: 15_000, intervalMs: 100 },
  );
  if (!shown.ok) throw new Error(`the tree did not scroll to ${selector} within 15 s`);
  return row;
}

/** Scrolls the tree with the mouse wheel until its last row is on screen; returns that row. */
export async function scrollToLastRow(page: Page): Promise<Locator> {
  return wheelUntilVisible(page, '.monaco-list-row[data-last-element="true"]', 2000);
}

/** Clicks the view's Refresh action and waits until the tree shows the server's organizations. */
export async function refreshView(page: Page): Promise<void> {
  await viewTitleAction(page, 'Refresh Organizations').click();
  await moveMouseAway(page); // or the button's tooltip stays up over the next screenshot
  const expected = await serverOrgNames('asc');
  const seen = await waitForTreeLabels(page, expected);
  if (JSON.stringify(seen) !== JSON.stringify(expected))
    throw new Error(`after Refresh the tree shows ${JSON.stringify(seen)}, not ${JSON.stringify(expected)}`);
}

/**
 * The server's organizations as they are now, to put back with restoreServerOrganizations. A deep
 * copy: the server changes a member's role or removes a member in the organization's own arrays.
 */
export function snapshotServerOrganizations(): Record<string, unknown>[] {
  return uiSession().losant.organizations.map((org) => structuredClone(org) as Record<string, unknown>);
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

/**
 * Waits until a notification reads `expected` (another extension's, which tells what it got or why
 * not), and returns every notification's text. Read in the notification center, which lists them
 * all (VS Code shows three toasts at most), by text: an earlier test's may still be listed.
 */
export async function notificationsOnceSaid(page: Page, expected: string): Promise<string[]> {
  await runCommand(page, 'Notifications: Show Notifications');
  const messages = page.locator('.notifications-center .notification-list-item-message');
  const seen = async () => (await messages.allInnerTexts()).map((t) => t.trim());
  await messages
    .filter({ hasText: expected })
    .first()
    .waitFor({ state: 'visible', timeout: 20_000 })
    .catch(async () => assert.fail(`no notification says ${JSON.stringify(expected)}; they say ${JSON.stringify(await seen())}`));
  const all = await seen();
  await page.keyboard.press('Escape'); // closes the center
  await page.locator('.notifications-center').waitFor({ state: 'hidden' });
  return all;
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

/**
 * For a describe() whose test creates organizations, called at its top: start() signs in and notes
 * the server's organizations; after the tests everything is put back (cleanUpAfterCreate), the
 * remembered form emptied unless created() said an organization was made.
 */
export function createOrganizationFixture(): { start(page: Page): Promise<void>; created(): void } {
  let saved: Record<string, unknown>[] | undefined;
  let finished = false;
  after(() => cleanUpAfterCreate(uiSession().page, finished, saved));
  return {
    async start(page) {
      await ensureSignedIn(page);
      saved = snapshotServerOrganizations();
    },
    created() {
      finished = true;
    },
  };
}

/** Waits for the Sort By… quick pick (however it was opened) and returns its rows once they are shown. */
export async function waitForSortBy(page: Page): Promise<Locator> {
  await quickInput(page).locator('.quick-input-title', { hasText: 'Sort Organizations By' }).waitFor({ state: 'visible' });
  const rows = quickInput(page).locator('.quick-input-list .monaco-list-row');
  await rows.first().waitFor({ state: 'visible' });
  return rows;
}

/** Opens Sort By… from the view's title and returns its rows once they are shown. */
export async function openSortBy(page: Page): Promise<Locator> {
  await viewTitleAction(page, 'Sort By…').click();
  return waitForSortBy(page);
}

/** The Sort By… row for a field and a direction ("Name", "descending (Z → A)"). */
export function sortRow(rows: Locator, field: string, direction: string): Locator {
  return rows
    .filter({ has: rows.page().locator('.label-name').getByText(field, { exact: true }) })
    .filter({ has: rows.page().locator('.label-description').getByText(direction, { exact: true }) });
}

/**
 * Closes every editor, the Settings editor included (it may open as a modal over the side bar).
 * After a change in the Settings editor, only once the change has taken effect: the editor writes
 * settings after a short debounce, and closing it earlier can drop the write.
 */
export async function closeAllEditors(page: Page): Promise<void> {
  await runCommand(page, 'View: Close All Editors');
  await page.locator('.settings-editor').waitFor({ state: 'hidden' });
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** The Get Started walkthrough's page (VS Code's Welcome editor showing the extension's walkthrough). */
export function walkthroughPage(page: Page): Locator {
  return page.locator('.gettingStartedContainer').filter({ hasText: 'Get Started with Losant Explorer' });
}

/** One step of the walkthrough, by its id in package.json; `aria-checked` says whether it is done. */
export function walkthroughStep(page: Page, stepId: string): Locator {
  return walkthroughPage(page).locator(`button.getting-started-step[data-step-id="${EXTENSION_ID}#losant.gettingStarted#${stepId}"]`);
}

/** The Settings editor's text box for a setting, by the setting's label ("Api Url"). */
export async function settingTextBox(page: Page, label: string, timeout?: number): Promise<Locator> {
  const setting = page.locator('.settings-editor .setting-item').filter({ has: page.locator('.setting-item-label', { hasText: new RegExp(`^${label}$`) }) });
  await setting.waitFor({ state: 'visible', timeout });
  return setting.locator('input');
}

/**
 * Changes a user setting as a person does, in the Settings editor: searches for its id, types the
 * value into its box, and waits until VS Code has written it to the user settings (a value equal to
 * `defaultValue` is written by removing the setting), then closes the editor. VS Code in code-server
 * does not reliably notice settings.json written behind its back (often only the first write after
 * the window loads), so a setting the running extension must see is changed here.
 */
export async function changeSetting(page: Page, id: string, label: string, value: number | string, defaultValue?: number | string): Promise<void> {
  await runCommand(page, 'Preferences: Open Settings (UI)');
  // The search box takes keys only once the editor has settled: type again until the setting shows.
  const search = page.locator('.settings-editor .search-container .monaco-editor');
  const found = await poll(
    async () => {
      await search.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(id);
      return settingTextBox(page, label, 3000).then(
        () => true,
        () => false,
      );
    },
    (shown) => shown,
    { timeoutMs: 20_000, intervalMs: 0 },
  );
  if (!found.ok) throw new Error(`the Settings editor did not show ${id}`);
  const box = await settingTextBox(page, label);
  await box.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(String(value));
  // The Settings editor writes after a short pause.
  const written = value === defaultValue ? undefined : value;
  assert.equal(await waitForValue(page, async () => userSettings()[id], written), written, `${id} was not written`);
  await closeAllEditors(page);
}

/** The user settings as VS Code saved them (settings.json in the run's user-data folder). */
export function userSettings(): Record<string, unknown> {
  const file = path.join(uiSession().codeServer.userDataDir, 'User', 'settings.json');
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return {}; // being rewritten
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

/** Expands a collapsed row by its twistie (clicking the label would also select it); waits until it is expanded. */
export async function expandRow(row: Locator): Promise<void> {
  if ((await row.getAttribute('aria-expanded')) !== 'true') await row.locator('.monaco-tl-twistie').click();
  await row.and(row.page().locator('[aria-expanded="true"]')).waitFor({ state: 'visible' });
}

/** Collapses every row of the view (its title bar's Collapse All), as the tests that read the tree's labels expect. */
export async function collapseAllRows(page: Page): Promise<void> {
  const collapse = viewTitleAction(page, 'Collapse All');
  if (await collapse.isVisible()) await collapse.click();
  await losantContainer(page).locator('.monaco-list-row[aria-level="2"]').first().waitFor({ state: 'detached' });
  await moveMouseAway(page);
}

/** Right-clicks the row's label; returns the context menu and its items' titles, top to bottom, once it is open. */
export async function openContextMenu(page: Page, row: Locator): Promise<{ menu: Locator; items: string[] }> {
  await row.locator('.label-name').click({ button: 'right' });
  const menu = page.locator('.context-view .monaco-menu');
  await menu.waitFor({ state: 'visible' });
  const items = (await menu.locator('.action-menu-item .action-label').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
  return { menu, items };
}

/**
 * Clicks the item of the open context menu titled exactly `title`; waits until the menu is gone. A
 * click that leaves the menu open did nothing (the menu can ignore a click that comes right as it
 * opens, which a loaded machine makes likely): it is clicked again, a few times at most.
 */
export async function chooseMenuItem(menu: Locator, title: string): Promise<void> {
  const item = menu.locator('.action-menu-item').filter({ has: menu.page().locator('.action-label').getByText(title, { exact: true }) });
  for (let attempt = 1; ; attempt++) {
    await item.click();
    const closed = await menu.waitFor({ state: 'hidden', timeout: 5_000 }).then(
      () => true,
      () => false,
    );
    if (closed) return;
    if (attempt === 3) throw new Error(`the context menu stayed open after three clicks on ${title}`);
  }
}

/** VS Code's modal dialog, once open; its text with white space folded. */
export async function openDialog(page: Page): Promise<{ dialog: Locator; text: string }> {
  const dialog = page.locator('.monaco-dialog-box');
  await dialog.waitFor({ state: 'visible', timeout: 15_000 });
  return { dialog, text: (await dialog.innerText()).replace(/\s+/g, ' ') };
}
