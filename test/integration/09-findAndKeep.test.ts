// Finding and keeping organizations among hundreds, in the real VS Code: Go to Organization's
// reveal of one on a page not loaded, the Pinned group (Pin, Unpin, fetched by id, no longer
// available), and the auto-refresh reloading in place.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TestChannel } from '../channel/extension';
import { LosantClient, type ListedOrganization } from '../../src/losant';
import type { FakeLosant } from '../server/fakeLosant';
import { activateExtension, EXTENSION_ID, rootLabels, settledLabels, signIn, signOutAndReset, startServer, untilQuiet, waitFor } from './helpers';
import type { TreeNode } from '../../src/tree/nodes';

describe('Go to Organization, pinned organizations, auto-refresh', function () {
  this.timeout(30_000);
  let server: FakeLosant;
  let api: TestChannel;
  let client: LosantClient;
  let byName: ListedOrganization[];

  const selectedId = () => {
    const n = api.treeView.selection[0] as { kind?: string; org?: { id: string } } | undefined;
    return n?.kind === 'organization' ? n.org?.id : undefined;
  };
  const pinnedLabels = async (): Promise<string[]> => {
    const group = ((await api.provider.getChildren()) ?? []).find((n) => n.kind === 'pinnedGroup');
    if (!group) return [];
    const rows = (await api.provider.getChildren(group)) ?? [];
    return rows.map((n) => {
      const item = api.provider.getTreeItem(n);
      const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
      return item.description === 'no longer available' ? `${label} (no longer available)` : label;
    });
  };

  before(async () => {
    server = await startServer({ orgs: 250, seed: 21 });
    api = await activateExtension();
    await signOutAndReset();
    await signIn(api, server);
    client = new LosantClient({ apiUrl: server.url, token: server.tokens.all });
    byName = (await client.listOrganizations({ perPage: 1000, sortField: 'name' })).items;
  });

  after(async () => {
    const owner = api.provider.owner();
    if (owner) for (const p of api.pins.pinned(owner)) await api.pins.unpin(owner, p.id);
    await signOutAndReset();
    await server.close();
  });

  it('Go to reveals and selects an organization on a page not loaded, added at the end, without loading the pages before it', async () => {
    const far = byName[200];
    server.clearRequests();
    assert.equal(await api.goTo(far), true);
    assert.equal(selectedId(), far.id);
    const labels = await rootLabels(api);
    assert.equal(labels[100], far.name, 'after the first page, where Load more was');
    assert.ok(!server.requests.some((r) => r.path === '/orgs' && r.query.page !== undefined && r.query.page !== '0'), 'no further page was loaded');
    const owner = api.provider.owner();
    assert.ok(owner && api.pins.recent(owner)[0]?.id === far.id, 'remembered as recently opened');
  });

  it('Pin shows it first in a Pinned group, in pinning order, and also in its place; a filter narrows only the list', async () => {
    api.provider.refresh();
    await settledLabels(api, 'signedIn');
    const [first, far] = [byName[3], byName[180]];
    await vscode.commands.executeCommand('losant.pinOrganization', { kind: 'organization', org: first } satisfies TreeNode);
    // One on no loaded page is pinned from the Pinned group's own data after Go to added it.
    await api.goTo(far);
    await vscode.commands.executeCommand('losant.pinOrganization', { kind: 'organization', org: far } satisfies TreeNode);
    const labels = await waitFor('the Pinned group', async () => {
      const l = await rootLabels(api);
      return l[0] === 'Pinned' ? l : undefined;
    });
    assert.ok(labels.includes(first.name), 'still in its place in the list');
    assert.deepEqual(await pinnedLabels(), [first.name, far.name]);
    const item = api.provider.getTreeItem({ kind: 'organization', org: first });
    assert.match(String(item.contextValue), /^pinnedOrganization(Admin)?$/, 'its row in the list offers Unpin');

    await vscode.commands.executeCommand('losant.filterOrganizations', 'zzzz-nothing*');
    await settledLabels(api, 'noMatch');
    assert.deepEqual(await pinnedLabels(), [first.name, far.name], 'the filter leaves the Pinned group alone');
    await vscode.commands.executeCommand('losant.clearOrganizationsFilter');
    await settledLabels(api, 'signedIn');
  });

  it('after a refresh a pin on no loaded page is fetched by id; a deleted one stays, no longer available, until Unpin', async () => {
    const gone = await client.createOrganization({ name: 'ZZZ pinned then deleted' });
    await api.goTo(gone);
    await vscode.commands.executeCommand('losant.pinOrganization', { kind: 'organization', org: gone } satisfies TreeNode);
    await client.deleteOrganization(gone.id);
    server.clearRequests();
    api.provider.refresh();
    await settledLabels(api, 'signedIn');
    const pinned = await pinnedLabels();
    assert.deepEqual(pinned, [byName[3].name, byName[180].name, 'ZZZ pinned then deleted (no longer available)']);
    assert.ok(
      server.requests.some((r) => r.method === 'GET' && r.path === `/orgs/${byName[180].id}`),
      'the pin beyond the first page was fetched by id',
    );
    const group = ((await api.provider.getChildren()) ?? []).find((n) => n.kind === 'pinnedGroup');
    const goneRow = ((await api.provider.getChildren(group)) ?? [])[2];
    assert.equal(api.provider.getTreeItem(goneRow).contextValue, 'unavailablePin', 'it offers Unpin');
    await vscode.commands.executeCommand('losant.unpinOrganization', goneRow);
    await waitFor('the unpinned row gone', async () => ((await pinnedLabels()).length === 2 ? true : undefined));
  });

  it('the auto-refresh reloads in place: the pages loaded, the selection kept, a new organization picked up', async () => {
    api.provider.refresh();
    await settledLabels(api, 'signedIn');
    await vscode.commands.executeCommand('losant.loadMoreOrganizations');
    const kept = byName[150];
    await api.goTo(kept);
    assert.equal(selectedId(), kept.id);
    await untilQuiet(server);
    const created = await client.createOrganization({ name: 'AAA made behind its back' });
    assert.equal(await api.provider.autoRefresh(), true);
    const labels = await rootLabels(api);
    assert.ok(labels.includes(created.name), 'the new organization is listed');
    assert.ok(labels.includes(byName[198].name), 'both loaded pages are still there (the new one first by name pushes the 200th onto a third)');
    assert.equal(labels.filter((l) => !l.startsWith('Load more')).length, 200 + 1, 'two pages and the one Go to added');
    // VS Code maps the selection to the new rows by id once it has drawn them.
    await waitFor('the selection kept', () => (selectedId() === kept.id ? true : undefined));
    await client.deleteOrganization(created.id);
  });
  it("Go to Organization's keybinding is not one of VS Code's own", async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes: { keybindings: { command: string; key: string }[] } };
    const ours = manifest.contributes.keybindings.find((k) => k.command === 'losant.goToOrganization');
    assert.ok(ours, 'Go to Organization has a keybinding');
    const defaults = await vscode.workspace.openTextDocument(vscode.Uri.parse('vscode://defaultsettings/keybindings.json'));
    // "ctrl+alt+shift+o" and VS Code's "ctrl+shift+alt+o" are one key: compare the modifiers as a set.
    const normal = (key: string) =>
      key
        .toLowerCase()
        .split(' ')
        .map((chord) => chord.split('+').sort().join('+'))
        .join(' ');
    // The file lists the extensions' keybindings too: ours is left out.
    const keys = [...defaults.getText().matchAll(/"key":\s*"([^"]+)",\s*"command":\s*"([^"]+)"/g)]
      .filter((m) => !m[2].startsWith('losant.'))
      .map((m) => normal(m[1]));
    assert.ok(keys.length > 100, `VS Code's default keybindings were read (${keys.length})`);
    assert.ok(keys.includes(normal('ctrl+shift+alt+f')) || keys.includes(normal('ctrl+shift+p')), 'a key VS Code does use is found');
    assert.ok(!keys.includes(normal(ours.key)), `${ours.key} is taken by VS Code`);
  });
});
