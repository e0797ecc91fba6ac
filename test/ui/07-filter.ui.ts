// Filter Organizations… in the view's title: a name glob narrows the tree (the API filters), the
// view says so, a glob matching nothing says that, and Clear Filter brings every organization back.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { uiSession } from '../harness/uiSession';
import {
  ensureSignedIn,
  moveMouseAway,
  quickInput,
  quickInputBox,
  screenshot,
  serverOrgNames,
  treeRow,
  viewDescription,
  viewMessage,
  viewTitleAction,
  waitForTreeLabels,
  waitForValue,
} from './workbench';

const GLOB = '*smart*';
const NO_MATCH = 'zeppelin*';

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

describe('Filter Organizations…', () => {
  after(async () => {
    // Never leave the view filtered for the tests that follow.
    const { page } = uiSession();
    const clear = viewTitleAction(page, 'Clear Filter');
    if (await clear.isVisible()) await clear.click();
    await clear.waitFor({ state: 'hidden' });
  });

  it('shows only the matching organizations, then none, then all again with Clear Filter', async () => {
    const { page } = uiSession();
    await ensureSignedIn(page);
    const all = await serverOrgNames('asc');
    const matching = await serverOrgNames('asc', GLOB);
    assert.ok(matching.length > 0 && matching.length < all.length, `${GLOB} should match some organizations, not all: ${matching.join(', ')}`);
    assert.deepEqual(await waitForTreeLabels(page, all), all);
    assert.equal(await viewTitleAction(page, 'Clear Filter').count(), 0, 'Clear Filter is offered without a filter');

    // A glob that matches some.
    await filterBy(page, GLOB, '');
    assert.deepEqual(await waitForTreeLabels(page, matching), matching);
    assert.equal(await waitForValue(page, () => viewMessage(page), `Filter: ${GLOB}`), `Filter: ${GLOB}`);
    const matchCount = `${matching.length} of ${all.length} match`;
    assert.equal(await waitForValue(page, () => viewDescription(page), matchCount), matchCount);
    await viewTitleAction(page, 'Clear Filter').waitFor({ state: 'visible' });
    await moveMouseAway(page);
    await screenshot(page, 'filter-matching');

    // A glob that matches nothing: the view says so, and offers to change or clear the filter,
    // both in the tree and in the view's title.
    assert.deepEqual(await serverOrgNames('asc', NO_MATCH), []);
    await filterBy(page, NO_MATCH, GLOB);
    const hints = ['Change Filter…', 'Clear Filter'];
    assert.deepEqual(await waitForTreeLabels(page, hints), hints);
    const noMatch = `No organizations match ${NO_MATCH}`;
    assert.equal(await waitForValue(page, () => viewMessage(page), noMatch), noMatch);
    assert.equal(await waitForValue(page, () => viewDescription(page), `0 of ${all.length} match`), `0 of ${all.length} match`);
    await viewTitleAction(page, 'Clear Filter').waitFor({ state: 'visible' });
    await moveMouseAway(page);
    await screenshot(page, 'filter-no-match');

    // Clear Filter, the row in the tree: every organization is back, and nothing says "filter" any more.
    await treeRow(page, 'Clear Filter').click();
    assert.deepEqual(await waitForTreeLabels(page, all), all);
    assert.equal(await waitForValue(page, () => viewMessage(page), ''), '');
    assert.equal(await waitForValue(page, () => viewDescription(page), `${all.length} organizations`), `${all.length} organizations`);
    await viewTitleAction(page, 'Clear Filter').waitFor({ state: 'hidden' });
  });
});
