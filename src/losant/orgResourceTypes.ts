// Types of Losant's Org resource (one organization: edit, delete, members, invitations), from the
// contract (losant-rest's org.json, orgPatch.json, orgInvites.json, orgInvitePost.json).
import type { ListedOrganization, MemberRole } from './types';

/** An organization member's roles, from most to least: what each may do is in src/model/orgPermissions.ts. */
export const MEMBER_ROLES: readonly MemberRole[] = ['admin', 'edit', 'collaborate', 'view', 'none'];

/** A member's (or invitee's) role in one application or dashboard. */
export type ResourceRole = { resourceId: string; role: 'collaborate' | 'view' | 'none' };

/** A member as the client checked it: only the id is sure to be there. */
export type OrgMember = {
  /** 24 hexadecimal characters: the id to change or remove them by. */
  userId: string;
  /** Undefined when the server sent a role this client does not know: it grants nothing here. */
  role?: MemberRole;
  firstName?: string;
  lastName?: string;
  email?: string;
  /** Only an https: URL is kept. */
  avatarUrl?: string;
  applicationRoles: ResourceRole[];
  dashboardRoles: ResourceRole[];
};

/** `GET /orgs/{orgId}` and the routes that answer the organization, after the client's checks. */
export interface OrganizationDetail {
  /** The organization as a listing checks it; its `members` are the checked list below. */
  organization: ListedOrganization;
  members: OrgMember[];
  /** Members dropped, each with the reason (no usable id), and how many beyond the most kept. */
  skippedMembers: string[];
  extraMembers: number;
}

/** A pending (or expired) invitation, after the client's checks. */
export type OrgInvite = {
  /** 24 hexadecimal characters: the id to revoke it by. */
  id: string;
  email: string;
  role?: MemberRole;
  applicationRoles: ResourceRole[];
  dashboardRoles: ResourceRole[];
  inviteDate?: string;
  /** The invitation's lifetime in milliseconds (seven days at Losant). */
  ttl?: number;
  hasExpired?: boolean;
  disallowTransfer?: boolean;
};

/** The answer of the invitation routes (orgInvites.json): the organization's invitations as they now are. */
export interface OrgInvites {
  invites: OrgInvite[];
  /** Invitations dropped, each with the reason, and how many beyond the most kept. */
  skipped: string[];
  extra: number;
}

/** summaryInclude / summaryExclude of the routes that answer an organization. */
export interface OrganizationQuery {
  summaryInclude?: readonly string[];
  summaryExclude?: readonly string[];
}

/** What an administrator edits (orgPatch.json's name, description and icon colour); at least one. */
export interface OrganizationPatch {
  name?: string;
  /** An empty description clears it. */
  description?: string;
  iconColor?: string;
}

/** An invitation to send (orgInvitePost.json's required fields). */
export interface InvitePost {
  email: string;
  role: MemberRole;
}
