// What the Members part of the tree says and offers: each member's row (name, email, role, and
// "(you)"), the roles to pick from with what each may do, each invitation's expiry, the questions
// asked before a member is removed, and which actions a row offers (its contextValue), from the
// members the listing already has. Names and emails come from the server: rows are plain text,
// bounded and with invisible characters shown; nothing here is Markdown.
import {
  boundText,
  MEMBER_ROLES,
  revealInvisible,
  text,
  type ListedOrganization,
  type Localize,
  type LosantApiError,
  type MemberRole,
  type OrgInvite,
  type OrgMember,
  type Text,
} from '../losant';
import { formatCount, formatDate } from './organizationDetails';
import { ROLE_NAMES } from './orgAccess';
import { adminCount, canChangeRoleOf, canRemove, orgPermissions } from './orgPermissions';

/** Room for any real name or email in a row; the rest is cut with "…". */
const SHOWN_MAX = 120;

const shown = (s: string, max = SHOWN_MAX): string => revealInvisible(boundText(s, max));

/** What each role may do (Losant's organizations/members.md), for the role pick and the tooltips. */
export const ROLE_ABILITIES: Readonly<Record<MemberRole, Text>> = {
  admin: text('Everything an editor can, and edits the organization, manages its members and invitations, and can delete it'),
  edit: text('Creates, changes and deletes applications and dashboards'),
  collaborate: text('Changes applications and dashboards, but creates none'),
  view: text('Sees everything in the organization and changes nothing'),
  none: text('Sees nothing, unless given a role in one of its applications or dashboards'),
};

/** A codicon per role: the more a role may do, the stronger its sign. */
const ROLE_ICONS: Readonly<Record<MemberRole, string>> = {
  admin: 'shield',
  edit: 'edit',
  collaborate: 'tools',
  view: 'eye',
  none: 'circle-slash',
};

export function roleIcon(role: MemberRole | undefined): string {
  return role ? ROLE_ICONS[role] : 'question';
}

export function roleName(role: MemberRole | undefined, localize: Localize): string {
  return localize(role ? ROLE_NAMES[role] : text('unknown role'));
}

/** Who a member is, in words: first and last name, else the email, else the user id. */
export function memberName(member: OrgMember): string {
  const name = [member.firstName, member.lastName]
    .map((n) => n?.trim() ?? '')
    .filter(Boolean)
    .join(' ');
  return name || member.email?.trim() || member.userId;
}

/** Members as the tree lists them: by role, administrators first, then by name. */
export function sortedMembers(members: readonly OrgMember[]): OrgMember[] {
  const rank = (m: OrgMember): number => (m.role ? MEMBER_ROLES.indexOf(m.role) : MEMBER_ROLES.length);
  return [...members].sort((a, b) => rank(a) - rank(b) || memberName(a).localeCompare(memberName(b)));
}

export interface RowText {
  label: string;
  description: string;
  /** Plain text (never Markdown): it quotes the server. */
  tooltip: string;
  accessibilityLabel: string;
}

/** A member's row: their name ("(you)" on the user's own), their email and role beside it. */
export function memberRowText(member: OrgMember, you: boolean, localize: Localize): RowText {
  const name = shown(memberName(member));
  const label = you ? localize(text('{0} (you)', name)) : name;
  const email = member.email ? shown(member.email) : '';
  const role = roleName(member.role, localize);
  const lines = [label, email, `${role}: ${member.role ? localize(ROLE_ABILITIES[member.role]) : localize(text('a role Losant Explorer does not know'))}`];
  const apps = member.applicationRoles.length;
  const dashboards = member.dashboardRoles.length;
  if (apps + dashboards > 0) {
    lines.push(
      localize(
        text('Also has roles of their own in applications ({0}) and dashboards ({1}): see the Losant web app.', formatCount(apps), formatCount(dashboards)),
      ),
    );
  }
  return {
    label,
    description: [email, role].filter(Boolean).join(' · '),
    tooltip: lines.filter(Boolean).join('\n'),
    accessibilityLabel: [label, email, role].filter(Boolean).join(', '),
  };
}

/** The Members row: the figure it replaces (how many), expandable into the members. */
export function membersRowText(count: number, localize: Localize): { label: string; description: string } {
  return { label: localize(text('Members')), description: formatCount(count) };
}

