// More organizations than a page (100 by default): the tree ends in a "Load more…" row; clicking
// it appends the rest, and the row goes away.
import * as assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { uiSession } from '../harness/uiSession';
import {
  ensureSignedIn,
  losantContainer,
  refreshView,
  restoreServerOrganizations,
  screenshot,
  serverOrgNames,
  snapshotServerOrganizations,
  treeRow,
  viewDescription,
  viewTitleAction,
  waitForValue,
} from './workbench';
import { poll } from '../harness/poll';

const TOTAL = 130;

/** Scrolls the tree with the mouse wheel until its last row is on screen; returns that row. */
async function scrollToLastRow(page: Page): Promise<Locator> {
  const tree = losantContainer(page).locator('.monaco-list');
  const lastRow = tree.locator('.monaco-list-row[data-last-element="true"]');
  await tree.hover();
  await poll(
    async () => {
      if (await lastRow.isVisible()) return true;
      await page.mouse.wheel(0, 2000);
      return false;
    },
    (visible) => visible,
    { timeoutMs: 15_000, intervalMs: 100 },
  );
  await lastRow.waitFor({ state: 'visible', timeout: 1000 });
  return lastRow;
}

/** "posinset of setsize" of a row: where it sits among the top-level rows. */
async function position(row: Locator): Promise<string> {
  return `${await row.getAttribute('aria-posinset')} of ${await row.getAttribute('aria-setsize')}`;
}

describe('Organizations view paging', () => {
  let saved: Record<string, unknown>[] | undefined;

  after(async () => {
    // Put the server's organizations back and show them, for the tests that follow.
    if (!saved) return;
    restoreServerOrganizations(saved);
    await refreshView(uiSession().page);
  });

  it('ends in "Load more… (100 of 130)", which appends the rest and goes away', async () => {
    const { page, losant } = uiSession();
    await ensureSignedIn(page);
    saved = snapshotServerOrganizations();
    losant.reseed(TOTAL, 7);
    const names = await serverOrgNames('asc');
    assert.equal(names.length, TOTAL);

    await viewTitleAction(page, 'Refresh Organizations').click();
    await treeRow(page, names[0]).waitFor({ state: 'visible' });
    assert.equal(await waitForValue(page, () => viewDescription(page), `${TOTAL} organizations`), `${TOTAL} organizations`);

    // The first page ends with the Load more row, the 101st row.
    let last = await scrollToLastRow(page);
    assert.equal((await last.locator('.label-name').innerText()).trim(), `Load more… (100 of ${TOTAL})`);
    assert.equal(await position(last), '101 of 101');
    assert.equal(await last.locator('.custom-view-tree-node-item-icon.codicon-fold-down').count(), 1, 'the Load more row has no fold-down icon');
    const hundredth = losantContainer(page).locator('.monaco-list-row[aria-posinset="100"] .label-name');
    assert.equal((await hundredth.innerText()).trim(), names[99]);
    await screenshot(page, 'load-more-row');

    await last.click();
    await treeRow(page, `Load more… (100 of ${TOTAL})`).waitFor({ state: 'detached' });
    last = await scrollToLastRow(page);
    assert.equal(await waitForValue(page, () => position(last), `${TOTAL} of ${TOTAL}`), `${TOTAL} of ${TOTAL}`);
    assert.equal((await last.locator('.label-name').innerText()).trim(), names[TOTAL - 1]);
    assert.equal(await losantContainer(page).getByText(/^Load more…/).count(), 0);
    assert.equal(await viewDescription(page), `${TOTAL} organizations`);
    await screenshot(page, 'load-more-done');
  });
});
