// Edit Organization and the agent's update tool in the real VS Code, against the local Losant
// server over real HTTP: the row shows the change in place and stays selected, only the changed
// fields are sent, the door refuses a viewer before anything is sent and asks a password sign-in's
// token for org.patch, a refusal keeps what was typed, and the tool confirms before and after.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { marked } from 'marked';
import type { EditableValues } from '../../src/model/organizationEdit';
import type { TreeNode } from '../../src/tree/nodes';
import type { TestChannel } from '../channel/extension';
import type { FakeLosant, Organization } from '../server/fakeLosant';
import { DEMO_USER } from '../server/users';
import {
  activateExtension,
  issuedTokens,
  losantLogLine,
  losantLogMark,
  rootLabels,
  settledLabels,
  signIn,
  signOutAndReset,
  startServer,
  typedSecrets,
  untilQuiet,
  waitFor,
} from './helpers';

const UPDATE = 'losant_updateOrganization';
const none = new vscode.CancellationTokenSource().token;

function textOf(result: vscode.LanguageModelToolResult): string {
  return result.content.map((p) => (p instanceof vscode.LanguageModelTextPart ? p.value : '')).join('');
}

describe('Edit Organization and the update tool', function () {
  this.timeout(40_000);
  let server: FakeLosant;
  let api: TestChannel;

  const roleOf = (o: Organization) => o.members.find((m) => m.userId === DEMO_USER.id)?.role;
  /** Organizations Dana administers, in the view's order (by name). */
  const administered = () => (server.organizations as Organization[]).filter((o) => roleOf(o) === 'admin').sort((a, b) => a.name.localeCompare(b.name));
  const patches = () => server.requests.filter((r) => r.method === 'PATCH');
  const row = (id: string): TreeNode => {
    const node = api.provider.findOrganization(id);
    assert.ok(node, `the organization ${id} is listed`);
    return node;
  };
  const selectedId = () => {
    const n = api.treeView.selection[0];
    return n?.kind === 'organization' ? n.org.id : undefined;
  };
  const labelOf = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));
  /** The organization's row as VS Code would draw it, and its position among the root rows. */
  const shownRow = async (id: string): Promise<{ index: number; label: string; description: string; icon: string }> => {
    const nodes = (await api.provider.getChildren()) ?? [];
    const index = nodes.findIndex((n) => n.kind === 'organization' && n.org.id === id);
    const item = api.provider.getTreeItem(nodes[index]);
    const icon = item.iconPath instanceof vscode.Uri ? item.iconPath.fsPath : String((item.iconPath as vscode.ThemeIcon | undefined)?.id);
    return { index, label: labelOf(item), description: String(item.description ?? ''), icon };
  };

  before(async () => {
    server = await startServer({ orgs: 30, seed: 21 });
    api = await activateExtension();
    await signOutAndReset();
    await signIn(api, server);
  });

  afterEach(() => server.setFault(undefined));

  after(async () => {
    await signOutAndReset();
    await server.close();
  });

  it('edits all three fields from the row: only they are sent, and the row shows them in place, still selected', async () => {
    const org = administered()[2];
    // The server's own object, which Losant's answer changes: what the form starts with is taken first.
    const start: EditableValues = { name: org.name, description: org.description ?? '', iconColor: org.iconColor ?? '' };
    const before = await shownRow(org.id);
    await api.treeView.reveal(row(org.id), { select: true, focus: true });
    server.clearRequests();
    const run = await api.editOrganization(row(org.id), {
      type: () => ({ name: `${start.name} (edited)`, description: 'Edited in VS Code\nsecond line', iconColor: '#e53935' }),
    });
    assert.deepEqual(run.shown, start, 'the form starts with its values');
    assert.equal(run.org?.name, `${start.name} (edited)`);
    assert.deepEqual(
      patches().map((r) => [r.path, r.body]),
      [[`/orgs/${org.id}`, { name: `${start.name} (edited)`, description: 'Edited in VS Code\nsecond line', iconColor: '#e53935' }]],
    );
    const after = await shownRow(org.id);
    assert.deepEqual(
      { ...after, icon: after.icon.endsWith('org-e53935.svg') },
      { index: before.index, label: `${start.name} (edited)`, description: 'Edited in VS Code', icon: true },
      'same position, new name, first line of the description, an icon of the new color',
    );
    assert.equal(selectedId(), org.id, 'still selected');
  });

  it('sends only what changed; nothing changed sends nothing and says so (from the palette, picking the organization)', async () => {
    const org = administered()[3];
    server.clearRequests();
    const mark = losantLogMark(api);
    const same = await api.editOrganization(undefined, { pick: org, type: (shown) => ({ ...shown }) });
    assert.equal(same.org, undefined);
    assert.deepEqual(patches(), [], 'nothing was sent');
    const recolored = await api.editOrganization(undefined, { pick: org, type: () => ({ iconColor: '#3949ab' }) });
    assert.deepEqual(
      patches().map((r) => r.body),
      [{ iconColor: '#3949ab' }],
    );
    assert.equal(recolored.org?.iconColor, '#3949ab');
    assert.equal(selectedId(), org.id, 'picked from the palette, then selected in the view');
    assert.ok((await shownRow(org.id)).icon.endsWith('org-3949ab.svg'), 'the row wears the new color');
    assert.ok(!server.requests.some((r) => r.method === 'GET' && r.path === '/orgs'), 'a color sorts nothing: the row shows the answer, no reload');
    await losantLogLine(api, /Updated organization [0-9a-f]{24} \(iconColor\)/, mark);
  });

  it('a new name that sorts elsewhere: the list follows Losant’s order, and the row stays selected', async () => {
    const org = administered()[5];
    const run = await api.editOrganization(row(org.id), { type: () => ({ name: '0000 Renamed First' }) });
    assert.equal(run.org?.name, '0000 Renamed First');
    await waitFor('the renamed organization first', async () => ((await rootLabels(api))[0] === '0000 Renamed First' ? true : undefined));
    assert.equal(selectedId(), org.id);
    const labels = (await rootLabels(api)).filter((l) => !l.startsWith('Load more'));
    assert.equal(new Set(labels).size, labels.length, 'no row twice');
    assert.equal(labels.length, server.organizations.length, 'every organization once');
  });

  it('a viewer’s organization: refused with the role sentence before anything is sent, and no form', async () => {
    const viewed = (server.organizations as Organization[]).find((o) => roleOf(o) === 'view')!;
    server.clearRequests();
    const mark = losantLogMark(api);
    const run = await api.editOrganization(row(viewed.id), { type: () => ({ name: 'Not Allowed' }) });
    assert.deepEqual(run, { org: undefined });
    await losantLogLine(api, new RegExp(`Only an administrator of “${escape(viewed.name)}” can edit it\\. Your role there is Viewer\\.`), mark);
    assert.deepEqual(patches(), [], 'no PATCH reached the server');
    assert.notEqual(viewed.name, 'Not Allowed');
  });

  it('Losant refuses (400): the reason is shown, and the next Edit of that organization starts with what was typed', async () => {
    const org = administered()[6];
    const other = administered()[7];
    const original = org.name;
    server.setFault({ kind: 'status', status: 400, method: 'PATCH', body: { type: 'Validation', message: 'organization.name is reserved' }, times: 1 });
    const mark = losantLogMark(api);
    const typed = { name: 'Typed But Refused', description: 'Kept for next time' };
    const refused = await api.editOrganization(row(org.id), { type: () => typed });
    assert.equal(refused.org, undefined);
    await losantLogLine(api, /Losant refused the changes to “.*”: organization\.name is reserved What you typed is kept/, mark);
    assert.equal(org.name, original, 'nothing changed on the server');
    assert.equal((await shownRow(org.id)).label, original, 'the row is as it was');

    const again = await api.editOrganization(row(org.id), { type: () => undefined });
    assert.deepEqual(again.shown, { ...typed, iconColor: org.iconColor ?? '' } satisfies EditableValues, 'starts with what was typed');
    const elsewhere = await api.editOrganization(row(other.id), { type: () => undefined });
    assert.equal(elsewhere.shown?.name, other.name, 'another organization starts with its own values');

    const saved = await api.editOrganization(row(org.id), { type: (shown) => shown });
    assert.equal(saved.org?.name, 'Typed But Refused', 'sent as kept');
    const cleared = await api.editOrganization(row(org.id), { type: () => undefined });
    assert.equal(cleared.shown?.name, 'Typed But Refused', 'after a save the form starts from the organization again');
  });

  describe('a password sign-in’s token (orgs.get, orgs.post, org.get, me.get)', () => {
    before(async () => {
      typedSecrets.add(server.user.password);
      const result = await api.signIn({ email: server.user.email, password: server.user.password });
      assert.equal(result.signedIn, true);
      for (const s of await api.authProvider.getSessions(undefined, {})) issuedTokens.add(s.accessToken);
      await settledLabels(api, 'signedIn');
      await untilQuiet(server);
    });

    after(async () => {
      for (const s of await api.authProvider.getSessions(undefined, {})) issuedTokens.add(s.accessToken);
      await signIn(api, server);
    });

    it('asks to sign in again for org.patch; answering no sends nothing and opens no form', async () => {
      const org = administered()[8];
      server.clearRequests();
      const run = await api.editOrganization(row(org.id), { type: () => ({ name: 'No Scope Yet' }), signInAgain: false });
      assert.match(run.scopeQuestion ?? '', /^Edit Organization needs the Losant scope org\.patch, which your token for .+ does not have\.$/);
      assert.equal(run.shown, undefined);
      assert.deepEqual(server.requests, [], 'nothing sent at all');
    });

    it('answering yes with a password sign-in adds the scope, then the edit is saved', async () => {
      const org = administered()[8];
      server.clearRequests();
      const run = await api.editOrganization(row(org.id), {
        type: () => ({ description: 'Saved after the scope was added' }),
        signInAgain: { email: server.user.email, password: server.user.password },
      });
      assert.match(run.scopeQuestion ?? '', /org\.patch/);
      const signIns = server.requests.filter((r) => r.method === 'POST' && r.path === '/auth/user');
      assert.equal(signIns.length, 1);
      assert.deepEqual(((signIns[0].body as { requestedScopes: string[] }).requestedScopes ?? []).slice().sort(), [
        'me.get',
        'org.get',
        'org.patch',
        'orgs.get',
        'orgs.post',
      ]);
      assert.equal(run.org?.description, 'Saved after the scope was added');
      assert.deepEqual(
        patches().map((r) => r.body),
        [{ description: 'Saved after the scope was added' }],
      );
      await waitFor('the row shows the new description', async () =>
        (await shownRow(org.id)).description === 'Saved after the scope was added' ? true : undefined,
      );
      const next = await api.editOrganization(row(org.id), { type: () => undefined });
      assert.equal(next.scopeQuestion, undefined, 'the token has org.patch now: no question');
      assert.ok(next.shown, 'the form opened');
    });
  });

  describe('the update tool', () => {
    let tool: vscode.LanguageModelTool<unknown>;
    const prepare = async (input: object) => tool.prepareInvocation?.({ input }, none);

    before(() => {
      tool = api.tools.get(UPDATE)!;
      assert.ok(tool, 'registered');
    });

    it('is contributed, and its description says there is no delete, invite or member-removal tool', () => {
      const info = vscode.lm.tools.find((t) => t.name === UPDATE);
      assert.ok(info);
      assert.match(info.description, /no tool to delete an organization, invite someone or remove a member/);
      assert.deepEqual((info.inputSchema as { required: string[] }).required, ['orgId']);
    });

    it('its confirmation shows each changed value before and after, escaped, and preparing sends no change', async () => {
      const org = administered()[9];
      server.clearRequests();
      const prepared = await prepare({ orgId: org.id, name: 'Agent [Renamed](https://evil.example)', description: org.description, iconColor: '#8e24aa' });
      const confirmation = prepared?.confirmationMessages;
      assert.ok(confirmation, 'a confirmation is asked for');
      assert.equal(confirmation.title, 'Change a Losant organization?');
      const html = marked.parse((confirmation.message as vscode.MarkdownString).value, { async: false, gfm: true });
      assert.doesNotMatch(html, /<(a|img)\b/i, html);
      assert.ok(html.includes(`<strong>Name</strong><br>Before: ${org.name}<br>After: Agent [Renamed](https://evil.example)`), html);
      assert.ok(html.includes(`<strong>Icon color</strong><br>Before: ${org.iconColor ?? '<em>(none)</em>'}<br>After: #8e24aa`), html);
      assert.ok(!html.includes('<strong>Description</strong>'), 'an unchanged description is not shown as a change');
      assert.deepEqual(patches(), [], 'preparing changes nothing');
    });

    it('invoked through lm.invokeTool it sends only the confirmed change, and the row shows it', async () => {
      const org = administered()[10];
      const renamed = `${org.name} by agent`;
      server.clearRequests();
      const answer = textOf(
        await vscode.lm.invokeTool(UPDATE, { toolInvocationToken: undefined, input: { orgId: org.id, name: renamed, iconColor: '#8e24aa' } }),
      );
      assert.match(answer, /^Saved the change/);
      assert.deepEqual(
        patches().map((r) => r.body),
        [{ name: renamed, iconColor: '#8e24aa' }],
      );
      await waitFor('the row shows it', async () => ((await shownRow(org.id)).label === renamed ? true : undefined));
    });

    it('sends nothing unconfirmed, nothing for a viewer’s organization, nothing when nothing changes', async () => {
      const org = administered()[11];
      const viewed = (server.organizations as Organization[]).find((o) => roleOf(o) === 'view')!;
      server.clearRequests();
      const direct = textOf((await tool.invoke({ input: { orgId: org.id, name: 'Never Confirmed' }, toolInvocationToken: undefined }, none))!);
      assert.match(direct, /^Nothing was changed: this exact change was not put to the user/);
      assert.equal((await prepare({ orgId: viewed.id, name: 'Viewer Rename' }))?.confirmationMessages, undefined);
      assert.match(
        textOf(await vscode.lm.invokeTool(UPDATE, { toolInvocationToken: undefined, input: { orgId: viewed.id, name: 'Viewer Rename' } })),
        /^Nothing was sent to Losant: Only an administrator/,
      );
      assert.match(
        textOf(await vscode.lm.invokeTool(UPDATE, { toolInvocationToken: undefined, input: { orgId: org.id, name: org.name } })),
        /already has these values/,
      );
      assert.deepEqual(patches(), []);
    });

    it('the get tool tells the agent the members (name, email, role) and the pending invitations', async () => {
      const answer = textOf(await vscode.lm.invokeTool('losant_getOrganization', { toolInvocationToken: undefined, input: { id: administered()[0].id } }));
      const [, json] = answer.split('\n');
      const [org] = (JSON.parse(json) as { organizations: { members: { name: string; email: string; role: string }[]; pendingInvitations: unknown }[] })
        .organizations;
      assert.ok(org.members.some((m) => m.email === DEMO_USER.email && m.role === 'admin' && m.name === `${DEMO_USER.firstName} ${DEMO_USER.lastName}`));
      assert.ok(Array.isArray(org.pendingInvitations), `read with the all.User token: ${JSON.stringify(org.pendingInvitations)}`);
    });
  });
});

/** A name as a literal part of a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
