// The view's own controls, used as a person uses them: Sort By… and Filter Organizations… in the
// title bar, the Clear Filter button that shows only under a filter, the rows offered when nothing
// matches, and the Load more row. What the view then says (counts, messages, titles, details) is
// checked below the UI: test/unit/viewChrome.test.ts, treeItemText.test.ts and the integration suite.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { uiSession } from '../harness/uiSession';
import {
  ensureSignedIn,
  losantContainer,
  moveMouseAway,
  openSortBy,
  quickInput,
  quickInputBox,
  refreshView,
  restoreServerOrganizations,
  screenshot,
  scrollToLastRow,
  serverOrgNames,
  snapshotServerOrganizations,
  sortRow,
  treeRow,
  viewTitleAction,
  waitForTreeLabels,
  waitForValue,
} from './workbench';

const GLOB = '*smart*';
const NO_MATCH = 'zeppelin*';
const TOTAL = 130;

/** Clicks the filter icon, replaces what the input box holds (the current filter) with `glob`, Enter. */
async function filterBy(page: Page, glob: string, current: string): Promise<void> {
  await viewTitleAction(page, 'Filter Organizations…').click();
  await quickInput(page).locator('.quick-input-title', { hasText: 'Filter Organizations' }).waitFor({ state: 'visible' });
  assert.equal(await quickInputBox(page).inputValue(), current, 'the filter box does not start with the current filter');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(glob);
  await page.keyboard.press('Enter');
  await quickInput(page).waitFor({ state: 'hidden' });
}

describe('Sort By…, Filter Organizations… and Load more', () => {
  let saved: Record<string, unknown>[] | undefined;

  after(async () => {
    // Back to what the tests that follow expect: Name ascending, no filter, the server's organizations.
    const { page } = uiSession();
    await page.keyboard.press('Escape');
    const clear = viewTitleAction(page, 'Clear Filter');
    if (await clear.isVisible()) await clear.click();
    await clear.waitFor({ state: 'hidden' });
    const rows = await openSortBy(page);
    await sortRow(rows, 'Name', 'ascending (A → Z)').click();
    await quickInput(page).waitFor({ state: 'hidden' });
    if (saved) restoreServerOrganizations(saved);
    await refreshView(page);
  });

  it('Sort By… marks the current order, and "Name, descending" reverses the tree', async () => {
    const { page } = uiSession();
    await ensureSignedIn(page);
    const ascending = await serverOrgNames('asc');
    const descending = await serverOrgNames('desc');
    assert.deepEqual(descending, [...ascending].reverse(), 'the server does not sort desc as the reverse of asc');
    assert.deepEqual(await waitForTreeLabels(page, ascending), ascending);

    const rows = await openSortBy(page);
    assert.equal(await rows.count(), 8, 'four fields × two directions');
    // Exactly one row is checked: Name, ascending, "current order", and it is the focused one.
    const checked = rows.filter({ has: page.locator('.codicon-check') });
    assert.equal(await checked.count(), 1);
    const current = sortRow(rows, 'Name', 'ascending (A → Z)');
    assert.equal(await current.locator('.codicon-check').count(), 1, 'Name, ascending is not the checked row');
    assert.match(await current.innerText(), /current order/);
    assert.match((await current.getAttribute('class')) ?? '', /\bfocused\b/, 'the current order is not the focused row');
    await screenshot(page, 'sort-by-quick-pick');

    await sortRow(rows, 'Name', 'descending (Z → A)').click();
    await quickInput(page).waitFor({ state: 'hidden' });
    assert.deepEqual(await waitForTreeLabels(page, descending), descending);
    await screenshot(page, 'sort-by-name-descending');

    // The next time, the new order is the one marked; picking ascending puts the tree back.
    const again = await openSortBy(page);
    assert.equal(await sortRow(again, 'Name', 'descending (Z → A)').locator('.codicon-check').count(), 1);
    await sortRow(again, 'Name', 'ascending (A → Z)').click();
    await quickInput(page).waitFor({ state: 'hidden' });
    assert.deepEqual(await waitForTreeLabels(page, ascending), ascending);
  });

  it('Filter Organizations… narrows the tree and brings Clear Filter; a glob matching nothing offers to change or clear it', async () => {
    const { page } = uiSession();
    await ensureSignedIn(page);
    const all = await serverOrgNames('asc');
    const matching = await serverOrgNames('asc', GLOB);
    assert.ok(matching.length > 0 && matching.length < all.length, `${GLOB} should match some organizations, not all: ${matching.join(', ')}`);
    assert.deepEqual(await waitForTreeLabels(page, all), all);
    assert.equal(await viewTitleAction(page, 'Clear Filter').count(), 0, 'Clear Filter is offered without a filter');

    await filterBy(page, GLOB, '');
    assert.deepEqual(await waitForTreeLabels(page, matching), matching);
    await viewTitleAction(page, 'Clear Filter').waitFor({ state: 'visible' });
    await moveMouseAway(page);
    await screenshot(page, 'filter-matching');

    // A glob that matches nothing: rows to change or clear the filter stand in the tree.
    assert.deepEqual(await serverOrgNames('asc', NO_MATCH), []);
    await filterBy(page, NO_MATCH, GLOB);
    const hints = ['Change Filter…', 'Clear Filter'];
    assert.deepEqual(await waitForTreeLabels(page, hints), hints);
    await viewTitleAction(page, 'Clear Filter').waitFor({ state: 'visible' });
    await moveMouseAway(page);
    await screenshot(page, 'filter-no-match');

    // Clear Filter, the row in the tree: every organization is back, and the title's Clear Filter goes.
    await treeRow(page, 'Clear Filter').click();
    assert.deepEqual(await waitForTreeLabels(page, all), all);
    await viewTitleAction(page, 'Clear Filter').waitFor({ state: 'hidden' });
  });

  it(`ends a long list in "Load more… (100 of ${TOTAL})", which appends the rest and goes away`, async () => {
    const { page, losant } = uiSession();
    await ensureSignedIn(page);
    saved = snapshotServerOrganizations();
    losant.reseed(TOTAL, 7);
    const names = await serverOrgNames('asc');
    assert.equal(names.length, TOTAL);

    await viewTitleAction(page, 'Refresh Organizations').click();
    await treeRow(page, names[0]).waitFor({ state: 'visible' });
    let last = await scrollToLastRow(page);
    assert.equal((await last.locator('.label-name').innerText()).trim(), `Load more… (100 of ${TOTAL})`);
    await screenshot(page, 'load-more-row');

    await last.click();
    await treeRow(page, `Load more… (100 of ${TOTAL})`).waitFor({ state: 'detached' });
    last = await scrollToLastRow(page);
    const position = async () => `${await last.getAttribute('aria-posinset')} of ${await last.getAttribute('aria-setsize')}`;
    assert.equal(await waitForValue(page, position, `${TOTAL} of ${TOTAL}`), `${TOTAL} of ${TOTAL}`);
    assert.equal((await last.locator('.label-name').innerText()).trim(), names[TOTAL - 1]);
    assert.equal(
      await losantContainer(page)
        .getByText(/^Load more…/)
        .count(),
      0,
    );
    await screenshot(page, 'load-more-done');
  });
});
