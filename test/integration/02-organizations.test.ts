// The Organizations tree and its commands, against the local Losant server over real HTTP.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TestChannel } from '../channel/extension';
import type { FakeLosant } from '../server/fakeLosant';
import { activateExtension, startServer, rootItems, setSetting, settledLabels, signOutAndReset, waitFor } from './helpers';
import { nodeId } from '../../src/tree/nodes';

type Org = { id: string; name: string; creationDate: string; lastUpdated: string };

/** The page the API itself answers for these settings, fetched directly over HTTP. */
async function serverOrder(server: FakeLosant, sortField: string, sortDirection: string): Promise<Org[]> {
  const res = await fetch(`${server.url}/orgs?sortField=${sortField}&sortDirection=${sortDirection}&perPage=100`, {
    headers: { Authorization: `Bearer ${server.tokens.all}`, Accept: 'application/json' },
  });
  assert.equal(res.status, 200);
  return ((await res.json()) as { items: Org[] }).items;
}

function lastListQuery(server: FakeLosant): Record<string, string> | undefined {
  const gets = server.requests.filter((r) => r.method === 'GET' && r.path === '/orgs');
  return gets.at(-1)?.query;
}

describe('Organizations view', function () {
  this.timeout(30_000);
  let server: FakeLosant;
  let api: TestChannel;

  before(async () => {
    server = await startServer({ orgs: 30, seed: 7 });
    api = await activateExtension();
    await setSetting('organizations.sortField', undefined);
    await setSetting('organizations.sortDirection', undefined);
    await setSetting('apiUrl', server.url);
    await vscode.commands.executeCommand('workbench.view.extension.losant');
  });

  after(async () => {
    await signOutAndReset();
    await server.close();
  });

  it('shows the welcome state, and sends no request, while no token is stored', async () => {
    server.clearRequests();
    api.provider.refresh();
    assert.deepEqual(await settledLabels(api, 'signedOut'), []);
    assert.equal(server.requests.length, 0);
  });

  it('refuses a token the API rejects and stores nothing', async () => {
    const stored = await api.setApiToken(server.tokens.expired);
    assert.equal(stored, false);
    api.provider.refresh();
    assert.deepEqual(await settledLabels(api, 'signedOut'), []);
  });

  it('refuses a token that lacks the scope to list organizations', async () => {
    const stored = await api.setApiToken(server.tokens.noOrgsScope);
    assert.equal(stored, false);
    api.provider.refresh();
    await settledLabels(api, 'signedOut');
  });

  it('checks a pasted token with one GET /orgs?perPage=1, stores it, and lists the organizations by name', async () => {
    server.clearRequests();
    const stored = await api.setApiToken(`  "${server.tokens.all}"\n`);
    assert.equal(stored, true);
    assert.equal(server.requests[0]?.query.perPage, '1');
    const labels = await settledLabels(api, 'signedIn');
    const expected = await serverOrder(server, 'name', 'asc');
    assert.equal(labels.length, 30);
    assert.deepEqual(
      labels,
      expected.map((o) => o.name),
    );
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    for (let i = 1; i < labels.length; i++) assert.ok(collator.compare(labels[i - 1], labels[i]) <= 0, `${labels[i - 1]} before ${labels[i]}`);
  });

  it('gives each organization a description and a tooltip with its ID, dates and members', async () => {
    const items = await rootItems(api);
    const org = server.organizations.find((o) => (o as { name: string }).name === items[0].label) as Org & { description?: string };
    assert.ok(org);
    const tooltip = (items[0].tooltip as vscode.MarkdownString).value;
    assert.ok(tooltip.includes(org.id), tooltip);
    assert.match(tooltip, /Created: .*\d/);
    assert.match(tooltip, /Last updated: .*\d/);
    assert.match(tooltip, /Members: \d+/);
    assert.equal(items[0].id, nodeId({ kind: 'organization', org }));
    // Marked …Admin where the user administers it (the actions only an administrator may take).
    assert.match(String(items[0].contextValue), /^organization(Admin)?$/);
  });

  // The settings reach the query and the tree follows; every field and direction is checked
  // against the server in the client's and the model's unit tests.
  for (const [sortField, sortDirection] of [
    ['name', 'desc'],
    ['creationDate', 'asc'],
  ] as const) {
    it(`orders the tree by ${sortField} ${sortDirection} when the settings say so`, async () => {
      await setSetting('organizations.sortField', sortField);
      await setSetting('organizations.sortDirection', sortDirection);
      const expected = (await serverOrder(server, sortField, sortDirection)).map((o) => o.name);
      const labels = await waitFor(`order ${sortField} ${sortDirection}`, async () => {
        const l = await settledLabels(api, 'signedIn');
        return JSON.stringify(l) === JSON.stringify(expected) ? l : undefined;
      });
      assert.equal(labels.length, 30);
      const q = lastListQuery(server);
      assert.equal(q?.sortField, sortField);
      assert.equal(q?.sortDirection, sortDirection);
      if (sortField === 'creationDate') {
        const byName = new Map(server.organizations.map((o) => [(o as Org).name, (o as Org)[sortField]]));
        const values = labels.map((n) => Date.parse(byName.get(n)!));
        const sorted = [...values].sort((a, b) => (sortDirection === 'asc' ? a - b : b - a));
        assert.deepEqual(values, sorted);
      }
    });
  }

  it('creates an organization from arguments and shows it in the tree, selected', async () => {
    await setSetting('organizations.sortField', 'creationDate');
    await setSetting('organizations.sortDirection', 'desc');
    await settledLabels(api, 'signedIn');
    server.clearRequests();
    const created = await api.createOrganization({
      name: '  Integration Test Org  ',
      description: 'Made by the integration suite',
    });
    assert.ok(created, 'the command returns the created organization');
    assert.equal(created.name, 'Integration Test Org');
    const posts = server.requests.filter((r) => r.method === 'POST');
    assert.equal(posts.length, 1);
    assert.deepEqual(posts[0].body, { name: 'Integration Test Org', description: 'Made by the integration suite' });
    assert.ok(server.organizations.some((o) => (o as Org).id === created.id));
    const labels = await settledLabels(api, 'signedIn');
    assert.equal(labels[0], 'Integration Test Org', 'newest first');
    await waitFor('the new organization to be selected', () => api.treeView.selection.some((n) => n.kind === 'organization' && n.org.id === created.id));
  });

  it('creates nothing and keeps the tree as it was when the name is invalid', async () => {
    const before = await settledLabels(api, 'signedIn');
    server.clearRequests();
    const created = await api.createOrganization({ name: '   ', description: '' });
    assert.equal(created, undefined);
    assert.equal(server.requests.filter((r) => r.method === 'POST').length, 0, 'no request for an invalid name');
    assert.deepEqual(await settledLabels(api, 'signedIn'), before);
  });

  it('keeps the tree as it was when the server refuses a create with 400', async () => {
    const before = await settledLabels(api, 'signedIn');
    server.setFault({
      kind: 'status',
      status: 400,
      method: 'POST',
      path: '/orgs',
      times: 1,
      body: { type: 'Validation', message: 'organization.name has longer length than allowed' },
    });
    const created = await api.createOrganization({ name: 'Refused Org', description: '' });
    assert.equal(created, undefined);
    assert.ok(!server.organizations.some((o) => (o as Org).name === 'Refused Org'));
    assert.deepEqual(await settledLabels(api, 'signedIn'), before);
  });

  it('shows an error row on a server error, and clicking it loads the tree again', async () => {
    server.setFault({ kind: 'status', status: 500, method: 'GET', path: '/orgs', times: 1 });
    api.provider.refresh();
    await settledLabels(api, 'signedIn');
    const [row, ...rest] = await rootItems(api);
    assert.equal(rest.length, 0);
    assert.equal(row.label, 'Could not load organizations');
    assert.equal(row.contextValue, 'error');
    assert.ok(row.command, 'the row is clickable');
    await vscode.commands.executeCommand(row.command.command, ...(row.command.arguments ?? []));
    const labels = await settledLabels(api, 'signedIn');
    assert.equal(labels.length, 31);
  });

  it('signs out back to the welcome state', async () => {
    await vscode.commands.executeCommand('losant.signOut');
    assert.deepEqual(await settledLabels(api, 'signedOut'), []);
  });

  it('shows a token-rejected state when the stored token expires', async () => {
    const shortLived = server.signToken({ scope: ['all.User'], expiresInSeconds: 2 });
    assert.equal(await api.setApiToken(shortLived), true);
    await settledLabels(api, 'signedIn');
    await new Promise((r) => setTimeout(r, 2200));
    api.provider.refresh();
    await settledLabels(api, 'tokenRejected');
    assert.match(String(api.chrome.current()?.reason), /expired/i);
    assert.equal(api.chrome.current()?.detail, 'expired', 'picks the welcome text for an expired token');
    assert.equal(api.treeView.message, undefined, 'no message, so VS Code shows the welcome content and its buttons');
    await vscode.commands.executeCommand('losant.signOut');
    await settledLabels(api, 'signedOut');
  });

  it('refuses a plain-HTTP API URL that is not loopback, without a request', async () => {
    server.clearRequests();
    await setSetting('apiUrl', 'http://losant.example.com');
    await settledLabels(api, 'badApiUrl');
    assert.match(String(api.chrome.current()?.reason), /plain HTTP to losant\.example\.com/);
    assert.equal(api.chrome.current()?.detail, 'insecure');
    assert.equal(api.treeView.message, undefined);
    assert.equal(server.requests.length, 0);
    await setSetting('apiUrl', server.url);
    await settledLabels(api, 'signedOut');
  });
});