export interface RolePickItem {
  role: MemberRole;
  label: string;
  /** "current role" on the member's own role. */
  description: string;
  detail: string;
}

/** The roles to choose from, most powerful first, each with what it may do; `current` is marked. */
export function rolePickItems(current: MemberRole | undefined, localize: Localize): RolePickItem[] {
  return MEMBER_ROLES.map((role) => ({
    role,
    label: localize(ROLE_NAMES[role]),
    description: role === current ? localize(text('current role')) : '',
    detail: localize(ROLE_ABILITIES[role]),
  }));
}

/** Losant's invitations last seven days when the answer does not say. */
export const DEFAULT_INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** When an invitation expires (undefined when its date is unknown), and whether it has. Losant's `hasExpired` has the last word. */
export function invitationExpiry(invite: OrgInvite, now: number): { expired: boolean; expiresAt?: number } {
  const sent = invite.inviteDate === undefined ? NaN : Date.parse(invite.inviteDate);
  const expiresAt = Number.isNaN(sent) ? undefined : sent + (invite.ttl ?? DEFAULT_INVITE_TTL_MS);
  const expired = invite.hasExpired ?? (expiresAt !== undefined && expiresAt <= now);
  return expiresAt === undefined ? { expired } : { expired, expiresAt };
}

/** "expires in 5 days", "expires in 3 hours", or "expired"; undefined when Losant gave no date and did not say it expired. */
export function expiryText(invite: OrgInvite, now: number, localize: Localize): string | undefined {
  const { expired, expiresAt } = invitationExpiry(invite, now);
  if (expired) return localize(text('expired'));
  if (expiresAt === undefined) return undefined;
  const left = Math.max(0, expiresAt - now);
  const hours = Math.round(left / HOUR_MS);
  if (hours >= 48) return localize(text('expires in {0} days', Math.round(left / DAY_MS)));
  if (hours >= 2) return localize(text('expires in {0} hours', hours));
  if (hours === 1) return localize(text('expires in 1 hour'));
  return localize(text('expires in under an hour'));
}

/** An invitation's row: the email, the role and when it expires beside it. */
export function invitationRowText(invite: OrgInvite, now: number, localize: Localize): RowText & { expired: boolean } {
  const email = shown(invite.email);
  const role = roleName(invite.role, localize);
  const { expired, expiresAt } = invitationExpiry(invite, now);
  const expiry = expiryText(invite, now, localize);
  const sent = formatDate(invite.inviteDate);
  const lines = [
    sent ? localize(text('Invited {0} as {1} on {2}.', email, role, sent)) : localize(text('Invited {0} as {1}.', email, role)),
    expired
      ? localize(text('The invitation has expired: it can no longer be accepted. Revoke it, or invite them again.'))
      : expiresAt !== undefined
        ? localize(text('It can be accepted until {0}.', new Date(expiresAt).toLocaleString()))
        : '',
  ];
  return {
    label: email,
    description: [role, expiry].filter(Boolean).join(' · '),
    tooltip: lines.filter(Boolean).join('\n'),
    accessibilityLabel: [email, role, expiry].filter(Boolean).join(', '),
    expired,
  };
}

/**
 * What a member's row offers: `ownMember` the user's own (Leave), `memberManageable` another
 * member an administrator may give another role or remove, `member` nothing but copying.
 */
export type MemberContextValue = 'member' | 'memberManageable' | 'ownMember';
/** The Members row: `membersManageable` offers Invite Member; for anyone else it offers nothing. */
export type MembersContextValue = 'membersManageable' | undefined;
/** An invitation's row: `invitationRevocable` offers Revoke Invitation. */
export type InvitationContextValue = 'invitation' | 'invitationRevocable';

/** `userId`: the signed-in user's, undefined when unknown (then no row offers what only a role allows: Losant would decide). */
export function memberContextValue(members: readonly OrgMember[], userId: string | undefined, target: string): MemberContextValue {
  if (userId === undefined) return 'member';
  if (target === userId) return 'ownMember';
  return canChangeRoleOf(members, userId, target) || canRemove(members, userId, target) ? 'memberManageable' : 'member';
}

export function membersContextValue(members: readonly OrgMember[], userId: string | undefined): MembersContextValue {
  return userId !== undefined && orgPermissions(members, userId).canManageMembers ? 'membersManageable' : undefined;
}

