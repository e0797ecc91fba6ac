// A hostile or broken server, seen in the real VS Code: odd ids, Markdown in names, pages larger
// than asked for, a proxy in the way. The local Losant server sends these bodies over real HTTP.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { marked } from 'marked';
import * as vscode from 'vscode';
import type { TestChannel } from '../channel/extension';
import type { TreeNode } from '../../src/tree/nodes';
import type { FakeLosant } from '../server/fakeLosant';
import {
  activateExtension,
  losantLogLine,
  renderAsVsCode,
  rootItems,
  setSetting,
  settledLabels,
  signIn,
  signOutAndReset,
  startServer,
  waitFor,
} from './helpers';

const HOSTILE_ID = 'aaa`](command:losant.signOut) ![x](https://evil.example/x.png)';

/** A GET /orgs answer the server sends instead of its own organizations. */
function page(items: object[], extra: object = {}): object {
  return { items, count: items.length, totalCount: items.length, perPage: 100, page: 0, sortField: 'name', sortDirection: 'asc', ...extra };
}

describe('A hostile or broken server', function () {
  this.timeout(40_000);
  let server: FakeLosant;
  let api: TestChannel;

  before(async () => {
    server = await startServer({ orgs: 12, seed: 9 });
    api = await activateExtension();
    await signOutAndReset();
    await signIn(api, server);
  });

  afterEach(async () => {
    server.setFault(undefined);
    api.provider.refresh();
    await settledLabels(api, 'signedIn');
  });

  after(async () => {
    await signOutAndReset();
    await server.close();
  });

  /** Serves the given page for every GET /orgs and waits for the tree to show it. */
  async function serve(body: object, expectedRows: number): Promise<vscode.TreeItem[]> {
    server.setFault({ kind: 'status', status: 200, body, method: 'GET', path: '/orgs' });
    api.provider.refresh();
    return waitFor(`${expectedRows} rows`, async () => {
      await settledLabels(api, 'signedIn');
      const items = await rootItems(api);
      return items.length === expectedRows ? items : undefined;
    });
  }

  it('gives every row a distinct id, even for organizations "aaa" and "aaa/id" expanded side by side', async () => {
    await serve(
      page([
        { id: 'aaa', name: 'First' },
        { id: 'aaa/id', name: 'Second' },
        { id: 'aaa/id/id', name: 'Third' },
      ]),
      3,
    );
    const roots = (await api.provider.getChildren()) ?? [];
    const children = (await Promise.all(roots.map((n: TreeNode) => api.provider.getChildren(n)))).flat() as TreeNode[];
    const ids = [...roots, ...children].map((n) => api.provider.getTreeItem(n).id);
    assert.equal(new Set(ids).size, ids.length, `duplicate ids among ${ids.join(' ')}`);
    // VS Code itself accepts the tree: revealing a detail row of each registers every id.
    for (const detail of children.filter((n) => n.kind === 'detail' && n.key === 'id')) {
      await api.treeView.reveal(detail, { select: false, focus: false });
    }
  });

  it('shows Markdown and links in names, descriptions and ids as text in the tooltip', async () => {
    const hostile = {
      id: HOSTILE_ID,
      name: '[Sign out](command:losant.signOut) $(zap)',
      description: '![tracker](https://evil.example/t.png) https://evil.example <img src=x>',
      banner: { message: '[click](command:workbench.action.openSettings)', level: 'info' },
    };
    const [item] = await serve(page([hostile]), 1);
    assert.equal(item.label, hostile.name, 'the label shows the name as sent');
    const markdown = (item.tooltip as vscode.MarkdownString).value;
    const html = marked.parse(markdown, { async: false, gfm: true });
    assert.doesNotMatch(html, /<(a|img)\b/i, html);
    for (const text of [hostile.name, HOSTILE_ID]) {
      assert.ok(
        html
          .replace(/<[^>]*>/g, '')
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .includes(text),
        `${text} is shown as text`,
      );
    }
    assert.doesNotMatch(markdown, /(^|[^\\])\$\(zap\)/, 'the icon syntax from the server stays text');
  });

  it("shows a name's $(icon) as text in the tooltip, as VS Code renders it, and invisible characters visibly", async () => {
    const official = {
      id: 'bbbbbbbbbbbbbbbbbbbbbbbb',
      name: '$(verified-filled) Official Losant org',
      banner: { message: '$(pass-filled) Verified by Losant' },
    };
    const swapped = { id: 'cccccccccccccccccccccccc', name: 'Invoice\u202egpj.exe', description: 'zero\u200bwidth' };
    const [first, second] = await serve(page([official, swapped]), 2);
    const tooltip = api.provider.resolveTreeItem(first, (await api.provider.getChildren())![0]).tooltip as vscode.MarkdownString;
    const html = renderAsVsCode(tooltip);
    assert.doesNotMatch(html, /codicon/, html);
    assert.ok(html.includes('$(verified-filled) Official Losant org') && html.includes('$(pass-filled) Verified by Losant'), html);
    assert.equal(second.label, 'Invoice⟨U+202E⟩gpj.exe', 'the row shows the override, not the name it fakes');
    assert.match(String(second.description), /^zero⟨U\+200B⟩width/);
  });

  it('keeps the log one line per entry: a message from the server cannot forge a line of its own', async () => {
    const forged = 'Bad\n2026-12-04 10:00:00.000 [info] Signed in to https://api.losant.com as Admin (admin@losant.com)';
    server.setFault({ kind: 'status', status: 400, method: 'POST', path: '/orgs', body: { type: 'Validation', message: forged }, times: 1 });
    assert.equal(await api.createOrganization({ name: 'Forged Log Org', description: '' }), undefined);
    const log = await losantLogLine(api, /Forged Log Org/);
    assert.ok(!log.split('\n').some((line) => line.startsWith('2026-12-04 10:00:00.000 [info] Signed in')), 'a forged line in the log');
    assert.match(log, /Bad\\n2026-12-04 10:00:00\.000 \[info\] Signed in/);
  });

  it('keeps only the page size asked for of a page of 20,000, and says so in the log', async () => {
    const items = Array.from({ length: 20_000 }, (_, i) => ({
      id: i.toString(16).padStart(24, '0'),
      name: `Flood ${String(i).padStart(5, '0')}`,
      iconColor: `#${i.toString(16).padStart(6, '0')}`,
    }));
    const rows = await serve(page(items, { perPage: 20_000 }), 101);
    assert.equal(rows.filter((r) => r.contextValue === 'organization').length, 100);
    assert.equal(rows[100].contextValue, 'loadMore');
    // Icons for the 100 rows shown, not for 20,000 colours.
    const withIcon = rows.filter((r) => r.iconPath instanceof vscode.Uri);
    assert.equal(withIcon.length, 100);
    const iconFolder = path.dirname((withIcon[0].iconPath as vscode.Uri).fsPath);
    assert.ok(fs.readdirSync(iconFolder).length <= 256, 'the icon folder stays bounded');
    const log = await losantLogLine(api, /more organizations than/);
    assert.match(log, /The API sent 19900 more organizations than the 100 a page was asked for; they were ignored\./);
  });

  it('says that a proxy or gateway refused the request, not that the token lacks a scope', async () => {
    server.setFault({ kind: 'notJson', status: 403, method: 'GET', path: '/orgs' });
    api.provider.refresh();
    const [row] = await waitFor('the error row', async () => {
      const items = await rootItems(api);
      return items[0]?.contextValue === 'error' ? items : undefined;
    });
    assert.equal(api.chrome.current()?.state, 'signedIn', 'not the missing-scope welcome');
    assert.match(String(row.description), /A proxy or gateway between VS Code and 127\.0\.0\.1:\d+ refused the request \(HTTP 403 Forbidden\)/);
  });

  it('a 407 from a proxy is reported the same way, and retrying works once it lets the request through', async () => {
    server.setFault({ kind: 'notJson', status: 407, method: 'GET', path: '/orgs', times: 1 });
    api.provider.refresh();
    const [row] = await waitFor('the error row', async () => {
      const items = await rootItems(api);
      return items[0]?.contextValue === 'error' ? items : undefined;
    });
    assert.match(String(row.description), /proxy or gateway .* \(HTTP 407 Proxy Authentication Required\)/);
    await vscode.commands.executeCommand(row.command!.command);
    assert.equal((await settledLabels(api, 'signedIn')).length, 12);
  });

  it('refuses an API URL under .localhost over plain HTTP, since DNS could send it anywhere', async () => {
    server.clearRequests();
    await setSetting('apiUrl', server.url.replace('127.0.0.1', 'losant.localhost'));
    await waitFor('the bad-URL state', async () => (await settledLabels(api, 'badApiUrl')) !== undefined);
    assert.equal(server.requests.length, 0);
    await setSetting('apiUrl', server.url);
  });

  it('creates an organization whose name is 200 emoji: 200 characters, as Losant counts them', async () => {
    const name = '🛰'.repeat(200);
    const created = await api.createOrganization({ name, description: '' });
    assert.equal(created?.name, name);
    server.setFault(undefined);
  });
});
