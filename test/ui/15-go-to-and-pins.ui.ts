// Go to Organization…, Pin and Unpin, and the auto-refresh, as a person uses them: the search finds an
// organization on a page the view has not loaded and reveals it; pinning it puts it in the Pinned
// group above the list, which a window reload keeps (fetched by id, as no loaded page has it); Unpin
// takes the group away; with losant.organizations.autoRefreshSeconds set, an organization created
// behind the extension's back shows up by itself. What the search, the pins and the timer decide is
// tested below the UI (organizationSearch, pins, pinnedOrganizations and autoRefresh unit tests).
import * as assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { poll } from '../harness/poll';
import { uiSession } from '../harness/uiSession';
import {
  changeSetting,
  closeAllEditors,
  ensureSignedIn,
  goToOrganizationButton,
  losantContainer,
  moveMouseAway,
  openLosantView,
  quickInput,
  quickInputBox,
  refreshView,
  reloadWindow,
  restoreServerOrganizations,
  screenshot,
  runCommand,
  serverOrgNames,
  snapshotServerOrganizations,
  treeRow,
  userSettings,
  viewTitleAction,
} from './workbench';

/** More organizations than one page of 100 (the default page size), as in 05. */
const TOTAL = 130;
const PAGE_SIZE = 100;
/** Part of one organization's name, typed as a person would (lower case: the search ignores case). */
const TYPED = 'tailspin';
const AUTO_REFRESH_SETTING = 'losant.organizations.autoRefreshSeconds';
/** Its label in the Settings editor. */
const AUTO_REFRESH_LABEL = 'Auto Refresh Seconds';
const CREATED_BEHIND = 'Bayside Auto-Refresh Pilot';

/** The tree's rows from the top, as [label, level] (the list renders only what is on screen, in any DOM order). */
async function topRows(page: Page, count: number): Promise<Array<[string, number]>> {
  const rows: Array<[string, number]> = [];
  for (let i = 0; i < count; i++) {
    const row = losantContainer(page).locator(`.monaco-list-row[data-index="${i}"]`);
    if ((await row.count()) === 0) break;
    rows.push([(await row.locator('.label-name').innerText()).trim(), Number(await row.getAttribute('aria-level'))]);
  }
  return rows;
}

/**
 * Moves through the tree with the keyboard (Home: to its first row, End: to its last), which
 * scrolls it there; returns that row. The mouse wheel over a long tree can stall under a row's tooltip.
 */
async function moveInTree(page: Page, key: 'Home' | 'End'): Promise<Locator> {
  await runCommand(page, 'Focus on Organizations View');
  await page.keyboard.press(key);
  const row = losantContainer(page).locator(key === 'Home' ? '.monaco-list-row[data-index="0"]' : '.monaco-list-row[data-last-element="true"]');
  await row.waitFor({ state: 'visible' });
  return row;
}

/** Waits until the tree's top rows are `expected` ([label, level]); returns what it last saw. */
async function waitForTopRows(page: Page, expected: Array<[string, number]>, timeoutMs = 15_000): Promise<Array<[string, number]>> {
  const result = await poll(
    () => topRows(page, expected.length),
    (seen) => JSON.stringify(seen) === JSON.stringify(expected),
    { timeoutMs, intervalMs: 200 },
  );
  return result.ok ? result.value : (result.last as Array<[string, number]>);
}

/** The organization's row in the Pinned group (a child of the group: level 2). */
function pinnedRow(page: Page, name: string): Locator {
  return treeRow(page, name).and(page.locator('[aria-level="2"]'));
}

/** Hovers the row and clicks one of its inline actions. */
async function clickInline(page: Page, row: Locator, action: string): Promise<void> {
  await row.locator('.label-name').hover();
  const button = row.getByRole('button', { name: action, exact: true });
  await button.waitFor({ state: 'visible' });
  await button.click();
  await moveMouseAway(page);
}

