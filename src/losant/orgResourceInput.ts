// Checks of what is sent to the Org resource (ids, an invitation's email and role, an edit of the
// organization), made before any request: a slip costs no request, and nothing malformed reaches a
// URL. The name and description are checked as Create Organization checks them (orgInput.ts).
import { OBJECT_ID } from './appUrl';
import { EMAIL_MAX, isEmailShaped } from './emailAddress';
import { checkOrganizationDescription, checkOrganizationName } from './orgInput';
import { MEMBER_ROLES, type InvitePost, type OrganizationPatch } from './orgResourceTypes';
import { text, type Text } from './text';
import type { MemberRole } from './types';
import { boundText, characterCount } from './untrustedText';

export const ICON_COLOR_MAX = 64;

const ID_NAMES = {
  organization: 'An organization ID',
  member: "A member's user ID",
  invitation: 'An invitation ID',
} as const;

/** A problem with a Losant id (24 hexadecimal characters) before it goes into a URL, or undefined. */
export function checkObjectId(id: unknown, what: keyof typeof ID_NAMES): Text | undefined {
  if (typeof id === 'string' && OBJECT_ID.test(id)) return undefined;
  return text('{0} is 24 hexadecimal characters (0-9, a-f); this one is not.', ID_NAMES[what]);
}

export function isMemberRole(role: unknown): role is MemberRole {
  return typeof role === 'string' && (MEMBER_ROLES as readonly string[]).includes(role);
}

export function checkMemberRole(role: unknown): Text | undefined {
  if (isMemberRole(role)) return undefined;
  const shown = typeof role === 'string' ? JSON.stringify(boundText(role, 40)) : typeof role;
  return text('{0} is not a Losant role; the roles are admin, edit, collaborate, view and none.', shown);
}

/** The first problem with the email address to invite, or undefined when it is fine. */
export function checkInviteEmail(email: string): Text | undefined {
  const trimmed = email.trim();
  if (trimmed === '') return text('Enter the email address of the person to invite.');
  const length = characterCount(trimmed);
  if (length > EMAIL_MAX) return text('The email address is {0} characters long; the most Losant allows is {1}.', length, EMAIL_MAX);
  if (!isEmailShaped(trimmed)) return text('Enter a whole email address, such as name@example.com.');
  return undefined;
}

export function checkIconColor(color: string): Text | undefined {
  const length = characterCount(color);
  if (length > ICON_COLOR_MAX) return text('The icon color is {0} characters long; the most Losant allows is {1}.', length, ICON_COLOR_MAX);
  return undefined;
}

/**
 * The body of PATCH /orgs/{orgId} for an edit, or its first problem. Only the three fields are
 * sent (orgPatch.json allows no others); the name is trimmed, as Create Organization sends it.
 */
export function organizationPatchBody(patch: OrganizationPatch): { body: OrganizationPatch } | { problem: Text } {
  const body: OrganizationPatch = {};
  if (patch.name !== undefined) {
    const problem = typeof patch.name === 'string' ? checkOrganizationName(patch.name) : text('The name must be text.');
    if (problem) return { problem };
    body.name = patch.name.trim();
  }
  if (patch.description !== undefined) {
    const problem = typeof patch.description === 'string' ? checkOrganizationDescription(patch.description) : text('The description must be text.');
    if (problem) return { problem };
    body.description = patch.description;
  }
  if (patch.iconColor !== undefined) {
    const problem = typeof patch.iconColor === 'string' ? checkIconColor(patch.iconColor) : text('The icon color must be text.');
    if (problem) return { problem };
    body.iconColor = patch.iconColor;
  }
  if (Object.keys(body).length === 0) return { problem: text('Nothing to change: give a new name, description or icon color.') };
  return { body };
}

/** The body of POST /orgs/{orgId}/invites, or its first problem; the email is trimmed. */
export function invitePostBody(invite: InvitePost): { body: InvitePost } | { problem: Text } {
  const problem = (typeof invite.email === 'string' ? checkInviteEmail(invite.email) : text('The email address must be text.')) ?? checkMemberRole(invite.role);
  if (problem) return { problem };
  return { body: { email: invite.email.trim(), role: invite.role } };
}
