// Whether the signed-in user may do one thing to one organization, asked before anything is sent:
// first their role in it (from the members the listing already has), then their token's scopes.
// Losant refuses both with the same 403; asking here first lets the user be told which, and, for a
// scope, offered a sign-in that adds it (see src/flows/orgAccess.ts). Unknown scopes (a pasted
// token without claims) are not refused here: Losant decides, and its refusal is shown.
import { membersOf, text, type ListedOrganization, type MemberRole, type OrgMember, type Text } from '../losant';
import { adminCount, canChangeRoleOf, canRemove, missingScopes, orgPermissions, type OrgAction } from './orgPermissions';

/** Who is asking: their Losant user id and their token's scopes, each undefined when unknown. */
export interface Requester {
  userId?: string;
  scopes?: readonly string[];
}

export type Access =
  | { ok: true }
  /** Their role does not allow it (or it would leave the organization without an administrator): the sentences that say why. */
  | { ok: false; kind: 'role'; message: readonly Text[] }
  /** Their token lacks the scope, the narrowest one that would allow it. */
  | { ok: false; kind: 'scope'; scope: string };

/** A role as Losant's web app names it. */
export const ROLE_NAMES: Readonly<Record<MemberRole, Text>> = {
  admin: text('Administrator'),
  edit: text('Editor'),
  collaborate: text('Collaborator'),
  view: text('Viewer'),
  none: text('None'),
};

/** Whole sentences, so a translation can decline the role's name. */
const YOUR_ROLE: Readonly<Record<MemberRole, Text>> = {
  admin: text('Your role there is Administrator.'),
  edit: text('Your role there is Editor.'),
  collaborate: text('Your role there is Collaborator.'),
  view: text('Your role there is Viewer.'),
  none: text('Your role there is None.'),
};

const ADMIN_ONLY: Partial<Record<OrgAction, Text>> = {
  patch: text('Only an administrator of “{0}” can edit it.'),
  delete: text('Only an administrator of “{0}” can delete it.'),
  inviteMember: text('Only an administrator of “{0}” can invite members.'),
  revokeInvite: text('Only an administrator of “{0}” can revoke invitations.'),
  modifyMember: text('Only an administrator of “{0}” can change roles.'),
};

function roleRefusal(org: ListedOrganization, members: readonly OrgMember[], userId: string, action: OrgAction, target?: string): Text[] | undefined {
  const one = (t: Text): Text[] => [t];
  const role = orgPermissions(members, userId).role;
  const adminOnly = ADMIN_ONLY[action];
  if (adminOnly && role !== 'admin') {
    const yours = role ? YOUR_ROLE[role] : text('You are not one of its members.');
    return [text(adminOnly.template, org.name), yours];
  }
  if (action === 'modifyMember' && target !== undefined && !canChangeRoleOf(members, userId, target)) {
    return one(
      target === userId
        ? text('An administrator cannot change their own role. Another administrator of “{0}” can.', org.name)
        : text('That person is no longer a member of “{0}”. Refresh the view.', org.name),
    );
  }
  if (action === 'removeMember' && target !== undefined && !canRemove(members, userId, target)) {
    const subject = members.find((m) => m.userId === target);
    if (!subject) return one(text('That person is no longer a member of “{0}”. Refresh the view.', org.name));
    if (subject.role === 'admin' && adminCount(members) === 1) {
      return one(
        target === userId
          ? text('You are the only administrator of “{0}”, so you cannot leave it. Make another member an administrator first.', org.name)
          : text('They are the only administrator of “{0}”, which must always have one.', org.name),
      );
    }
    return one(text('Only an administrator of “{0}” can remove members.', org.name));
  }
  return undefined;
}

/**
 * Whether `who` may do `action` to `org` (to the member `target` for a role change or a removal,
 * whose own id means leaving). The role is checked only when both the user id and the members are
 * known: otherwise Losant decides.
 */
export function accessTo(org: ListedOrganization, who: Requester, action: OrgAction, target?: string): Access {
  const members = membersOf(org);
  if (who.userId !== undefined && members.length > 0) {
    const message = roleRefusal(org, members, who.userId, action, target);
    if (message) return { ok: false, kind: 'role', message };
  }
  if (who.scopes !== undefined) {
    const [scope] = missingScopes(who.scopes, action);
    if (scope) return { ok: false, kind: 'scope', scope };
  }
  return { ok: true };
}
