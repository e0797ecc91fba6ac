// What a person does in the workbench, as Playwright steps: open the Losant view, run a command
// from the palette, answer an input box, read the tree, read a notification toast.
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

const quickInput = (page: Page) => page.locator('.quick-input-widget');
const quickInputBox = (page: Page) => page.locator('.quick-input-widget .quick-input-box input');

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

/** Writes test-results/ui/<name>.png for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await saveScreenshot(page, path.join(uiSession().screenshotsDir, `${name}.png`));
}

/** The local server's org names in the order the API returns them. */
export async function serverOrgNames(sortDirection: 'asc' | 'desc' = 'asc'): Promise<string[]> {
  const { losant } = uiSession();
  const response = await fetch(`${losant.url}/orgs?sortField=name&sortDirection=${sortDirection}&perPage=1000`, {
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
