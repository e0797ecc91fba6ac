// Members and invitations from the tree: Invite Member…, Change Role…, Remove Member…, Leave
// Organization, Revoke Invitation, and the Pending Invitations row's Refresh (or Sign In Again).
// Each looks the organization, the member or the invitation up by id in what the view lists (a
// row handed over by another extension names at most something the view shows, never data of its
// own), goes through the door (clientForAction: signed in, a role that allows it, the scope), asks
// the person, and only then sends. A lost answer is checked with Losant before anything is claimed.
import * as vscode from 'vscode';
import { asLosantApiError, invitePostBody, membersOf, type ListedOrganization, type MemberRole, type OrgInvite, type OrgMember } from '../losant';
import { localize } from '../adapters/localize';
import { askModal, showError, showInfo, showProgress, showStatus, type MessageAction } from '../adapters/messages';
import {
  answerMayBeLost,
  leavingQuestion,
  memberFailureReason,
  memberName,
  removalQuestion,
  revokingQuestion,
  roleName,
  withListedFigures,
} from '../model/orgMembers';
import type { CommandContext, Commands } from '../flows/commandContext';
import { askForInvite, pickRole, type InviteDraft } from '../flows/memberForm';
import { clientForAction, type AccessPrompts } from '../flows/orgAccess';
import type { TreeNode } from '../tree/nodes';
import { REFRESH_INVITATIONS } from '../tree/membersTree';
import { targetId } from './organizationActions';

/** What the member commands ask the person: the door's questions, the invitation form, a role, and a yes to a modal. */
export interface MemberPrompts {
  access?: AccessPrompts;
  askForInvite: typeof askForInvite;
  pickRole: typeof pickRole;
  /** A modal naming what will happen; true only when the person picks `action`. */
  confirm: (message: string, action: string, detail: string) => Promise<boolean>;
}

const PERSON: MemberPrompts = { askForInvite, pickRole, confirm: askModal };

export interface MemberFlows {
  invite(context: CommandContext, node?: unknown, prompts?: MemberPrompts): Promise<readonly OrgInvite[] | undefined>;
  changeRole(context: CommandContext, node?: unknown, prompts?: MemberPrompts): Promise<ListedOrganization | undefined>;
  remove(context: CommandContext, node?: unknown, prompts?: MemberPrompts): Promise<boolean>;
  leave(context: CommandContext, node?: unknown, prompts?: MemberPrompts): Promise<boolean>;
  revoke(context: CommandContext, node?: unknown, prompts?: MemberPrompts): Promise<boolean>;
  /** Pending Invitations fetched again, after signing in again when the token lacks the scope. True when they are being fetched. */
  refreshInvitations(context: CommandContext, node?: unknown, prompts?: MemberPrompts): Promise<boolean>;
  commands: Commands;
}

/** The organization id a row stands for: an organization's row, a detail, or any row under Members. */
function orgIdOf(n: unknown): string | undefined {
  const id = targetId(n);
  if (id !== undefined || typeof n !== 'object' || n === null) return id;
  const { kind, orgId } = n as { kind?: unknown; orgId?: unknown };
  const under = kind === 'members' || kind === 'member' || kind === 'invitations' || kind === 'invitation' || kind === 'invitationsNote';
  return under && typeof orgId === 'string' ? orgId : undefined;
}

/** The row acted on: the one clicked, else the selected one. */
const rowOf = ({ treeView }: CommandContext, node: unknown): unknown => node ?? treeView.selection[0];

/** The organization as the view lists it (in the list, or only in the Pinned group). */
function organizationOf({ provider }: CommandContext, n: unknown): ListedOrganization | undefined {
  const id = orgIdOf(n);
  return id === undefined ? undefined : (provider.findOrganization(id)?.org ?? provider.findPinned(id));
}

/** The member a row names, looked up by user id among the organization's members as listed. */
function memberOf(org: ListedOrganization, n: unknown): OrgMember | undefined {
  const userId = (n as { kind?: unknown; member?: { userId?: unknown } }).member?.userId;
  if ((n as { kind?: unknown }).kind !== 'member' || typeof userId !== 'string') return undefined;
  return membersOf(org).find((m) => m.userId === userId);
}

/** The invitation a row names, looked up by id among those last fetched for the organization. */
function inviteOf({ provider }: CommandContext, org: ListedOrganization, n: unknown): OrgInvite | undefined {
  const inviteId = (n as { invite?: { id?: unknown } }).invite?.id;
  if ((n as { kind?: unknown }).kind !== 'invitation' || typeof inviteId !== 'string') return undefined;
  return provider.members.findInvite(org.id, inviteId);
}

