// Paging, the server-side filter, Sort By…, details, icons and actions, in the real VS Code.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { TestChannel } from '../channel/extension';
import type { OrganizationNode, TreeNode } from '../../src/tree/nodes';
import orgsExample from '../fixtures/losant/orgs.json';
import payloadCountsExample from '../fixtures/losant/payloadCounts.json';
import type { FakeLosant } from '../server/fakeLosant';
import { activateExtension, startServer, rootItems, rootLabels, setSetting, settledLabels, signIn, signOutAndReset, untilQuiet, waitFor } from './helpers';
import { nodeId } from '../../src/tree/nodes';
import { hostOf } from '../../src/model/settingOrigin';

const listRequests = (server: FakeLosant) => server.requests.filter((r) => r.method === 'GET' && r.path === '/orgs');

async function rootNodes(api: TestChannel): Promise<TreeNode[]> {
  return (await api.provider.getChildren()) ?? [];
}

describe('Organizations view for power users', function () {
  this.timeout(30_000);
  let server: FakeLosant;
  let api: TestChannel;

  before(async () => {
    server = await startServer({ orgs: 250, seed: 11 });
    api = await activateExtension();
    await signOutAndReset();
    await signIn(api, server);
  });

  after(async () => {
    await signOutAndReset();
    await server.close();
  });

  describe('paging', () => {
    it('loads one page of 100 and offers "Load more… (100 of 250)"', async () => {
      server.clearRequests();
      api.provider.refresh();
      const labels = await settledLabels(api, 'signedIn');
      assert.equal(labels.length, 101);
      assert.equal(labels[100], 'Load more… (100 of 250)');
      const loadMore = (await rootItems(api))[100];
      assert.equal((loadMore.iconPath as vscode.ThemeIcon).id, 'fold-down');
      assert.equal(loadMore.command?.command, 'losant.loadMoreOrganizations', 'a click on the row loads more');
      assert.equal(api.treeView.description, '250 organizations');
      assert.equal(
        api.treeView.title,
        `Organizations (250) — Dana Rivera (demo@losant-explorer.test) on ${hostOf(server.url)}`,
        'the count (and whose organizations, where) also shows where VS Code hides the description',
      );
      assert.equal(listRequests(server).length, 1, 'opening costs one request');
      assert.equal(listRequests(server)[0].query.perPage, '100');
    });

    it('fetches the next page once, however often Load more is clicked, and appends it', async () => {
      server.clearRequests();
      await Promise.all([
        vscode.commands.executeCommand('losant.loadMoreOrganizations'),
        vscode.commands.executeCommand('losant.loadMoreOrganizations'),
        vscode.commands.executeCommand('losant.loadMoreOrganizations'),
      ]);
      assert.deepEqual(
        listRequests(server).map((r) => r.query.page),
        ['1'],
      );
      const labels = await rootLabels(api);
      assert.equal(labels.length, 201);
      assert.equal(labels[200], 'Load more… (200 of 250)');
      await vscode.commands.executeCommand('losant.loadMoreOrganizations');
      const all = await rootLabels(api);
      assert.equal(all.length, 250, 'no Load more row once everything is loaded');
      assert.equal(new Set(all).size, 250, 'no organization twice');
      const expected = server.organizations.map((o) => (o as { name: string }).name).sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'accent' }));
      assert.deepEqual(
        [...all].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'accent' })),
        expected,
      );
    });

    it('keeps the pages loaded when only the auto-refresh interval changes', async () => {
      const loaded = await rootLabels(api);
      assert.equal(loaded.length, 250);
      server.clearRequests();
      await setSetting('organizations.autoRefreshSeconds', 600);
      await untilQuiet(server, 500);
      assert.deepEqual(listRequests(server), [], 'the interval reloaded the view');
      assert.deepEqual(await rootLabels(api), loaded);
      await setSetting('organizations.autoRefreshSeconds', undefined);
    });

    it('honours the pageSize setting', async () => {
      server.clearRequests();
      await setSetting('organizations.pageSize', 40);
      const labels = await waitFor('pages of 40', async () => {
        const l = await settledLabels(api, 'signedIn');
        return l.length === 41 ? l : undefined;
      });
      assert.equal(labels[40], 'Load more… (40 of 250)');
      assert.equal(listRequests(server).at(-1)?.query.perPage, '40');
      await setSetting('organizations.pageSize', undefined);
      await waitFor('pages of 100 again', async () => (await rootLabels(api)).length === 101);
    });
  });

  describe('filter', () => {
    it('filters on the server by a name glob and says how many match', async () => {
      const some = (server.organizations[17] as { name: string }).name;
      const glob = `${some.slice(0, 4).toLowerCase()}*`;
      server.clearRequests();
      await vscode.commands.executeCommand('losant.filterOrganizations', glob);
      const labels = await waitFor('filtered rows', async () => {
        const l = await settledLabels(api, 'signedIn');
        return api.treeView.message?.includes(glob) ? l : undefined;
      });
      const q = listRequests(server).find((r) => r.query.filter)?.query;
      assert.equal(q?.filterField, 'name');
      assert.equal(q?.filter, glob);
      assert.ok(labels.includes(some));
      assert.ok(
        labels.every((l) => l.toLowerCase().startsWith(glob.slice(0, 4))),
        labels.join(', '),
      );
      assert.equal(api.treeView.description, `${labels.length} of 250 match`);
      assert.equal(api.treeView.title, `Organizations (${labels.length} of 250) — Dana Rivera (demo@losant-explorer.test) on ${hostOf(server.url)}`);
    });

    it('keeps the filter across a refresh', async () => {
      const before = await rootLabels(api);
      api.provider.refresh();
      assert.deepEqual(await settledLabels(api, 'signedIn'), before);
      assert.match(String(api.treeView.message), /Filter: /);
    });

    it('shows "No organizations match" for a filter that matches nothing, and Clear Filter brings all back', async () => {
      await vscode.commands.executeCommand('losant.filterOrganizations', 'zz-no-such-org-*');
      assert.deepEqual(await settledLabels(api, 'noMatch'), ['Change Filter…', 'Clear Filter']);
      assert.equal(api.treeView.message, 'No organizations match zz-no-such-org-*');
      const [, clear] = await rootItems(api);
      assert.equal(clear.command?.command, 'losant.clearOrganizationsFilter');
      await vscode.commands.executeCommand('losant.clearOrganizationsFilter');
      const labels = await settledLabels(api, 'signedIn');
      assert.equal(labels.length, 101);
      assert.equal(api.treeView.message, undefined);
      assert.equal(api.treeView.description, '250 organizations');
    });
  });

  describe('Sort By…', () => {
    it('writes both sort settings from the quick pick, and the tree follows', async () => {
      const before = await settledLabels(api, 'signedIn');
      const done = vscode.commands.executeCommand('losant.sortOrganizations');
      await new Promise((r) => setTimeout(r, 500));
      await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await done;
      const c = vscode.workspace.getConfiguration('losant');
      assert.equal(c.get('organizations.sortField'), 'name');
      assert.equal(c.get('organizations.sortDirection'), 'desc');
      const after = await waitFor('the reversed order', async () => {
        const l = await settledLabels(api, 'signedIn');
        return l[0] !== before[0] ? l : undefined;
      });
      assert.equal(listRequests(server).at(-1)?.query.sortDirection, 'desc');
      assert.notEqual(after[0], before[0]);
      await setSetting('organizations.sortDirection', undefined);
    });
  });

  describe('details', () => {
    it('expands an organization into its figures, dates and ID, without payload counts by default', async () => {
      const node = (await rootNodes(api)).find((n): n is OrganizationNode => n.kind === 'organization')!;
      assert.equal(api.provider.getTreeItem(node).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
      const children = (await api.provider.getChildren(node)) ?? [];
      const items = children.map((c) => api.provider.getTreeItem(c));
      const labels = items.map((i) => i.label);
      for (const l of ['Applications', 'Devices', 'Dashboards', 'Workflows', 'Data tables', 'Members', 'Created', 'Last updated', 'ID']) {
        assert.ok(labels.includes(l), `${l} in ${labels.join(', ')}`);
      }
      assert.ok(!labels.includes('Payloads'));
      const served = server.organizations.find((o) => (o as { id: string }).id === node.org.id) as { summary: { deviceCount: number } };
      assert.equal(items.find((i) => i.label === 'Devices')?.description, new Intl.NumberFormat().format(served.summary.deviceCount));
      assert.equal(items.find((i) => i.label === 'ID')?.description, node.org.id);
      const storage = (served as { summary: { storageStats?: { size: number } } }).summary.storageStats;
      if (storage) {
        const shown = String(items.find((i) => i.label === 'Data table storage')?.description);
        assert.match(shown, /^\d[\d,.]* (B|KB|MB|GB|TB)$/);
        const [, number, unit] = /^([\d,.]+) (\w+)$/.exec(shown)!;
        const bytes = Number(number.replace(/,/g, '')) * 1024 ** ['B', 'KB', 'MB', 'GB', 'TB'].indexOf(unit);
        assert.ok(Math.abs(bytes - storage.size) <= Math.max(1, storage.size * 0.06), `${shown} for ${storage.size} bytes`);
      }
      assert.ok(items.every((i) => i.iconPath instanceof vscode.ThemeIcon));
      const ICONS: Record<string, string> = {
        Applications: 'layers',
        Devices: 'circuit-board',
        Dashboards: 'dashboard',
        Workflows: 'type-hierarchy-sub',
        'Data tables': 'table',
        'Experience domains': 'globe',
        Notebooks: 'notebook',
        Webhooks: 'plug',
        'Access keys': 'key',
        Members: 'person',
        'Data table storage': 'database',
        Created: 'calendar',
        'Last updated': 'history',
        ID: 'symbol-key',
      };
      assert.deepEqual(
        items.map((i) => [i.label, (i.iconPath as vscode.ThemeIcon).id]),
        items.map((i) => [i.label, ICONS[String(i.label)]]),
      );
      assert.equal(new Set(items.map((i) => i.id)).size, items.length, 'unique ids');
      assert.equal(listRequests(server).at(-1)?.query.summaryExclude, 'payloadCount');
    });

    it('includes payload counts when the setting asks for them: the total, broken down by payload type', async () => {
      server.clearRequests();
      await setSetting('organizations.includePayloadCounts', true);
      await waitFor('a request without summaryExclude', () => listRequests(server).some((r) => r.query.summaryExclude === undefined));
      await settledLabels(api, 'signedIn');
      // An organization whose (two-level) payload counts have several types.
      const served = new Map(
        (server.organizations as Array<{ id: string; summary: { payloadCount: Record<string, Record<string, number>> } }>).map((o) => [
          o.id,
          o.summary.payloadCount,
        ]),
      );
      const node = (await rootNodes(api)).find((n): n is OrganizationNode => n.kind === 'organization' && Object.keys(served.get(n.org.id) ?? {}).length >= 4)!;
      assert.ok(node, 'no organization with payloads of four types or more');
      const items = ((await api.provider.getChildren(node)) ?? []).map((c) => api.provider.getTreeItem(c));
      const payloads = items.find((i) => i.label === 'Payloads');
      assert.ok(payloads, items.map((i) => i.label).join(', '));
      const byType = Object.entries(served.get(node.org.id)!).map(([type, sources]) => [type, Object.values(sources).reduce((a, b) => a + b, 0)] as const);
      const n = (count: number) => new Intl.NumberFormat().format(count);
      assert.equal(payloads.description, n(byType.reduce((sum, [, count]) => sum + count, 0)));
      const LABELS: Record<string, string> = {
        deviceState: 'Device state',
        mqttOut: 'MQTT out',
        webhook: 'Webhook',
        timer: 'Timer',
        deviceConnect: 'Device connect',
        deviceDisconnect: 'Device disconnect',
      };
      const [first, ...lines] = String(payloads.tooltip).split('\n');
      assert.equal(first, `Payloads: ${payloads.description}`);
      assert.deepEqual([...lines].sort(), byType.map(([type, count]) => `${LABELS[type]}: ${n(count)}`).sort());
      const shown = lines.map((l) => Number(l.slice(l.lastIndexOf(': ') + 2).replace(/\D/g, '')));
      assert.deepEqual(
        shown,
        [...shown].sort((a, b) => b - a),
        'largest first',
      );
      await setSetting('organizations.includePayloadCounts', undefined);
    });

    it("shows Losant's documented Organizations and Payload Counts examples as Losant documents them", async () => {
      await setSetting('organizations.includePayloadCounts', true);
      const [example] = orgsExample.items;
      const body = { ...orgsExample, items: [{ ...example, summary: { ...example.summary, payloadCount: payloadCountsExample } }] };
      server.setFault({ kind: 'replaceBody', method: 'GET', path: '/orgs', body });
      try {
        api.provider.refresh();
        await waitFor('the example organization', async () => (await settledLabels(api, 'signedIn'))[0] === 'My Organization');
        const node = (await rootNodes(api)).find((n): n is OrganizationNode => n.kind === 'organization')!;
        const items = ((await api.provider.getChildren(node)) ?? []).map((c) => api.provider.getTreeItem(c));
        const n = (count: number) => new Intl.NumberFormat().format(count);
        assert.deepEqual(
          items.filter((i) => i.label !== 'Created' && i.label !== 'Last updated').map((i) => [i.label, i.description]),
          [
            ['Applications', '2'],
            ['Devices', '12'],
            ['Dashboards', '1'],
            ['Workflows', '3'],
            ['Webhooks', '0'],
            ['Access keys', '2'],
            ['Members', '2'],
            ['Payloads', n(2_984_364)],
            ['ID', '575ed6e87ae143cd83dc4aa8'],
          ],
        );
        assert.equal(
          items.find((i) => i.label === 'Payloads')?.tooltip,
          [
            `Payloads: ${n(2_984_364)}`,
            `Webhook: ${n(1_713_284)}`,
            `Device state: ${n(1_249_264)}`,
            `Timer: ${n(19_772)}`,
            `Device connect: ${n(1_016)}`,
            `Device disconnect: ${n(1_016)}`,
            'MQTT out: 12',
          ].join('\n'),
        );
      } finally {
        server.setFault(undefined);
        await setSetting('organizations.includePayloadCounts', undefined);
        api.provider.refresh();
        await waitFor('the local organizations again', async () => (await settledLabels(api, 'signedIn'))[0] !== 'My Organization');
      }
    });

    it('keeps the same item ids across a refresh', async () => {
      const before = (await rootItems(api)).map((i) => i.id);
      api.provider.refresh();
      await settledLabels(api, 'signedIn');
      const after = (await rootItems(api)).map((i) => i.id);
      assert.deepEqual(after, before);
      assert.equal(new Set(after).size, after.length);
    });

    it('colours an organization by its iconColor and marks read-only and disabled ones', async () => {
      server.addOrganization({ name: 'Aaa Colourful Org', iconColor: '#ff8800' });
      server.addOrganization({ name: 'Aaa Read Only Org', isReadOnly: true });
      server.addOrganization({ name: 'Aaa Disabled Org', disabledAt: '2026-01-01T00:00:00.000Z' });
      await vscode.commands.executeCommand('losant.filterOrganizations', 'aaa *');
      await waitFor('the three new organizations', async () => (await settledLabels(api, 'signedIn')).length === 3);
      const items = await rootItems(api);
      const colourful = items.find((i) => i.label === 'Aaa Colourful Org')!;
      assert.ok(colourful.iconPath instanceof vscode.Uri, 'a file icon');
      assert.match(fs.readFileSync((colourful.iconPath as vscode.Uri).fsPath, 'utf8'), /#ff8800/);
      const readOnly = items.find((i) => i.label === 'Aaa Read Only Org')!;
      assert.match(String(readOnly.description), /read-only/);
      assert.equal((readOnly.iconPath as vscode.ThemeIcon).id, 'lock');
      const disabled = items.find((i) => i.label === 'Aaa Disabled Org')!;
      assert.match(String(disabled.description), /disabled/);
      assert.match((disabled.tooltip as vscode.MarkdownString).value, /disabled/);
      await vscode.commands.executeCommand('losant.clearOrganizationsFilter');
      await waitFor('all organizations again', async () => (await settledLabels(api, 'signedIn')).length > 3);
    });
  });

  describe('actions', () => {
    it('copies the ID and the name of an organization', async () => {
      const node = (await rootNodes(api)).find((n): n is OrganizationNode => n.kind === 'organization')!;
      await vscode.commands.executeCommand('losant.copyOrganizationId', node);
      assert.equal(await vscode.env.clipboard.readText(), node.org.id);
      await vscode.commands.executeCommand('losant.copyOrganizationName', node);
      assert.equal(await vscode.env.clipboard.readText(), node.org.name);
    });

    it('acts only on organizations the view lists: a row handed over with data of its own copies nothing of it', async () => {
      const listed = (await rootNodes(api)).find((n): n is OrganizationNode => n.kind === 'organization')!;
      await vscode.env.clipboard.writeText('before');
      const forged = { kind: 'organization', org: { id: 'ffffffffffffffffffffffff', name: 'Forged [x](command:losant.signOut)' } };
      assert.equal(await vscode.commands.executeCommand('losant.copyOrganizationName', forged), undefined);
      assert.equal(await vscode.env.clipboard.readText(), 'before', 'an organization the view does not list is not acted on');
      // A real organization's id with a forged name: the listed name is what is copied.
      await vscode.commands.executeCommand('losant.copyOrganizationName', { kind: 'organization', org: { id: listed.org.id, name: 'Forged' } });
      assert.equal(await vscode.env.clipboard.readText(), listed.org.name);
    });

    it('shows a spinner row while an organization is being created', async () => {
      server.setFault({ kind: 'delay', ms: 1500, method: 'POST', path: '/orgs', times: 1 });
      const created = api.createOrganization({ name: 'Aaa Slow Org', description: '' });
      const spinner = await waitFor('the spinner row', async () =>
        (await rootItems(api)).find((i) => i.label === 'Aaa Slow Org' && i.description === 'Creating…'),
      );
      assert.equal((spinner.iconPath as vscode.ThemeIcon).id, 'loading~spin');
      const org = await created;
      assert.ok(org?.id);
      const items = await rootItems(api);
      assert.ok(!items.some((i) => i.description === 'Creating…'), 'the spinner row is gone');
      assert.ok(items.some((i) => i.id === nodeId({ kind: 'organization', org: org! })));
    });
  });
});
