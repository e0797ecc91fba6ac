// Checks the Org resource's answers against the contract's shapes (org.json, orgInvites.json,
// success.json), as parseOrganizations.ts checks a listing: what cannot be acted on (a member or
// an invitation without a usable id) is skipped with the reason, fields of a wrong type or beyond
// the schema's lengths are dropped, and lists are bounded, so a hostile server cannot flood a view.
import { OBJECT_ID } from './appUrl';
import { unexpectedResponse } from './errors';
import { isJsonObject, type JsonObject } from './json';
import { isMemberRole } from './orgResourceInput';
import type { OrganizationDetail, OrgInvite, OrgInvites, OrgMember, ResourceRole } from './orgResourceTypes';
import { checkOrganization } from './parseOrganizations';
import { characterCount } from './untrustedText';

/** Far beyond any plan's member limit; the rest is counted, not kept. */
export const MAX_MEMBERS = 10_000;
export const MAX_INVITES = 10_000;
/** The schemas' maxItems of applicationRoles and dashboardRoles. */
const MAX_RESOURCE_ROLES = 1000;
/** The schemas' maxLength of names and emails. */
const MAX_NAME = 1024;
const MAX_URL = 2048;

/** A string field within `max` characters, or undefined. */
function boundedString(o: JsonObject, name: string, max: number): string | undefined {
  const value = o[name];
  return typeof value === 'string' && characterCount(value) <= max ? value : undefined;
}

function httpsUrl(o: JsonObject, name: string): string | undefined {
  const value = boundedString(o, name, MAX_URL);
  if (value === undefined) return undefined;
  try {
    return new URL(value).protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** applicationRoles / dashboardRoles: the well-formed entries, at most the schema's 1000. */
function resourceRoles(value: unknown): ResourceRole[] {
  if (!Array.isArray(value)) return [];
  const roles: ResourceRole[] = [];
  for (const item of value.slice(0, MAX_RESOURCE_ROLES)) {
    if (!isJsonObject(item) || typeof item.resourceId !== 'string' || !OBJECT_ID.test(item.resourceId)) continue;
    if (item.role === 'collaborate' || item.role === 'view' || item.role === 'none') roles.push({ resourceId: item.resourceId, role: item.role });
  }
  return roles;
}

/** Copies the optional fields that are what the schema says into `into`. */
function copyNames(from: JsonObject, into: { firstName?: string; lastName?: string; email?: string }): void {
  for (const name of ['firstName', 'lastName', 'email'] as const) {
    const value = boundedString(from, name, MAX_NAME);
    if (value !== undefined) into[name] = value;
  }
}

function checkMember(raw: unknown): { member: OrgMember } | { problem: string } {
  if (!isJsonObject(raw)) return { problem: 'a member is not an object' };
  if (typeof raw.userId !== 'string' || !OBJECT_ID.test(raw.userId)) return { problem: 'a member has no usable user id' };
  const member: OrgMember = { userId: raw.userId, applicationRoles: resourceRoles(raw.applicationRoles), dashboardRoles: resourceRoles(raw.dashboardRoles) };
  if (isMemberRole(raw.role)) member.role = raw.role;
  copyNames(raw, member);
  const avatarUrl = httpsUrl(raw, 'avatarUrl');
  if (avatarUrl !== undefined) member.avatarUrl = avatarUrl;
  return { member };
}

/** Checks an organization answered by GET, PATCH /orgs/{orgId} or the member routes (org.json). */
export function parseOrganizationDetail(body: unknown): OrganizationDetail {
  const r = checkOrganization(body);
  if ('problem' in r) throw unexpectedResponse(`the organization is not usable (${r.problem})`);
  const raw: unknown[] = Array.isArray(r.org.members) ? r.org.members : [];
  const members: OrgMember[] = [];
  const skippedMembers: string[] = [];
  for (const item of raw.slice(0, MAX_MEMBERS)) {
    const m = checkMember(item);
    if ('member' in m) members.push(m.member);
    else skippedMembers.push(m.problem);
  }
  r.org.members = members;
  return { organization: r.org, members, skippedMembers, extraMembers: Math.max(0, raw.length - MAX_MEMBERS) };
}

function checkInvite(raw: unknown): { invite: OrgInvite } | { problem: string } {
  if (!isJsonObject(raw)) return { problem: 'an invitation is not an object' };
  if (typeof raw.id !== 'string' || !OBJECT_ID.test(raw.id)) return { problem: 'an invitation has no usable id' };
  const email = boundedString(raw, 'email', MAX_NAME);
  if (email === undefined) return { problem: `invitation ${raw.id} has no email address` };
  const invite: OrgInvite = { id: raw.id, email, applicationRoles: resourceRoles(raw.applicationRoles), dashboardRoles: resourceRoles(raw.dashboardRoles) };
  if (isMemberRole(raw.role)) invite.role = raw.role;
  if (typeof raw.inviteDate === 'string' && !Number.isNaN(Date.parse(raw.inviteDate))) invite.inviteDate = raw.inviteDate;
  if (typeof raw.ttl === 'number' && Number.isFinite(raw.ttl) && raw.ttl >= 0) invite.ttl = raw.ttl;
  if (typeof raw.hasExpired === 'boolean') invite.hasExpired = raw.hasExpired;
  if (typeof raw.disallowTransfer === 'boolean') invite.disallowTransfer = raw.disallowTransfer;
  return { invite };
}

/** The checked members of an organization as a listing (GET /orgs) answered it: what a role check reads. */
export function membersOf(org: { members?: unknown }): OrgMember[] {
  const raw: unknown[] = Array.isArray(org.members) ? org.members : [];
  return raw.slice(0, MAX_MEMBERS).flatMap((item) => {
    const m = checkMember(item);
    return 'member' in m ? [m.member] : [];
  });
}

/** Checks the answer of the invitation routes (orgInvites.json: an array). */
export function parseInvites(body: unknown): OrgInvites {
  if (!Array.isArray(body)) throw unexpectedResponse('the invitations are not a JSON array');
  const invites: OrgInvite[] = [];
  const skipped: string[] = [];
  for (const item of body.slice(0, MAX_INVITES)) {
    const r = checkInvite(item);
    if ('invite' in r) invites.push(r.invite);
    else skipped.push(r.problem);
  }
  return { invites, skipped, extra: Math.max(0, body.length - MAX_INVITES) };
}

/** Checks DELETE /orgs/{orgId}'s answer (success.json): anything but `{"success": true}` is not a success. */
export function parseSuccess(body: unknown): void {
  if (!isJsonObject(body) || body.success !== true) throw unexpectedResponse('the answer does not say "success": true');
}