type Sent<T> = { ok: true; value: T; afterLostAnswer: boolean } | { ok: false; reason: string; stale: boolean };

/**
 * Sends once, with progress, counted as in flight (the auto-refresh waits). When the answer is
 * lost, `check` asks Losant whether it was done (the value if so, undefined if not) before
 * anything is claimed; nothing is sent twice.
 */
async function send<T>(context: CommandContext, progress: string, request: () => Promise<T>, check: () => Promise<T | undefined>): Promise<Sent<T>> {
  return context.activity.run(async () => {
    try {
      return { ok: true, value: await showProgress(progress, request), afterLostAnswer: false };
    } catch (e) {
      const error = asLosantApiError(e);
      context.log.error(`${progress} failed: ${error.message}`);
      if (!answerMayBeLost(error)) return { ok: false, reason: memberFailureReason(error, localize), stale: error.kind === 'notFound' };
      let done: T | undefined;
      try {
        done = await check();
      } catch {
        return {
          ok: false,
          reason: vscode.l10n.t(
            '{0} Losant could not be asked whether it was done, so refresh the view before trying again.',
            memberFailureReason(error, localize),
          ),
          stale: true,
        };
      }
      if (done !== undefined) return { ok: true, value: done, afterLostAnswer: true };
      return { ok: false, reason: vscode.l10n.t('{0} Losant did not do it, so it is safe to try again.', memberFailureReason(error, localize)), stale: false };
    }
  });
}

/** The organization's row shows Losant's answer in place (its members with it); one only in the Pinned group is fetched again. */
function showAnswered(context: CommandContext, listed: ListedOrganization, answered: ListedOrganization): void {
  const org = withListedFigures(answered, listed);
  if (!context.provider.listing.replace(org)) context.provider.members.redraw();
}

