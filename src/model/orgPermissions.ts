// What the signed-in user may do in one organization: by their role in it (Losant's
// organizations/members.md), and by their token's scopes (losant-rest's lib/api/org.js). Losant
// refuses both with the same 403, so a UI asks here first which one is missing, and says so.
import type { MemberRole, OrgMember } from '../losant';
import { coversScopes } from './sessions';

/** Losant's names of the Org resource's actions; each has its own scope, `org.<action>`. Leaving is removeMember. */
export type OrgAction = 'get' | 'patch' | 'delete' | 'pendingInvites' | 'inviteMember' | 'revokeInvite' | 'modifyMember' | 'removeMember';

export const ORG_ACTIONS: readonly OrgAction[] = ['get', 'patch', 'delete', 'pendingInvites', 'inviteMember', 'revokeInvite', 'modifyMember', 'removeMember'];

const READ_ACTIONS: ReadonlySet<OrgAction> = new Set(['get', 'pendingInvites']);

/** The scopes each of which alone allows the action: the organization-wide ones, the user's, `org.*` and its own. */
export function scopesAllowing(action: OrgAction): readonly string[] {
  const scopes = ['all.Organization', 'all.User', 'org.*', `org.${action}`];
  return READ_ACTIONS.has(action) ? [...scopes, 'all.Organization.read', 'all.User.read'] : scopes;
}

/**
 * What the token lacks for the action: nothing when one of its scopes allows it, else the one
 * scope to add, the narrowest that would (`org.patch`…).
 */
export function missingScopes(tokenScopes: readonly string[], action: OrgAction): string[] {
  const own = `org.${action}`;
  // coversScopes knows all.User, `org.*` and all.User.read's reads; the rest is the Org resource's own.
  if (coversScopes(tokenScopes, [own]) || scopesAllowing(action).some((s) => tokenScopes.includes(s))) return [];
  return [own];
}

export interface OrgPermissions {
  /** The user's role; undefined when they are not a member (or have a role this client does not know). */
  role: MemberRole | undefined;
  /** Name, description, icon colour. */
  canEdit: boolean;
  canDelete: boolean;
  /** Invite, revoke invitations, change roles, remove members. */
  canManageMembers: boolean;
  /** See the pending invitations: every role but None (the local server's reading; Losant does not say). */
  canSeeInvites: boolean;
  /** Any member may leave, except the organization's only administrator. */
  canLeave: boolean;
}

const roleOf = (members: readonly OrgMember[], userId: string): MemberRole | undefined => members.find((m) => m.userId === userId)?.role;

export function adminCount(members: readonly OrgMember[]): number {
  return members.filter((m) => m.role === 'admin').length;
}

/** What the user `userId` may do, from the organization's (checked) members. */
export function orgPermissions(members: readonly OrgMember[], userId: string): OrgPermissions {
  const isMember = members.some((m) => m.userId === userId);
  const role = roleOf(members, userId);
  const admin = role === 'admin';
  return {
    role,
    canEdit: admin,
    canDelete: admin,
    canManageMembers: admin,
    canSeeInvites: role !== undefined && role !== 'none',
    canLeave: isMember && !(admin && adminCount(members) === 1),
  };
}

/** Whether the user may give `targetUserId` another role: an administrator may, for anyone but themselves. */
export function canChangeRoleOf(members: readonly OrgMember[], userId: string, targetUserId: string): boolean {
  return roleOf(members, userId) === 'admin' && targetUserId !== userId && members.some((m) => m.userId === targetUserId);
}

/**
 * Whether the user may remove `targetUserId`: an administrator anyone, anyone themselves (leaving),
 * but never the only administrator, whom the organization cannot lose.
 */
export function canRemove(members: readonly OrgMember[], userId: string, targetUserId: string): boolean {
  const target = members.find((m) => m.userId === targetUserId);
  if (!target || (target.role === 'admin' && adminCount(members) === 1)) return false;
  return targetUserId === userId || roleOf(members, userId) === 'admin';
}
