// Sort By… in the view's title: a quick pick of field and direction with the current order marked;
// picking "Name, descending" reverses the tree.
import * as assert from 'node:assert/strict';
import { uiSession } from '../harness/uiSession';
import { ensureSignedIn, openSortBy, quickInput, screenshot, serverOrgNames, sortRow, waitForTreeLabels } from './workbench';

describe('Sort By…', () => {
  after(async () => {
    // Back to the default order (Name, ascending) for the tests that follow.
    const { page } = uiSession();
    await page.keyboard.press('Escape');
    const rows = await openSortBy(page);
    await sortRow(rows, 'Name', 'ascending (A → Z)').click();
    const ascending = await serverOrgNames('asc');
    assert.deepEqual(await waitForTreeLabels(page, ascending), ascending);
  });

  it('marks the current order and reverses the tree on "Name, descending"', async () => {
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

    // The next time, the new order is the one marked.
    const again = await openSortBy(page);
    assert.equal(await sortRow(again, 'Name', 'descending (Z → A)').locator('.codicon-check').count(), 1);
    await page.keyboard.press('Escape');
    await quickInput(page).waitFor({ state: 'hidden' });
  });
});
