// Expanding an organization shows its figures, its dates and its ID as leaves with icons; hovering
// it shows a tooltip with the ID, the dates and the members.
import * as assert from 'node:assert/strict';
import { uiSession } from '../harness/uiSession';
import { ensureSignedIn, losantContainer, moveMouseAway, screenshot, serverOrgNames, treeRow, waitForTreeLabels } from './workbench';

interface ServerOrg {
  id: string;
  name: string;
  creationDate: string;
  lastUpdated: string;
  disabledAt?: unknown;
  isReadOnly?: boolean;
  summary: Record<string, number>;
}

/** The leaves the extension shows for an organization with a full summary (payload counts are off by default). */
function expectedLeaves(org: ServerOrg): Array<{ label: string; icon: string; value?: string }> {
  const count = (n: number) => new Intl.NumberFormat('en-US').format(n);
  const s = org.summary;
  return [
    { label: 'Applications', icon: 'layers', value: count(s.appCount) },
    { label: 'Devices', icon: 'circuit-board', value: count(s.deviceCount) },
    { label: 'Dashboards', icon: 'dashboard', value: count(s.dashCount) },
    { label: 'Workflows', icon: 'type-hierarchy-sub', value: count(s.flowCount) },
    { label: 'Data tables', icon: 'table', value: count(s.dataTableCount) },
    { label: 'Experience domains', icon: 'globe', value: count(s.experienceDomainCount) },
    { label: 'Notebooks', icon: 'notebook', value: count(s.notebookCount) },
    { label: 'Webhooks', icon: 'plug', value: count(s.webhookCount) },
    { label: 'Access keys', icon: 'key', value: count(s.keyCount) },
    { label: 'Members', icon: 'person', value: count(s.memberCount) },
    { label: 'Data table storage', icon: 'database' },
    { label: 'Created', icon: 'calendar' },
    { label: 'Last updated', icon: 'history' },
    { label: 'ID', icon: 'symbol-key', value: org.id },
  ];
}

describe('Organization details', () => {
  after(async () => {
    // Collapse it again, for the tests that follow.
    const { page } = uiSession();
    const expanded = losantContainer(page).locator('.monaco-list-row[aria-level="1"][aria-expanded="true"]');
    if ((await expanded.count()) > 0) await expanded.first().locator('.monaco-tl-twistie').click();
    await expanded.first().waitFor({ state: 'detached' });
    await page.keyboard.press('Escape'); // clears the tree's selection
    await moveMouseAway(page);
  });

  it('shows figures, dates and ID as leaves with icons, and a tooltip on hover', async () => {
    const { page, losant } = uiSession();
    await ensureSignedIn(page);
    const names = await serverOrgNames('asc');
    assert.deepEqual(await waitForTreeLabels(page, names), names);
    // The first organization (by name) that is neither disabled nor read-only.
    const orgs = losant.organizations as ServerOrg[];
    const org = names.map((n) => orgs.find((o) => o.name === n)!).find((o) => !o.disabledAt && !o.isReadOnly && o.summary);
    assert.ok(org, 'the server has no enabled, writable organization');
    const leaves = expectedLeaves(org);

    const row = treeRow(page, org.name);
    await row.locator('.monaco-tl-twistie').click();
    const leafRows = losantContainer(page).locator('.monaco-list-row[aria-level="2"]');
    await leafRows.nth(leaves.length - 1).waitFor({ state: 'visible' });
    assert.equal(await row.getAttribute('aria-expanded'), 'true');
    assert.deepEqual(
      (await leafRows.locator('.label-name').allTextContents()).map((t) => t.trim()),
      leaves.map((l) => l.label),
    );
    for (const [i, leaf] of leaves.entries()) {
      const leafRow = leafRows.nth(i);
      assert.equal(await leafRow.locator(`.custom-view-tree-node-item-icon.codicon-${leaf.icon}`).count(), 1, `${leaf.label} has no ${leaf.icon} icon`);
      const value = ((await leafRow.locator('.label-description').textContent()) ?? '').trim();
      if (leaf.value !== undefined) assert.equal(value, leaf.value, `the value of ${leaf.label}`);
      else assert.notEqual(value, '', `${leaf.label} has no value`);
    }
    // Dates are shown in the person's locale, not as raw ISO text.
    for (const [label, iso] of [['Created', org.creationDate], ['Last updated', org.lastUpdated]]) {
      const value = ((await treeRow(page, label).locator('.label-description').textContent()) ?? '').trim();
      assert.ok(value.includes(iso.slice(0, 4)) && value !== iso, `${label} shows "${value}" for ${iso}`);
    }
    await moveMouseAway(page);
    await screenshot(page, 'details-expanded');

    // Hover the organization: the tooltip has its name, ID, dates and members.
    await row.locator('.label-name').hover();
    const hover = page.locator('.monaco-hover, .workbench-hover').filter({ hasText: `ID: ${org.id}` });
    await hover.first().waitFor({ state: 'visible' });
    const text = await hover.first().innerText();
    assert.match(text, new RegExp(org.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.match(text, /Created: .*\d{4}/);
    assert.match(text, /Last updated: .*\d{4}/);
    assert.match(text, new RegExp(`Members: ${org.summary.memberCount}\\b`));
    await screenshot(page, 'details-tooltip');
  });
});
