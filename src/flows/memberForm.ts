// What Invite Member… and Change Role… ask: an email, then a role (with what each role may do), in
// two steps with Back; or one pick of a role, the member's current one marked. The draft keeps what
// was typed, so Escape or a failed invitation loses nothing.
import * as vscode from 'vscode';
import { checkInviteEmail, inertText, type MemberRole } from '../losant';
import { localize } from '../adapters/localize';
import { rolePickItems } from '../model/orgMembers';
import { inputStep, pickStep } from './inputStep';

export interface InviteDraft {
  email: string;
  role?: MemberRole;
}

type RoleItem = vscode.QuickPickItem & { role: MemberRole };

function roleItems(current: MemberRole | undefined): RoleItem[] {
  return rolePickItems(current, localize).map((i) => ({ role: i.role, label: i.label, description: i.description, detail: i.detail }));
}

/** One step of picking a role: the role, Back, or cancel. */
async function roleStep(options: {
  title: string;
  step?: [number, number];
  placeholder: string;
  active?: MemberRole;
  current?: MemberRole;
}): Promise<MemberRole | 'back' | undefined> {
  const items = roleItems(options.current);
  const picked = await pickStep({
    title: options.title,
    step: options.step?.[0],
    totalSteps: options.step?.[1],
    placeholder: options.placeholder,
    items,
    active: items.find((i) => i.role === options.active),
    matchOnDetail: true,
    back: options.step !== undefined && options.step[0] > 1,
  });
  return picked.kind === 'item' ? picked.item.role : picked.kind === 'back' ? 'back' : undefined;
}

/**
 * Asks for the email (checked as typed; `problem` adds the organization's own check, such as
 * someone already a member) and then the role; undefined when the person cancels. The draft keeps
 * both either way.
 */
export async function askForInvite(draft: InviteDraft, orgName: string, problem: (email: string) => string | undefined): Promise<InviteDraft | undefined> {
  const title = inertText(vscode.l10n.t('Invite Member to “{0}”', orgName));
  let index = 1;
  while (index <= 2) {
    if (index === 1) {
      const result = await inputStep({
        title,
        step: 1,
        totalSteps: 2,
        value: draft.email,
        prompt: vscode.l10n.t('Email address of the person to invite'),
        placeholder: vscode.l10n.t('e.g. name@example.com'),
        check: (v) => localize(checkInviteEmail(v)) ?? problem(v),
        back: false,
        onChange: (v) => (draft.email = v),
      });
      if (result.kind === 'cancel') return undefined;
      index += result.kind === 'next' ? 1 : -1;
    } else {
      const role = await roleStep({
        title,
        step: [2, 2],
        placeholder: vscode.l10n.t('The role {0} will have', inertText(draft.email.trim())),
        active: draft.role ?? 'view',
      });
      if (role === undefined) return undefined;
      if (role === 'back') index--;
      else {
        draft.role = role;
        index++;
      }
    }
  }
  return { ...draft };
}

/** Asks for a member's new role, their current one marked; undefined when the person cancels. */
export async function pickRole(current: MemberRole | undefined, memberName: string, orgName: string): Promise<MemberRole | undefined> {
  const role = await roleStep({
    title: inertText(vscode.l10n.t('Change the Role of {0} in “{1}”', memberName, orgName)),
    placeholder: vscode.l10n.t('The new role'),
    active: current,
    current,
  });
  return role === 'back' ? undefined : role;
}
