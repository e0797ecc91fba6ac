// The Members part of the tree: under an expanded organization, its Members row (in place of the
// Members figure) lists the members the listing already has, with their roles, and a Pending
// Invitations row fetched when expanded. What each row offers (its contextValue) follows the
// user's role, from the same members. Words and decisions are src/model/orgMembers.ts's.
import * as vscode from 'vscode';
import { asLosantApiError, logEntry, membersOf, type ListedOrganization, type OrgInvite } from '../losant';
import { localize } from '../adapters/localize';
import type { Log } from '../adapters/log';
import type { ClientState } from '../model/clientState';
import { accessTo } from '../model/orgAccess';
import {
  invitationContextValue,
  invitationRowText,
  mayListInvitations,
  memberContextValue,
  memberRowText,
  membersContextValue,
  membersRowText,
  organizationContextValue,
  roleIcon,
  sortedMembers,
} from '../model/orgMembers';
import {
  nodeId,
  type DetailNode,
  type InvitationNode,
  type InvitationsNode,
  type InvitationsNoteNode,
  type MembersNode,
  type MembersTreeNode,
  type TreeNode,
} from './nodes';

/** The command of a Pending Invitations row, and of its note: fetch again (after signing in again when a scope is missing). */
export const REFRESH_INVITATIONS = 'losant.refreshPendingInvitations';

export function isMembersTreeNode(node: TreeNode): node is MembersTreeNode {
  return node.kind === 'members' || node.kind === 'member' || node.kind === 'invitations' || node.kind === 'invitation' || node.kind === 'invitationsNote';
}

export class MembersTree implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  /** Fires with a row to draw again (undefined: the whole tree). */
  readonly onDidChange = this.changed.event;
  /** The signed-in user's id, as of the last drawing of the tree's root. */
  private userId: string | undefined;
  /** Pending Invitations rows by id: the same object each time, so that one can be redrawn alone (VS Code knows rows by object). */
  private readonly invitationsNodes = new Map<string, InvitationsNode>();
  /** The invitations last fetched for each organization: what Revoke Invitation looks one up in. */
  private readonly invites = new Map<string, readonly OrgInvite[]>();

  constructor(
    private readonly clients: { resolve(): Promise<ClientState> },
    private readonly log: Log,
  ) {}

  /** Asks again who is signed in; the root is being drawn, and the rows below it follow. */
  async update(): Promise<void> {
    const state = await this.clients.resolve().catch(() => undefined);
    this.userId = state?.kind === 'ready' ? state.account?.userId : undefined;
  }

  /** The rows under an organization: its details, with the Members figure made the Members row when the listing has its members. */
  rowsUnder(org: ListedOrganization, details: readonly DetailNode[], inPinned: boolean): TreeNode[] {
    if (!Array.isArray(org.members)) return [...details];
    const members = membersOf(org);
    const node: MembersNode = {
      kind: 'members',
      orgId: org.id,
      ...(inPinned ? { inPinned } : {}),
      count: members.length,
      contextValue: membersContextValue(members, this.userId),
    };
    const rows: TreeNode[] = details.filter((d) => d.key !== 'memberCount');
    const at = details.findIndex((d) => d.key === 'memberCount');
    rows.splice(at < 0 ? rows.length : at, 0, node);
    return rows;
  }

  /** The rows under a Members or Pending Invitations row; `org` as listed now (undefined: no longer listed). */
  async children(node: MembersTreeNode, org: ListedOrganization | undefined): Promise<TreeNode[]> {
    if (!org) return [];
    const where = { orgId: org.id, ...(node.inPinned ? { inPinned: true } : {}) };
    if (node.kind === 'members') {
      const members = membersOf(org);
      const rows: TreeNode[] = sortedMembers(members).map((member) => ({
        kind: 'member',
        ...where,
        member,
        you: member.userId === this.userId,
        contextValue: memberContextValue(members, this.userId, member.userId),
      }));
      if (mayListInvitations(members, this.userId)) rows.push(this.invitationsNode(org.id, node.inPinned === true));
      return rows;
    }
    if (node.kind === 'invitations') return this.invitationRows(org, where);
    return [];
  }

  /** The row above one of these rows (reveal needs it); `organization`: the organization's own row. */
  parentOf(node: MembersTreeNode, organization: () => TreeNode | undefined, org: ListedOrganization | undefined): TreeNode | undefined {
    if (node.kind === 'members') return organization();
    if (node.kind === 'member' || node.kind === 'invitations') {
      return org && this.rowsUnder(org, [], node.inPinned === true).find((n) => n.kind === 'members');
    }
    return this.invitationsNode(node.orgId, node.inPinned === true);
  }

  /** An organization's row marked where the user administers it (organizationAdmin). */
  decorate(node: TreeNode, item: vscode.TreeItem): vscode.TreeItem {
    const org = node.kind === 'organization' ? node.org : node.kind === 'pinned' && node.entry.kind === 'available' ? node.entry.org : undefined;
    if (org && (item.contextValue === 'organization' || item.contextValue === 'pinnedOrganization')) {
      item.contextValue = organizationContextValue(item.contextValue, membersOf(org), this.userId);
    }
    return item;
  }

  /** The invitation with this id as last fetched for the organization. */
  findInvite(orgId: string, inviteId: string): OrgInvite | undefined {
    return this.invites.get(orgId)?.find((i) => i.id === inviteId);
  }

  /** The organization's Pending Invitations rows fetch again (after an invitation was sent or revoked). */
  invitationsChanged(orgId: string): void {
    for (const inPinned of [false, true]) {
      const node = this.invitationsNodes.get(nodeId({ kind: 'invitations', orgId, ...(inPinned ? { inPinned } : {}) }));
      if (node) this.changed.fire(node);
    }
  }

  /** Draws the whole tree again: a pinned organization on no loaded page is fetched again with it. */
  redraw(): void {
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.changed.dispose();
  }

  private invitationsNode(orgId: string, inPinned: boolean): InvitationsNode {
    const fresh: InvitationsNode = { kind: 'invitations', orgId, ...(inPinned ? { inPinned } : {}) };
    const id = nodeId(fresh);
    let node = this.invitationsNodes.get(id);
    if (!node) {
      node = fresh;
      this.invitationsNodes.set(id, node);
    }
    return node;
  }

  /** The invitations, or the one row that says why there are none: never an empty row, never an error popup. */
  private async invitationRows(org: ListedOrganization, where: { orgId: string; inPinned?: boolean }): Promise<TreeNode[]> {
    const note = (n: InvitationsNoteNode['note']): InvitationsNoteNode[] => [{ kind: 'invitationsNote', ...where, note: n }];
    try {
      const state = await this.clients.resolve();
      if (state.kind !== 'ready') return [];
      const userId = state.account?.userId;
      const access = accessTo(org, { userId, scopes: state.scopes }, 'pendingInvites');
      if (!access.ok && access.kind === 'scope') return note({ kind: 'scope', scope: access.scope });
      const answer = await state.client.listInvites(org.id);
      for (const problem of answer.skipped) this.log.warn(`Skipped an invitation the API sent: ${logEntry(problem)}.`);
      this.invites.set(org.id, answer.invites);
      if (answer.invites.length === 0) return note({ kind: 'none' });
      const contextValue = invitationContextValue(membersOf(org), userId);
      return answer.invites.map((invite): InvitationNode => ({ kind: 'invitation', ...where, invite, contextValue }));
    } catch (e) {
      const error = asLosantApiError(e);
      this.log.error(`Loading the pending invitations of ${org.id} failed: ${error.message}`);
      return note({ kind: 'error', error });
    }
  }
}

