// The sort direction setting, changed in the Settings editor as a person would, flips the tree.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { uiSession } from '../harness/uiSession';
import { closeAllEditors, ensureSignedIn, runCommand, screenshot, serverOrgNames, waitForTreeLabels } from './workbench';

/** Opens the Settings editor on the setting and picks `value` in its dropdown (the editor stays open). */
async function pickSortDirection(page: Page, value: 'asc' | 'desc'): Promise<void> {
  await runCommand(page, 'Preferences: Open Settings (UI)');
  const editor = page.locator('.settings-editor');
  await editor.waitFor({ state: 'visible' });
  // Replace whatever the search box holds with the setting's id.
  await editor.locator('.settings-header .suggest-input-container').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('losant.organizations.sortDirection');
  const setting = editor.locator('.setting-item-enum', { hasText: 'Sort Direction' });
  await setting.waitFor({ state: 'visible' });
  await setting.locator('select.monaco-select-box').click();
  await page.locator('.monaco-select-box-dropdown-container .monaco-list-row', { hasText: new RegExp(`^${value}`) }).first().click();
}

describe('losant.organizations.sortDirection', () => {
  it('flips the tree when changed to desc in the Settings editor', async () => {
    const { page } = uiSession();
    await ensureSignedIn(page);
    const ascending = await serverOrgNames('asc');
    assert.deepEqual(await waitForTreeLabels(page, ascending), ascending);
    const descending = await serverOrgNames('desc');
    assert.deepEqual(descending, [...ascending].reverse(), 'the server does not sort desc as the reverse of asc');

    await pickSortDirection(page, 'desc');
    assert.deepEqual(await waitForTreeLabels(page, descending), descending);
    await closeAllEditors(page);
    await screenshot(page, 'sort-direction');

    // Leave the setting as the other tests expect it.
    await pickSortDirection(page, 'asc');
    assert.deepEqual(await waitForTreeLabels(page, ascending), ascending);
    await closeAllEditors(page);
  });
});
