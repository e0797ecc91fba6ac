// Who administers the seeded organizations, and who is invited to them. Settled after the random
// draws and without drawing, so every seeded name, id and count drawn stays what it was.
import { createHash } from 'node:crypto';
import { TWO_FACTOR_USER } from './accounts';
import type { Invite } from './invitations';
import type { Organization } from './organization';
import { DEMO_USER, memberFor, type MemberRole } from './users';

/**
 * Losant keeps at least one administrator in every organization. Where the draws gave none (Dana
 * and her colleagues all edit, collaborate or view), Tomasz Wójcik, the two-factor account, is its
 * administrator: so Dana is a viewer in organizations that someone who can sign in administers.
 */
export function withAdministrator(org: Organization): Organization {
  if (org.members.some((m) => m.role === 'admin')) return org;
  org.members.push(memberFor(TWO_FACTOR_USER, 'admin'));
  org.summary.memberCount = org.members.length;
  return org;
}

/** The invitations seeded into one organization: who, as what, and how many days ago. */
interface SeedInvite {
  email: string;
  role: MemberRole;
  daysAgo: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Dana administers it: one invitation still pending, one that expired (older than seven days). */
const ADMIN_ORG_INVITES: readonly SeedInvite[] = [
  { email: 'ingrid.larsen@example.com', role: 'edit', daysAgo: 2 },
  { email: 'marcus.bell@example.com', role: 'view', daysAgo: 9 },
];
/** Dana only views it: she sees the pending invitation and may not revoke it. */
const VIEWER_ORG_INVITES: readonly SeedInvite[] = [{ email: 'ops.lead@example.com', role: 'collaborate', daysAgo: 1 }];

const roleOf = (org: Organization, userId: string): MemberRole | undefined => org.members.find((m) => m.userId === userId)?.role;

/** A stable id per organization and email, so the same invitation keeps its id from run to run. */
function inviteId(orgId: string, email: string): string {
  return createHash('sha1').update(`${orgId}:${email}`).digest('hex').slice(0, 24);
}

/**
 * Invitations dated from `now` (so pending ones are pending whenever the server starts): in the
 * first organization Dana administers with colleagues, and the first one she views.
 */
export function seedInvitations(orgs: readonly Organization[], now: Date): Map<string, Invite[]> {
  const invites = new Map<string, Invite[]>();
  const adminOrg = orgs.find((o) => roleOf(o, DEMO_USER.id) === 'admin' && o.members.length > 1);
  const viewerOrg = orgs.find((o) => roleOf(o, DEMO_USER.id) === 'view');
  for (const [org, seeds] of [
    [adminOrg, ADMIN_ORG_INVITES],
    [viewerOrg, VIEWER_ORG_INVITES],
  ] as const) {
    if (!org) continue;
    invites.set(
      org.id,
      seeds.map((s) => ({
        id: inviteId(org.id, s.email),
        email: s.email,
        role: s.role,
        applicationRoles: [],
        dashboardRoles: [],
        inviteDate: new Date(now.getTime() - s.daysAgo * DAY_MS).toISOString(),
        disallowTransfer: false,
      })),
    );
  }
  return invites;
}