/** How a row of the Members part looks (treeItems.ts adds its id). */
export function membersTreeItem(node: MembersTreeNode): vscode.TreeItem {
  switch (node.kind) {
    case 'members': {
      const text = membersRowText(node.count, localize);
      const item = new vscode.TreeItem(text.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = text.description;
      item.iconPath = new vscode.ThemeIcon('person');
      item.contextValue = node.contextValue;
      return item;
    }
    case 'member': {
      const text = memberRowText(node.member, node.you, localize);
      const item = new vscode.TreeItem(text.label, vscode.TreeItemCollapsibleState.None);
      item.description = text.description;
      item.tooltip = text.tooltip;
      item.iconPath = new vscode.ThemeIcon(roleIcon(node.member.role));
      item.contextValue = node.contextValue;
      item.accessibilityInformation = { label: text.accessibilityLabel };
      return item;
    }
    case 'invitations': {
      const item = new vscode.TreeItem(vscode.l10n.t('Pending Invitations'), vscode.TreeItemCollapsibleState.Collapsed);
      item.iconPath = new vscode.ThemeIcon('mail');
      item.contextValue = 'invitations';
      return item;
    }
    case 'invitation': {
      const text = invitationRowText(node.invite, Date.now(), localize);
      const item = new vscode.TreeItem(text.label, vscode.TreeItemCollapsibleState.None);
      item.description = text.description;
      item.tooltip = text.tooltip;
      item.iconPath = text.expired ? new vscode.ThemeIcon('mail', new vscode.ThemeColor('disabledForeground')) : new vscode.ThemeIcon('mail');
      item.contextValue = node.contextValue;
      item.accessibilityInformation = { label: text.accessibilityLabel };
      return item;
    }
    case 'invitationsNote':
      return noteItem(node);
  }
}

function noteItem(node: InvitationsNoteNode): vscode.TreeItem {
  const { note } = node;
  if (note.kind === 'none') {
    const item = new vscode.TreeItem(vscode.l10n.t('No pending invitations'), vscode.TreeItemCollapsibleState.None);
    item.iconPath = new vscode.ThemeIcon('info');
    return item;
  }
  if (note.kind === 'scope') {
    const item = new vscode.TreeItem(vscode.l10n.t('Sign in again for {0}…', note.scope), vscode.TreeItemCollapsibleState.None);
    item.description = vscode.l10n.t('to see the invitations');
    item.tooltip = vscode.l10n.t(
      'Your token does not have the Losant scope {0}, which listing pending invitations needs. Click to sign in again for a token that has it too.',
      note.scope,
    );
    item.iconPath = new vscode.ThemeIcon('key');
    item.command = { command: REFRESH_INVITATIONS, title: vscode.l10n.t('Sign In Again…'), arguments: [node] };
    return item;
  }
  const why = localize(note.error.text);
  const item = new vscode.TreeItem(vscode.l10n.t('Could not load the pending invitations'), vscode.TreeItemCollapsibleState.None);
  item.description = why;
  item.tooltip = `${why}\n\n${vscode.l10n.t('Click to try again.')}`;
  item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
  item.command = { command: REFRESH_INVITATIONS, title: vscode.l10n.t('Try Again'), arguments: [node] };
  return item;
}
