// What a member's role lets them do in an organization (Losant's organizations/members.md): None
// sees nothing, Viewer sees everything and changes nothing, Collaborator and Editor work on
// applications and dashboards, and only an Administrator edits or deletes the organization and
// manages its members and invitations. Any member may leave, except its only administrator.
import { ApiError, forbiddenError, validationError } from './apiResponse';
import type { Organization } from './organization';
import type { Member, MemberRole } from './users';

/** Losant's words when the organization does not exist, or the user is not one of its members. */
export const orgNotFound = (): ApiError => new ApiError(404, 'NotFound', 'Organization was not found');

// Tests may store organizations with odd members (addOrganization); those have no one to find.
const membersOf = (org: Organization): Member[] => (Array.isArray(org.members) ? org.members.filter((m) => typeof m === 'object' && m !== null) : []);

export function memberOf(org: Organization, userId: string): Member | undefined {
  return membersOf(org).find((m) => m.userId === userId);
}

export function adminCount(org: Organization): number {
  return membersOf(org).filter((m) => m.role === 'admin').length;
}

/** 403, as for a missing scope, unless the member's role is one of `roles`. */
export function requireRole(member: Member, roles: readonly MemberRole[]): void {
  if (!roles.includes(member.role)) throw forbiddenError();
}

export const ADMIN_ONLY: readonly MemberRole[] = ['admin'];
/**
 * Who sees the pending invitations. Losant documents that Viewers see everything; whether "None"
 * members see the invitations it does not say, and they see nothing else, so they do not.
 */
export const SEES_INVITES: readonly MemberRole[] = ['admin', 'edit', 'collaborate', 'view'];

/** An organization always keeps an administrator: 400 when a change would leave it none. */
export function keepAnAdministrator(org: Organization, changed: Member, newRole: MemberRole | undefined): void {
  const wasAdmin = changed.role === 'admin';
  if (wasAdmin && newRole !== 'admin' && adminCount(org) === 1) {
    throw validationError('An organization must have at least one administrator');
  }
}
