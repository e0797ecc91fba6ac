// An organization's actions: its context menu (right-click) and its inline actions (on hover).
import * as assert from 'node:assert/strict';
import { uiSession } from '../harness/uiSession';
import { ensureSignedIn, moveMouseAway, screenshot, serverOrgNames, treeRow, waitForTreeLabels } from './workbench';

const INLINE = ['Pin', 'Open in Losant', 'Copy Organization ID'];

describe('Organization actions', () => {
  after(async () => {
    const { page } = uiSession();
    await page.keyboard.press('Escape');
    await moveMouseAway(page);
  });

  it('offers Open in Losant, Copy Organization ID, Copy Name, Pin, what the role allows and Refresh on right-click, and inline actions on hover', async () => {
    const { page } = uiSession();
    await ensureSignedIn(page);
    const names = await serverOrgNames('asc');
    assert.deepEqual(await waitForTreeLabels(page, names), names);
    assert.ok(names.length >= 2);
    const [first, second] = [treeRow(page, names[0]), treeRow(page, names[1])];

    // Hover: the row shows its inline actions (each with its tooltip); the other rows do not.
    await moveMouseAway(page);
    await page.locator('.monaco-hover, .workbench-hover').first().waitFor({ state: 'hidden' });
    await second.locator('.label-name').hover();
    for (const name of INLINE) await second.getByRole('button', { name, exact: true }).waitFor({ state: 'visible' });
    for (const name of INLINE) assert.equal(await first.getByRole('button', { name, exact: true }).isVisible(), false, `${name} shows on a row not hovered`);
    await second.getByRole('button', { name: 'Copy Organization ID', exact: true }).hover();
    await page.locator('.monaco-hover, .workbench-hover').filter({ hasText: 'Copy Organization ID' }).first().waitFor({ state: 'visible' });
    await screenshot(page, 'context-inline-actions');

    // Right-click: the context menu, in its groups.
    await second.locator('.label-name').click({ button: 'right' });
    const menu = page.locator('.context-view .monaco-menu');
    await menu.waitFor({ state: 'visible' });
    const items = (await menu.locator('.action-menu-item .action-label').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
    // Edit, Invite Member… and Delete (last, on its own) where the user administers the organization; Leave Organization on every one.
    const admin = items.includes('Invite Member…');
    const manage = admin ? ['Edit Organization…', 'Invite Member…', 'Leave Organization'] : ['Leave Organization'];
    const destructive = admin ? ['Delete Organization…'] : [];
    assert.deepEqual(items, ['Open in Losant', 'Copy Organization ID', 'Copy Name', 'Pin', ...manage, 'Refresh Organizations', ...destructive]);
    assert.equal((await menu.locator('.action-item.separator, .action-item .separator').count()) >= 3, true, 'the menu items are not grouped');
    await screenshot(page, 'context-menu');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
  });
});
