// Members and invitations in the real VS Code, against the local Losant server: the Members row
// under an organization with each member's role and "(you)", Pending Invitations fetched when
// expanded, and Invite, Change Role, Remove, Revoke and Leave as a person answers them (through the
// test channel), each checked on the server and in the tree; what a viewer is offered and refused;
// and the row that offers to sign in again when a password sign-in's token lacks the scope.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MemberAnswers, TestChannel } from '../channel/extension';
import { LosantClient, type MemberRole } from '../../src/losant';
import type { FakeLosant } from '../server/fakeLosant';
import { COLLEAGUES, memberFor } from '../server/users';
import type { OrganizationNode, TreeNode } from '../../src/tree/nodes';
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

interface ServedOrg {
  id: string;
  name: string;
  members: { userId: string; role: MemberRole }[];
}

const [PRIYA, TOMAS, MEI, OLUSEGUN] = COLLEAGUES;

describe('Members and invitations', function () {
  this.timeout(30_000);
  let server: FakeLosant;
  let api: TestChannel;
  let asAdmin: LosantClient;
  let lab: ServedOrg;
  let solo: ServedOrg;
  let viewed: ServedOrg;

  const served = (id: string): ServedOrg => (server.organizations as ServedOrg[]).find((o) => o.id === id)!;
  const item = (n: TreeNode): vscode.TreeItem => api.provider.getTreeItem(n);
  const label = (n: TreeNode): string => String(item(n).label);
  const sent = (method: string, path: string) => server.requests.filter((r) => r.method === method && r.path === path);

  const orgNode = async (id: string): Promise<OrganizationNode> =>
    waitFor(`the row of ${id}`, async () =>
      ((await api.provider.getChildren()) ?? []).find((n): n is OrganizationNode => n.kind === 'organization' && n.org.id === id),
    );
  const membersNode = async (id: string): Promise<TreeNode> => ((await api.provider.getChildren(await orgNode(id))) ?? []).find((n) => n.kind === 'members')!;
  const underMembers = async (id: string): Promise<TreeNode[]> => (await api.provider.getChildren(await membersNode(id))) ?? [];
  const invitationsNode = async (id: string): Promise<TreeNode> => (await underMembers(id)).find((n) => n.kind === 'invitations')!;
  const underInvitations = async (id: string): Promise<TreeNode[]> => (await api.provider.getChildren(await invitationsNode(id))) ?? [];
  const memberRow = async (id: string, name: string): Promise<TreeNode> =>
    (await underMembers(id)).find((n) => n.kind === 'member' && label(n).startsWith(name))!;
  const rows = async (nodes: Promise<TreeNode[]>): Promise<string[]> => (await nodes).map((n) => `${label(n)} | ${item(n).description ?? ''}`);

  before(async () => {
    server = await startServer({ orgs: 4, seed: 20 });
    const dana = server.user;
    const tomasz = server.accounts.twoFactor;
    lab = server.addOrganization({
      name: 'AAA Members Lab',
      members: [
        memberFor(dana, 'admin'),
        memberFor(tomasz, 'admin'),
        memberFor(OLUSEGUN, 'admin'),
        memberFor(PRIYA, 'edit'),
        memberFor(TOMAS, 'collaborate'),
        memberFor(MEI, 'view'),
      ],
    }) as ServedOrg;
    solo = server.addOrganization({ name: 'AAB Solo Admin', members: [memberFor(dana, 'admin'), memberFor(PRIYA, 'view')] }) as ServedOrg;
    viewed = server.addOrganization({
      name: 'AAC Viewed Only',
      members: [memberFor(tomasz, 'admin'), memberFor(dana, 'view'), memberFor(MEI, 'edit')],
    }) as ServedOrg;
    asAdmin = new LosantClient({ apiUrl: server.url, token: server.tokens.all });
    const asTomasz = new LosantClient({ apiUrl: server.url, token: server.signToken({ scope: ['all.User'], userId: tomasz.id }) });
    await asTomasz.inviteMember(viewed.id, { email: 'ops.lead@example.com', role: 'collaborate' });
    await asAdmin.inviteMember(solo.id, { email: 'auditor@example.com', role: 'view' });
    api = await activateExtension();
    await signOutAndReset();
    await signIn(api, server);
  });

  after(async () => {
    server.setFault(undefined);
    await signOutAndReset();
    await server.close();
  });

  it("lists an administered organization's members with their roles and (you), in place of the Members figure, with what each row offers", async () => {
    assert.equal(item(await orgNode(lab.id)).contextValue, 'organizationAdmin', 'the row offers what an administrator may do');
    const members = await membersNode(lab.id);
    assert.deepEqual([label(members), item(members).description, item(members).contextValue], ['Members', '6', 'membersManageable']);
    assert.equal(item(members).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    const details = ((await api.provider.getChildren(await orgNode(lab.id))) ?? []).map(label);
    assert.equal(details.filter((l) => l === 'Members').length, 1, 'the figure is not shown twice');
    const under = await underMembers(lab.id);
    assert.deepEqual(
      under.map((n) => [label(n), item(n).description, item(n).contextValue, (item(n).iconPath as vscode.ThemeIcon).id]),
      [
        ['Dana Rivera (you)', 'demo@losant-explorer.test · Administrator', 'ownMember', 'shield'],
        ['Olusegun Adeyemi', 'olusegun.adeyemi@example.com · Administrator', 'memberManageable', 'shield'],
        ['Tomasz Wójcik', 'two-factor@losant-explorer.test · Administrator', 'memberManageable', 'shield'],
        ['Priya Natarajan', 'priya.natarajan@example.com · Editor', 'memberManageable', 'edit'],
        ['Tomás García', 'tomas.garcia@example.com · Collaborator', 'memberManageable', 'tools'],
        ['Mei Chen', 'mei.chen@example.com · Viewer', 'memberManageable', 'eye'],
        ['Pending Invitations', undefined, 'invitations', 'mail'],
      ],
    );
    assert.equal(new Set(under.map((n) => item(n).id)).size, under.length, 'unique ids');
    server.clearRequests();
    assert.deepEqual(await rows(underInvitations(lab.id)), ['No pending invitations | ']);
    assert.equal(sent('GET', `/orgs/${lab.id}/invites`).length, 1, 'fetched when expanded');
  });

  it('Invite Member: the invitation shows under Pending Invitations and on the server; a failure keeps what was typed', async () => {
    server.setFault({ kind: 'status', status: 500, method: 'POST', path: `/orgs/${lab.id}/invites`, times: 1 });
    const typed: MemberAnswers = { invite: () => ({ email: ' ingrid.larsen@example.com ', role: 'edit' }) };
    assert.equal(await api.members.invite(await membersNode(lab.id), typed), undefined);
    let openedWith: unknown;
    const redrawn: unknown[] = [];
    const watching = api.provider.onDidChangeTreeData((node) => redrawn.push(node));
    const answer = await api.members.invite(await orgNode(lab.id), {
      invite: (draft) => {
        openedWith = { ...draft };
        return { ...draft };
      },
    });
    assert.deepEqual(openedWith, { email: ' ingrid.larsen@example.com ', role: 'edit' }, 'the form opens with what was typed');
    watching.dispose();
    assert.ok(redrawn.includes(await invitationsNode(lab.id)), 'the Pending Invitations row is drawn again');
    assert.ok(answer?.some((i) => i.email === 'ingrid.larsen@example.com'));
    const onServer = await asAdmin.listInvites(lab.id);
    assert.deepEqual(
      onServer.invites.map((i) => [i.email, i.role]),
      [['ingrid.larsen@example.com', 'edit']],
    );
    assert.deepEqual(await rows(underInvitations(lab.id)), ['ingrid.larsen@example.com | Editor · expires in 7 days']);
    assert.equal((await underInvitations(lab.id)).map((n) => item(n).contextValue)[0], 'invitationRevocable');
  });

  it('Invite Member: a member’s email is refused before sending; a lost answer is checked, not sent twice', async () => {
    server.clearRequests();
    let problem: string | undefined;
    assert.equal(
      await api.members.invite(await membersNode(lab.id), {
        invite: (_draft, check) => {
          problem = check('Priya.Natarajan@example.com');
          return { email: 'Priya.Natarajan@example.com', role: 'view' };
        },
      }),
      undefined,
    );
    assert.equal(problem, 'Priya.Natarajan@example.com is already a member of “AAA Members Lab”.');
    assert.equal(sent('POST', `/orgs/${lab.id}/invites`).length, 0);

    server.setFault({ kind: 'drop', when: 'afterAction', method: 'POST', path: `/orgs/${lab.id}/invites`, times: 1 });
    const answer = await api.members.invite(await membersNode(lab.id), { invite: () => ({ email: 'noah.williams@example.com', role: 'view' }) });
    assert.ok(
      answer?.some((i) => i.email === 'noah.williams@example.com'),
      'Losant was asked, and had done it',
    );
    assert.equal(sent('POST', `/orgs/${lab.id}/invites`).length, 1, 'sent once');
  });

  it("Change Role: the member's row shows the new role, in place, and the server has it; an administrator's own role is refused unsent", async () => {
    const position = (await rootLabels(api)).indexOf(lab.name);
    let current: MemberRole | undefined;
    let redrawn = 0;
    const watching = api.provider.onDidChangeTreeData((node) => (redrawn += node === undefined ? 1 : 0));
    const org = await api.members.changeRole(await memberRow(lab.id, 'Priya'), {
      role: (c) => {
        current = c;
        return 'view';
      },
    });
    assert.equal(current, 'edit', 'the pick marks the current role');
    watching.dispose();
    assert.ok(redrawn > 0, 'the tree is drawn again with Losant’s answer');
    assert.ok(org);
    assert.equal(served(lab.id).members.find((m) => m.userId === PRIYA.id)?.role, 'view');
    assert.equal(item(await memberRow(lab.id, 'Priya')).description, 'priya.natarajan@example.com · Viewer');
    assert.equal((await rootLabels(api)).indexOf(lab.name), position, 'the row stays where it was');

    server.clearRequests();
    const mark = losantLogMark(api);
    assert.equal(await api.members.changeRole(await memberRow(lab.id, 'Dana'), { role: () => 'edit' }), undefined);
    await losantLogLine(api, /An administrator cannot change their own role/, mark);
    assert.equal(sent('PATCH', `/orgs/${lab.id}/member`).length, 0);
  });

  it('Remove Member: the modal names the person, the organization and, for an administrator, what happens; No sends nothing', async () => {
    server.clearRequests();
    assert.equal(await api.members.remove(await memberRow(lab.id, 'Tomás'), { confirm: () => false }), false);
    assert.equal(sent('DELETE', `/orgs/${lab.id}/member`).length, 0);

    const asked: string[] = [];
    const removed = await api.members.remove(await memberRow(lab.id, 'Tomasz'), {
      confirm: (message, action, detail) => {
        asked.push(message, action, detail);
        return true;
      },
    });
    assert.equal(removed, true);
    assert.equal(asked[0], 'Remove Tomasz Wójcik from “AAA Members Lab”?');
    assert.equal(asked[1], 'Remove');
    assert.match(
      asked[2],
      /Tomasz Wójcik is an administrator: they lose all access, including managing members; “AAA Members Lab” keeps its 2 other administrators\./,
    );
    assert.ok(!served(lab.id).members.some((m) => m.userId === server.accounts.twoFactor.id), 'gone on the server');
    assert.ok(!(await underMembers(lab.id)).some((n) => label(n).startsWith('Tomasz')), 'gone from the tree');
    assert.equal(item(await membersNode(lab.id)).description, '5');
  });

  it('Revoke Invitation: after a modal naming the email, gone on the server and under Pending Invitations', async () => {
    const row = (await underInvitations(lab.id)).find((n) => label(n) === 'ingrid.larsen@example.com')!;
    let question = '';
    const redrawn: unknown[] = [];
    const watching = api.provider.onDidChangeTreeData((node) => redrawn.push(node));
    assert.equal(
      await api.members.revoke(row, {
        confirm: (message) => {
          question = message;
          return true;
        },
      }),
      true,
    );
    assert.equal(question, 'Revoke the invitation of ingrid.larsen@example.com to “AAA Members Lab”?');
    watching.dispose();
    assert.ok(redrawn.includes(await invitationsNode(lab.id)), 'the Pending Invitations row is drawn again');
    assert.ok(!(await asAdmin.listInvites(lab.id)).invites.some((i) => i.email === 'ingrid.larsen@example.com'));
    assert.deepEqual(await rows(underInvitations(lab.id)), ['noah.williams@example.com | Viewer · expires in 7 days']);
  });

  it("a viewer's organization offers nothing to manage, and the commands from the palette are refused before sending", async () => {
    assert.equal(item(await orgNode(viewed.id)).contextValue, 'organization');
    assert.equal(item(await membersNode(viewed.id)).contextValue, undefined, 'no Invite Member');
    const under = await underMembers(viewed.id);
    assert.deepEqual(
      under.map((n) => [label(n), item(n).contextValue]),
      [
        ['Tomasz Wójcik', 'member'],
        ['Mei Chen', 'member'],
        ['Dana Rivera (you)', 'ownMember'],
        ['Pending Invitations', 'invitations'],
      ],
    );
    const invitations = await underInvitations(viewed.id);
    assert.deepEqual(
      invitations.map((n) => [label(n), item(n).description, item(n).contextValue]),
      [['ops.lead@example.com', 'Collaborator · expires in 7 days', 'invitation']],
    );

    server.clearRequests();
    const mark = losantLogMark(api);
    assert.equal(await vscode.commands.executeCommand('losant.inviteMember', await orgNode(viewed.id)), undefined);
    await losantLogLine(api, /Only an administrator of “AAC Viewed Only” can invite members\. Your role there is Viewer\./, mark);
    await vscode.commands.executeCommand('losant.changeMemberRole', under[1]);
    await losantLogLine(api, /Only an administrator of “AAC Viewed Only” can change roles\./, mark);
    await vscode.commands.executeCommand('losant.removeMember', under[1]);
    await losantLogLine(api, /Only an administrator of “AAC Viewed Only” can remove members\./, mark);
    await vscode.commands.executeCommand('losant.revokeInvitation', invitations[0]);
    await losantLogLine(api, /Only an administrator of “AAC Viewed Only” can revoke invitations\./, mark);
    assert.deepEqual(
      server.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`),
      [],
      'nothing was sent',
    );
  });

  it('a failure to list the invitations is a row that says why and tries again when clicked, never an empty list', async () => {
    server.setFault({ kind: 'status', status: 500, method: 'GET', path: `/orgs/${solo.id}/invites` });
    const [failed] = await underInvitations(solo.id);
    assert.equal(label(failed), 'Could not load the pending invitations');
    const command = item(failed).command!;
    assert.equal(command.title, 'Try Again');
    server.setFault(undefined);
    assert.equal(await vscode.commands.executeCommand(command.command, ...(command.arguments ?? [])), true);
    assert.deepEqual(await rows(underInvitations(solo.id)), ['auditor@example.com | Viewer · expires in 7 days']);
  });

  it('Leave Organization: the only administrator is told before anything is sent', async () => {
    server.clearRequests();
    const mark = losantLogMark(api);
    let asked = false;
    const left = await api.members.leave(await orgNode(solo.id), {
      confirm: () => {
        asked = true;
        return true;
      },
    });
    assert.equal(left, false);
    await losantLogLine(api, /You are the only administrator of “AAB Solo Admin”, so you cannot leave it\. Make another member an administrator first\./, mark);
    assert.equal(asked, false, 'not asked to confirm what cannot be done');
    assert.equal(sent('DELETE', `/orgs/${solo.id}/member`).length, 0);
  });

  it('Leave Organization: from her own member row, where another administrator stays; the organization leaves the list', async () => {
    let question = '';
    const left = await api.members.leave(await memberRow(lab.id, 'Dana'), {
      confirm: (message) => {
        question = message;
        return true;
      },
    });
    assert.equal(left, true);
    assert.equal(question, 'Leave “AAA Members Lab”?');
    assert.ok(!served(lab.id).members.some((m) => m.userId === server.user.id), 'no longer a member on the server');
    await waitFor('the organization gone from the list', async () => ((await rootLabels(api)).includes(lab.name) ? undefined : true));
    await untilQuiet(server);
  });

  it("a password sign-in's token lacks org.pendingInvites: one row names it and signs in again for it when clicked", async () => {
    const password = server.user.password;
    typedSecrets.add(password);
    const result = await api.signIn({ email: server.user.email, password });
    assert.equal(result.signedIn, true);
    for (const s of await api.authProvider.getSessions(undefined, {})) issuedTokens.add(s.accessToken);
    await settledLabels(api, 'signedIn');
    await untilQuiet(server);
    server.clearRequests();
    const [note] = await underInvitations(solo.id);
    assert.equal(label(note), 'Sign in again for org.pendingInvites…');
    assert.match(String(item(note).tooltip), /does not have the Losant scope org\.pendingInvites/);
    assert.equal(item(note).command?.command, 'losant.refreshPendingInvitations');
    assert.equal(sent('GET', `/orgs/${solo.id}/invites`).length, 0, 'not asked of Losant without the scope');

    assert.equal(await api.members.refreshInvitations(note, { signInAgainAs: { email: server.user.email, password } }), true);
    for (const s of await api.authProvider.getSessions(undefined, {})) issuedTokens.add(s.accessToken);
    const signIn = server.requests.filter((r) => r.method === 'POST' && r.path === '/auth/user').at(-1);
    assert.deepEqual((signIn?.body as { requestedScopes?: string[] }).requestedScopes, ['orgs.get', 'orgs.post', 'org.get', 'me.get', 'org.pendingInvites']);
    await settledLabels(api, 'signedIn');
    const listed = await waitFor('the invitations listed', async () => {
      const shown = await rows(underInvitations(solo.id));
      return shown[0]?.startsWith('auditor@') ? shown : undefined;
    });
    assert.deepEqual(listed, ['auditor@example.com | Viewer · expires in 7 days']);
  });
});