describe('Go to Organization…, Pin and auto-refresh', () => {
  let saved: Record<string, unknown>[] | undefined;

  after(async () => {
    // Back to what the tests that follow expect: no pin, no auto-refresh, the server's organizations.
    const { page } = uiSession();
    await page.keyboard.press('Escape');
    await closeAllEditors(page);
    if (![undefined, 0].includes(userSettings()[AUTO_REFRESH_SETTING] as number | undefined))
      await changeSetting(page, AUTO_REFRESH_SETTING, AUTO_REFRESH_LABEL, 0, 0);
    await openLosantView(page);
    await moveInTree(page, 'Home').catch(() => undefined);
    const group = treeRow(page, 'Pinned').and(page.locator('[aria-level="1"]'));
    if (await group.isVisible()) {
      if ((await group.getAttribute('aria-expanded')) === 'false') await group.click();
      const pinned = losantContainer(page).locator('.monaco-list-row[aria-level="2"][data-index="1"]');
      await clickInline(page, pinned, 'Unpin');
      await group.waitFor({ state: 'detached' });
    }
    if (saved) restoreServerOrganizations(saved);
    await refreshView(page);
  });

  it('finds an organization on a page not loaded, reveals it; Pin shows it in a Pinned group that a reload keeps; Unpin removes the group', async function () {
    this.timeout(150_000); // a reload of the window among the steps
    const { page, losant } = uiSession();
    await ensureSignedIn(page);
    saved = snapshotServerOrganizations();
    losant.reseed(TOTAL, 7);
    const names = await serverOrgNames('asc');
    assert.equal(names.length, TOTAL);
    const [target, ...others] = await serverOrgNames('asc', `*${TYPED}*`);
    assert.ok(target && others.length === 0, `"${TYPED}" should be part of one organization's name`);
    assert.ok(names.indexOf(target) >= PAGE_SIZE, `${target} should be beyond the first page`);
    const targetId = (losant.organizations as Array<{ id: string; name: string }>).find((o) => o.name === target)!.id;

    await viewTitleAction(page, 'Refresh Organizations').click();
    await treeRow(page, names[0]).waitFor({ state: 'visible' });
    assert.deepEqual(await waitForTopRows(page, [[names[0], 1]]), [[names[0], 1]]);
    assert.equal(await treeRow(page, target).count(), 0, `${target} is listed before a page that has it is loaded`);

    // Go to Organization…, from the view's title bar: nothing typed yet, then part of the name.
    await goToOrganizationButton(page).click();
    await quickInput(page).locator('.quick-input-title', { hasText: 'Go to Organization' }).waitFor({ state: 'visible' });
    await quickInputBox(page).waitFor({ state: 'visible' });
    await page.keyboard.type(TYPED);
    const result = quickInput(page).locator('.quick-input-list .monaco-list-row', { hasText: target });
    await result.waitFor({ state: 'visible' });
    assert.match(await result.innerText(), new RegExp(targetId), 'the result shows the organization ID');
    assert.equal(
      await quickInput(page)
        .locator('.quick-input-list .monaco-list-row', { hasText: /[0-9a-f]{24}/ })
        .count(),
      1,
      'one result',
    );
    await result.and(page.locator('.focused')).waitFor({ state: 'visible' });
    await moveMouseAway(page);
    await screenshot(page, 'go-to-organization-results');
    await page.keyboard.press('Enter');
    await quickInput(page).waitFor({ state: 'hidden' });

    // Revealed and selected in the tree, added at the end of the loaded list.
    const revealed = treeRow(page, target).and(page.locator('.selected'));
    await revealed.waitFor({ state: 'visible' });
    assert.equal(await revealed.getAttribute('aria-level'), '1');
    assert.equal(Number(await revealed.getAttribute('data-index')), PAGE_SIZE, 'not at the end of the loaded list');
    await screenshot(page, 'go-to-organization-revealed');

    // Pin, inline on its row: the Pinned group comes above the list (the person scrolls up to it)…
    await clickInline(page, revealed, 'Pin');
    await moveInTree(page, 'Home');
    const pinnedTop: Array<[string, number]> = [
      ['Pinned', 1],
      [target, 2],
      [names[0], 1],
    ];
    assert.deepEqual(await waitForTopRows(page, pinnedTop), pinnedTop);
    await moveMouseAway(page);
    await screenshot(page, 'pinned-group');
    // …and the row stays in its place in the list, now offering Unpin.
    const last = await moveInTree(page, 'End');
    assert.match((await last.locator('.label-name').innerText()).trim(), /^Load more…/);
    const listed = treeRow(page, target).and(page.locator('[aria-level="1"]'));
    assert.equal(Number(await listed.getAttribute('data-index')), PAGE_SIZE + 2, 'the pinned organization left its place in the list');
    await listed.locator('.label-name').hover();
    await listed.getByRole('button', { name: 'Unpin', exact: true }).waitFor({ state: 'visible' });
    await moveMouseAway(page);

    // A new window session: the pin is kept, and the organization, on no loaded page now, is fetched by id.
    losant.clearRequests();
    await reloadWindow(page);
    await openLosantView(page);
    assert.deepEqual(await waitForTopRows(page, pinnedTop, 30_000), pinnedTop);
    assert.ok(
      losant.requests.some((r) => r.method === 'GET' && r.path === `/orgs/${targetId}`),
      `the pinned organization was not fetched by id: ${losant.requests.map((r) => `${r.method} ${r.path}`).join(', ')}`,
    );
    assert.equal(await treeRow(page, target).count(), 1, 'after the reload the organization is listed only in the Pinned group');

    // With nothing typed, Go to Organization… (its keybinding) offers the pinned one first.
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+Alt+O');
    await quickInput(page).locator('.quick-input-title', { hasText: 'Go to Organization' }).waitFor({ state: 'visible' });
    const offered = quickInput(page).locator('.quick-input-list .monaco-list-row').first();
    await offered.filter({ hasText: target }).waitFor({ state: 'visible' });
    assert.match(await quickInput(page).locator('.quick-input-list').innerText(), /Pinned/);
    await page.keyboard.press('Escape');
    await quickInput(page).waitFor({ state: 'hidden' });

    // Unpin, inline on the pinned row: the group goes.
    await clickInline(page, pinnedRow(page, target), 'Unpin');
    assert.deepEqual(await waitForTopRows(page, [[names[0], 1]]), [[names[0], 1]]);
    assert.equal(await treeRow(page, 'Pinned').count(), 0);
  });

  it(`reloads by itself with ${AUTO_REFRESH_SETTING} at 30, showing an organization created elsewhere`, async function () {
    this.timeout(150_000); // up to 45 s for the reload, and the Settings editor twice
    const { page, losant } = uiSession();
    await ensureSignedIn(page);
    if (saved) restoreServerOrganizations(saved);
    await refreshView(page);
    saved ??= snapshotServerOrganizations();

    await changeSetting(page, AUTO_REFRESH_SETTING, AUTO_REFRESH_LABEL, 30, 0);
    await openLosantView(page);
    // Created behind the extension's back (as in the web app, or by a colleague): the view is not told.
    losant.addOrganization({ name: CREATED_BEHIND });
    const added = Date.now();
    const expected = await serverOrgNames('asc');
    assert.ok(expected.includes(CREATED_BEHIND));
    await treeRow(page, CREATED_BEHIND).waitFor({ state: 'visible', timeout: 45_000 });
    const seconds = (Date.now() - added) / 1000;
    // Not at once (nothing reloads the view but the timer), and within the interval.
    assert.ok(seconds >= 15, `the view reloaded after ${seconds.toFixed(1)} s, sooner than the auto-refresh would`);
    const rows = expected.map((n): [string, number] => [n, 1]);
    assert.deepEqual(await waitForTopRows(page, rows), rows);
    await moveMouseAway(page);
    await screenshot(page, 'auto-refresh-picked-up');

    await changeSetting(page, AUTO_REFRESH_SETTING, AUTO_REFRESH_LABEL, 0, 0);
  });
});
