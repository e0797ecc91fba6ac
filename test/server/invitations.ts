// The pending invitations of each organization (GET/POST/DELETE /orgs/{orgId}/invites). They live
// beside the organizations, not in them: org.json has no invitations, so GET /orgs never shows them.
import type { MemberRole, ResourceRole } from './users';

/** Losant's invitations expire after seven days; `ttl` is that lifetime in milliseconds. */
export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface Invite {
  id: string;
  email: string;
  role: MemberRole;
  applicationRoles: ResourceRole[];
  dashboardRoles: ResourceRole[];
  inviteDate: string;
  disallowTransfer: boolean;
}

const sameEmail = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export class InviteStore {
  private readonly byOrg = new Map<string, Invite[]>();

  /** The organization's invitations, oldest first, expired ones included (Losant lists them with hasExpired). */
  of(orgId: string): readonly Invite[] {
    return this.byOrg.get(orgId) ?? [];
  }

  /** Adds an invitation; one already sent to the same email is replaced (as sending it again would). */
  add(orgId: string, invite: Invite): void {
    const kept = this.of(orgId).filter((i) => !sameEmail(i.email, invite.email));
    this.byOrg.set(orgId, [...kept, invite]);
  }

  /** Removes one invitation; false when the organization has none with that id. */
  revoke(orgId: string, inviteId: string): boolean {
    const before = this.of(orgId);
    const after = before.filter((i) => i.id !== inviteId);
    this.byOrg.set(orgId, after);
    return after.length < before.length;
  }

  /** Deleting an organization ends its invitations. */
  dropOrganization(orgId: string): void {
    this.byOrg.delete(orgId);
  }

  replaceAll(invites: ReadonlyMap<string, readonly Invite[]>): void {
    this.byOrg.clear();
    for (const [orgId, list] of invites) this.byOrg.set(orgId, [...list]);
  }
}

/** An invitation as the API sends it (orgInvites.json): its lifetime and whether it has run out, at `now`. */
export function inviteBody(invite: Invite, now: Date): Record<string, unknown> {
  const sent = Date.parse(invite.inviteDate);
  return { ...invite, ttl: INVITE_TTL_MS, hasExpired: now.getTime() - sent >= INVITE_TTL_MS };
}