export function memberFlows(): MemberFlows {
  // What was typed last in Invite Member…; cleared only when the invitation is sent.
  let draft: InviteDraft = { email: '' };
  const retry = (command: string, row: unknown): MessageAction => ({
    title: vscode.l10n.t('Try Again'),
    run: () => vscode.commands.executeCommand(command, row),
  });
  const refresh = (context: CommandContext): MessageAction => ({ title: vscode.l10n.t('Refresh'), run: () => context.provider.refresh() });

  /** Nothing to act on: none selected, or (`org` given) the row names a member or invitation no longer listed. */
  const selectFirst = (what: 'organization' | 'member' | 'invitation', row?: unknown, org?: ListedOrganization): void => {
    const stale = org !== undefined && typeof row === 'object' && row !== null && (row as { kind?: unknown }).kind === what;
    if (stale && what === 'member') return showInfo(vscode.l10n.t('That person is no longer listed as a member of “{0}”. Refresh the view.', org.name));
    if (stale && what === 'invitation')
      return showInfo(vscode.l10n.t('That invitation is no longer listed for “{0}”. Expand Pending Invitations again.', org.name));
    const message = {
      organization: vscode.l10n.t('Select an organization first.'),
      member: vscode.l10n.t('Select a member of an organization first (expand its Members).'),
      invitation: vscode.l10n.t('Select a pending invitation first (expand Members, then Pending Invitations).'),
    }[what];
    showInfo(message);
  };

  const invite = async (context: CommandContext, node?: unknown, prompts = PERSON): Promise<readonly OrgInvite[] | undefined> => {
    const row = rowOf(context, node);
    const org = organizationOf(context, row);
    if (!org) return void selectFirst('organization');
    const title = vscode.l10n.t('Invite Member');
    const state = await clientForAction(context, org, 'inviteMember', title, undefined, prompts.access);
    if (!state) return undefined;
    const members = membersOf(org);
    const isMember = (email: string): string | undefined =>
      members.some((m) => m.email !== undefined && m.email.trim().toLowerCase() === email.trim().toLowerCase())
        ? vscode.l10n.t('{0} is already a member of “{1}”.', email.trim(), org.name)
        : undefined;
    const values = await prompts.askForInvite(draft, org.name, isMember);
    if (!values?.role) return undefined; // Escape: nothing is sent; the draft keeps what was typed
    draft = { ...values };
    // Checked again as sent: the form's checks are the person's, not a guarantee.
    const checked = invitePostBody({ email: values.email, role: values.role });
    if ('problem' in checked) {
      showError(localize(checked.problem), context.log, retry('losant.inviteMember', row));
      return undefined;
    }
    const member = isMember(checked.body.email);
    if (member) {
      showError(member, context.log, retry('losant.inviteMember', row));
      return undefined;
    }
    const { email, role } = checked.body;
    const sent = await send(
      context,
      vscode.l10n.t('Inviting {0} to “{1}”…', email, org.name),
      async () => (await state.client.inviteMember(org.id, checked.body)).invites,
      async () => {
        const { invites } = await state.client.listInvites(org.id);
        return invites.some((i) => i.email.toLowerCase() === email.toLowerCase() && i.role === role) ? invites : undefined;
      },
    );
    if (!sent.ok) {
      showError(vscode.l10n.t('Could not invite {0} to “{1}”: {2}', email, org.name, sent.reason), context.log, retry('losant.inviteMember', row));
      return undefined;
    }
    draft = { email: '' };
    context.provider.members.invitationsChanged(org.id);
    showInfo(vscode.l10n.t('Invited {0} to “{1}” as {2}. The invitation is valid for seven days.', email, org.name, roleName(role, localize)));
    return sent.value;
  };

  const changeRole = async (context: CommandContext, node?: unknown, prompts = PERSON): Promise<ListedOrganization | undefined> => {
    const row = rowOf(context, node);
    const org = organizationOf(context, row);
    const member = org && memberOf(org, row);
    if (!org || !member) return void selectFirst('member', row, org);
    const state = await clientForAction(context, org, 'modifyMember', vscode.l10n.t('Change Role'), member.userId, prompts.access);
    if (!state) return undefined;
    const name = memberName(member);
    const role: MemberRole | undefined = await prompts.pickRole(member.role, name, org.name);
    if (!role) return undefined;
    if (role === member.role) {
      showInfo(vscode.l10n.t('{0} already is {1} in “{2}”; nothing was changed.', name, roleName(role, localize), org.name));
      return undefined;
    }
    const sent = await send(
      context,
      vscode.l10n.t('Making {0} {1} in “{2}”…', name, roleName(role, localize), org.name),
      async () => (await state.client.changeMemberRole(org.id, member.userId, role)).organization,
      async () => {
        const detail = await state.client.getOrganization(org.id);
        return detail.members.find((m) => m.userId === member.userId)?.role === role ? detail.organization : undefined;
      },
    );
    if (!sent.ok) {
      showError(
        vscode.l10n.t('Could not change the role of {0} in “{1}”: {2}', name, org.name, sent.reason),
        context.log,
        sent.stale ? refresh(context) : retry('losant.changeMemberRole', row),
      );
      return undefined;
    }
    showAnswered(context, org, sent.value);
    showStatus(vscode.l10n.t('{0} is now {1} in “{2}”.', name, roleName(role, localize), org.name));
    return sent.value;
  };

  const leave = async (context: CommandContext, node?: unknown, prompts = PERSON): Promise<boolean> => {
    const row = rowOf(context, node);
    const org = organizationOf(context, row);
    if (!org) {
      selectFirst('organization');
      return false;
    }
    const who = await context.clients.resolve();
    const userId = who.kind === 'ready' ? who.account?.userId : undefined;
    if (who.kind === 'ready' && userId === undefined) {
      showError(
        vscode.l10n.t('Losant Explorer does not know which Losant user this token belongs to, so it cannot leave “{0}” for you. Sign in again.', org.name),
        context.log,
        { title: vscode.l10n.t('Sign In'), run: () => vscode.commands.executeCommand('losant.signIn') },
      );
      return false;
    }
    // The door says it to the only administrator before anything is sent (and to a signed-out view, how to sign in).
    const state = await clientForAction(context, org, 'removeMember', vscode.l10n.t('Leave Organization'), userId, prompts.access);
    if (!state || userId === undefined) return false;
    const question = leavingQuestion(org, localize);
    if (!(await prompts.confirm(question.message, vscode.l10n.t('Leave'), question.detail))) return false;
    const sent = await send(
      context,
      vscode.l10n.t('Leaving “{0}”…', org.name),
      async () => {
        await state.client.removeMember(org.id, userId);
        return true;
      },
      async () => {
        try {
          const detail = await state.client.getOrganization(org.id);
          return detail.members.some((m) => m.userId === userId) ? undefined : true;
        } catch (e) {
          // Not found: it is no longer theirs to see, so they left.
          if (asLosantApiError(e).kind === 'notFound') return true;
          throw e;
        }
      },
    );
    if (!sent.ok) {
      showError(
        vscode.l10n.t('Could not leave “{0}”: {1}', org.name, sent.reason),
        context.log,
        sent.stale ? refresh(context) : retry('losant.leaveOrganization', row),
      );
      return false;
    }
    // Out of the list; the pages loaded are read again, so Load more skips nothing.
    context.provider.listing.remove(org.id);
    void context.provider.listing.reloadInPlace();
    showInfo(vscode.l10n.t('You left “{0}”.', org.name));
    return true;
  };

  const remove = async (context: CommandContext, node?: unknown, prompts = PERSON): Promise<boolean> => {
    const row = rowOf(context, node);
    const org = organizationOf(context, row);
    const member = org && memberOf(org, row);
    if (!org || !member) {
      selectFirst('member', row, org);
      return false;
    }
    const state = await clientForAction(context, org, 'removeMember', vscode.l10n.t('Remove Member'), member.userId, prompts.access);
    if (!state) return false;
    // Their own row: that is leaving, with its own question.
    if (state.account?.userId === member.userId) return leave(context, row, prompts);
    const members = membersOf(org);
    const question = removalQuestion(org, member, members, localize);
    if (!(await prompts.confirm(question.message, vscode.l10n.t('Remove'), question.detail))) return false;
    const name = memberName(member);
    const sent = await send(
      context,
      vscode.l10n.t('Removing {0} from “{1}”…', name, org.name),
      async () => (await state.client.removeMember(org.id, member.userId)).organization,
      async () => {
        const detail = await state.client.getOrganization(org.id);
        return detail.members.some((m) => m.userId === member.userId) ? undefined : detail.organization;
      },
    );
    if (!sent.ok) {
      showError(
        vscode.l10n.t('Could not remove {0} from “{1}”: {2}', name, org.name, sent.reason),
        context.log,
        sent.stale ? refresh(context) : retry('losant.removeMember', row),
      );
      return false;
    }
    showAnswered(context, org, sent.value);
    showInfo(vscode.l10n.t('Removed {0} from “{1}”.', name, org.name));
    return true;
  };

  const revoke = async (context: CommandContext, node?: unknown, prompts = PERSON): Promise<boolean> => {
    const row = rowOf(context, node);
    const org = organizationOf(context, row);
    const invitation = org && inviteOf(context, org, row);
    if (!org || !invitation) {
      selectFirst('invitation', row, org);
      return false;
    }
    const state = await clientForAction(context, org, 'revokeInvite', vscode.l10n.t('Revoke Invitation'), undefined, prompts.access);
    if (!state) return false;
    const question = revokingQuestion(org, invitation, localize);
    if (!(await prompts.confirm(question.message, vscode.l10n.t('Revoke'), question.detail))) return false;
    const sent = await send(
      context,
      vscode.l10n.t('Revoking the invitation of {0}…', invitation.email),
      async () => (await state.client.revokeInvite(org.id, invitation.id)).invites,
      async () => {
        const { invites } = await state.client.listInvites(org.id);
        return invites.some((i) => i.id === invitation.id) ? undefined : invites;
      },
    );
    context.provider.members.invitationsChanged(org.id);
    if (!sent.ok) {
      showError(vscode.l10n.t('Could not revoke the invitation of {0}: {1}', invitation.email, sent.reason), context.log);
      return false;
    }
    showStatus(vscode.l10n.t('Revoked the invitation of {0} to “{1}”.', invitation.email, org.name));
    return true;
  };

  const refreshInvitations = async (context: CommandContext, node?: unknown, prompts = PERSON): Promise<boolean> => {
    const org = organizationOf(context, rowOf(context, node));
    if (!org) return false;
    const state = await clientForAction(context, org, 'pendingInvites', vscode.l10n.t('Listing pending invitations'), undefined, prompts.access);
    if (!state) return false;
    context.provider.members.invitationsChanged(org.id);
    return true;
  };

  const copyEmail = async (context: CommandContext, node?: TreeNode): Promise<string | undefined> => {
    const row = rowOf(context, node);
    const org = organizationOf(context, row);
    const email = org && (memberOf(org, row)?.email ?? inviteOf(context, org, row)?.email);
    if (!email) return void selectFirst('member');
    await vscode.env.clipboard.writeText(email);
    showStatus(vscode.l10n.t('Copied {0}.', email));
    return email;
  };

  return {
    invite,
    changeRole,
    remove,
    leave,
    revoke,
    refreshInvitations,
    commands: {
      'losant.inviteMember': (context, node?: unknown) => invite(context, node),
      'losant.changeMemberRole': (context, node?: unknown) => changeRole(context, node),
      'losant.removeMember': (context, node?: unknown) => remove(context, node),
      'losant.leaveOrganization': (context, node?: unknown) => leave(context, node),
      'losant.revokeInvitation': (context, node?: unknown) => revoke(context, node),
      [REFRESH_INVITATIONS]: (context, node?: unknown) => refreshInvitations(context, node),
      'losant.copyMemberEmail': copyEmail,
    },
  };
}
