// The kinds of node in the Organizations tree.
import type { ListedOrganization, LosantApiError, OrgInvite, OrgMember } from '../losant';
import type { InvitationContextValue, MemberContextValue, MembersContextValue } from '../model/orgMembers';
import type { PinnedEntry } from '../model/pinnedOrganizations';

export interface OrganizationNode {
  readonly kind: 'organization';
  readonly org: ListedOrganization;
}

/** The "Pinned" group above the list. */
export interface PinnedGroupNode {
  readonly kind: 'pinnedGroup';
}

/** One pinned organization in the Pinned group (its row in the list is an OrganizationNode). */
export interface PinnedNode {
  readonly kind: 'pinned';
  readonly entry: PinnedEntry;
}

/** One figure or fact of an organization, shown when it is expanded. */
export interface DetailNode {
  readonly kind: 'detail';
  readonly orgId: string;
  /** Under the organization's row in the Pinned group, not in the list. */
  readonly inPinned?: boolean;
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly icon: string;
  readonly tooltip?: string;
}

export interface LoadMoreNode {
  readonly kind: 'loadMore';
  readonly loaded: number;
  readonly total: number;
}

export interface ErrorNode {
  readonly kind: 'error';
  readonly error: LosantApiError;
  /** What a click does: reload the view, or fetch the page that failed again. */
  readonly retry: 'refresh' | 'loadMore';
}

/** A clickable line of guidance, e.g. "Clear Filter" under "No organizations match x*". */
export interface HintNode {
  readonly kind: 'hint';
  readonly id: string;
  readonly label: string;
  readonly icon: string;
  readonly command: string;
}

/** A placeholder with a spinner while an organization is being created. */
export interface CreatingNode {
  readonly kind: 'creating';
  readonly name: string;
}

/** Where a row under an organization is: the organization's id, and whether under its row in the Pinned group. */
interface UnderOrganization {
  readonly orgId: string;
  readonly inPinned?: boolean;
}

/** An organization's members (in place of its Members figure), expandable into them and its pending invitations. */
export interface MembersNode extends UnderOrganization {
  readonly kind: 'members';
  readonly count: number;
  readonly contextValue: MembersContextValue;
}

/** One member, as the listing has them. */
export interface MemberNode extends UnderOrganization {
  readonly kind: 'member';
  readonly member: OrgMember;
  /** The signed-in user's own row. */
  readonly you: boolean;
  readonly contextValue: MemberContextValue;
}

/** "Pending Invitations" under Members: fetched when expanded. */
export interface InvitationsNode extends UnderOrganization {
  readonly kind: 'invitations';
}

export interface InvitationNode extends UnderOrganization {
  readonly kind: 'invitation';
  readonly invite: OrgInvite;
  readonly contextValue: InvitationContextValue;
}

/** The one row under Pending Invitations when there are none to list: none pending, a scope missing (click: sign in again), or a failure (click: try again). */
export interface InvitationsNoteNode extends UnderOrganization {
  readonly kind: 'invitationsNote';
  readonly note: { readonly kind: 'none' } | { readonly kind: 'scope'; readonly scope: string } | { readonly kind: 'error'; readonly error: LosantApiError };
}

export type MembersTreeNode = MembersNode | MemberNode | InvitationsNode | InvitationNode | InvitationsNoteNode;

export type TreeNode = OrganizationNode | PinnedGroupNode | PinnedNode | DetailNode | LoadMoreNode | ErrorNode | HintNode | CreatingNode | MembersTreeNode;

/**
 * The tree item id of a node. Ids are JSON arrays of the node's kind and keys, so no organization
 * id, however odd ("aaa/id", "x\"]"), can produce another node's id; VS Code throws on duplicates.
 */
export function nodeId(node: TreeNode): string {
  switch (node.kind) {
    case 'organization':
      return JSON.stringify([node.kind, node.org.id]);
    case 'detail':
      return JSON.stringify(node.inPinned ? [node.kind, node.orgId, node.key, 'pinned'] : [node.kind, node.orgId, node.key]);
    case 'pinned':
      return JSON.stringify([node.kind, node.entry.pin.id]);
    case 'hint':
      return JSON.stringify([node.kind, node.id]);
    case 'members':
    case 'invitations':
    case 'invitationsNote':
      return JSON.stringify(node.inPinned ? [node.kind, node.orgId, 'pinned'] : [node.kind, node.orgId]);
    case 'member':
      return JSON.stringify(node.inPinned ? [node.kind, node.orgId, node.member.userId, 'pinned'] : [node.kind, node.orgId, node.member.userId]);
    case 'invitation':
      return JSON.stringify(node.inPinned ? [node.kind, node.orgId, node.invite.id, 'pinned'] : [node.kind, node.orgId, node.invite.id]);
    case 'creating':
      return JSON.stringify([node.kind, node.name]);
    case 'loadMore':
    case 'error':
    case 'pinnedGroup':
      return JSON.stringify([node.kind]);
  }
}

/** Every contextValue a tree item can carry; each must be used by a menu `when` clause. */
export const CONTEXT_VALUES = [
  'organization',
  'pinnedOrganization',
  'unavailablePin',
  'organizationDetail',
  'loadMore',
  'error',
  // The user administers the organization (src/model/orgMembers.ts organizationContextValue).
  'organizationAdmin',
  'pinnedOrganizationAdmin',
  'membersManageable',
  'member',
  'memberManageable',
  'ownMember',
  'invitations',
  'invitation',
  'invitationRevocable',
] as const;