export function invitationContextValue(members: readonly OrgMember[], userId: string | undefined): InvitationContextValue {
  return userId !== undefined && orgPermissions(members, userId).canManageMembers ? 'invitationRevocable' : 'invitation';
}

/** Whether the user may see the pending invitations: every role but None; unknown (no user id): Losant decides. */
export function mayListInvitations(members: readonly OrgMember[], userId: string | undefined): boolean {
  return userId === undefined || !members.some((m) => m.userId === userId) || orgPermissions(members, userId).canSeeInvites;
}

/**
 * An organization's row, marked `…Admin` where the user administers it, so that the actions only
 * an administrator may take (Invite Member…) are offered there alone.
 */
export function organizationContextValue(base: 'organization' | 'pinnedOrganization', members: readonly OrgMember[], userId: string | undefined): string {
  return userId !== undefined && orgPermissions(members, userId).role === 'admin' ? `${base}Admin` : base;
}

/** The modal before removing a member: the question naming them and the organization, and what will happen. */
export function removalQuestion(
  org: ListedOrganization,
  member: OrgMember,
  members: readonly OrgMember[],
  localize: Localize,
): { message: string; detail: string } {
  const name = shown(memberName(member));
  const orgName = shown(org.name);
  const message = localize(text('Remove {0} from “{1}”?', name, orgName));
  const lines = [localize(text('{0} loses access to “{1}” and everything in it: its applications, devices, dashboards and data.', name, orgName))];
  if (member.role === 'admin') {
    const others = adminCount(members) - 1;
    lines.push(
      localize(
        others === 1
          ? text('{0} is an administrator: they lose all access, including managing members; “{1}” keeps its one other administrator.', name, orgName)
          : text(
              '{0} is an administrator: they lose all access, including managing members; “{1}” keeps its {2} other administrators.',
              name,
              orgName,
              formatCount(others),
            ),
      ),
    );
  }
  lines.push(localize(text('Only an administrator can invite them again.')));
  return { message, detail: lines.join('\n') };
}

/** The modal before leaving an organization. */
export function leavingQuestion(org: ListedOrganization, localize: Localize): { message: string; detail: string } {
  const orgName = shown(org.name);
  return {
    message: localize(text('Leave “{0}”?', orgName)),
    detail: localize(
      text('You lose access to “{0}” and everything in it, and it leaves your list. Only one of its administrators can invite you again.', orgName),
    ),
  };
}

/** The modal before revoking an invitation. */
export function revokingQuestion(org: ListedOrganization, invite: OrgInvite, localize: Localize): { message: string; detail: string } {
  const email = shown(invite.email);
  return {
    message: localize(text('Revoke the invitation of {0} to “{1}”?', email, shown(org.name))),
    detail: localize(text('The invitation they received will no longer work. You can invite them again later.')),
  };
}

/** Why Losant did not do a member action, in the user's terms, by the kind of failure. */
export function memberFailureReason(error: LosantApiError, localize: Localize): string {
  const says = localize(error.text);
  switch (error.kind) {
    case 'validation':
      return localize(text('Losant refused it: {0}', says));
    case 'forbidden':
      return localize(text('Losant refused it: your role in the organization, or your token, does not allow it ({0}).', says));
    case 'notFound':
      return localize(
        text('Losant no longer has it: the organization, the member or the invitation was removed meanwhile, or you are no longer a member ({0}).', says),
      );
    case 'unauthorized':
      return localize(text('Losant rejected the token ({0}). Sign in again.', says));
    default:
      return says;
  }
}

/** A failure after which Losant may have done it anyway: the request went, its answer did not come back. */
export function answerMayBeLost(error: LosantApiError): boolean {
  return error.kind === 'network' || error.kind === 'timeout';
}

/**
 * The organization as Losant answered a member change, with only the figures the listing asked
 * for: the member routes answer every figure, and one the user left out of the view (payload
 * counts, unless the setting asks for them) should not appear on this row alone.
 */
export function withListedFigures(answered: ListedOrganization, listed: ListedOrganization): ListedOrganization {
  if (!answered.summary || !listed.summary) return listed.summary ? { ...answered, summary: listed.summary } : answered;
  const keep = new Set(Object.keys(listed.summary));
  return { ...answered, summary: Object.fromEntries(Object.entries(answered.summary).filter(([key]) => keep.has(key))) };
}
