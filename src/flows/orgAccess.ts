// The door every action on one organization goes through before it sends anything: a client
// signed in, a role that allows the action, and a token with its scope. A missing scope is named,
// and the person may sign in again for it then and there (the view's token gains that scope, and
// nothing else changes); the first sign-in never asks for more than listing and creating.
import * as vscode from 'vscode';
import type { ListedOrganization } from '../losant';
import { localize } from '../adapters/localize';
import { askModal, showError } from '../adapters/messages';
import type { ReadyClient } from '../model/clientState';
import { accessTo } from '../model/orgAccess';
import type { OrgAction } from '../model/orgPermissions';
import { hostOf } from '../model/settingOrigin';
import { REQUESTED_SCOPES } from '../model/signInFlow';
import type { CommandContext } from './commandContext';
import type { SignInPrompts } from './signIn';

/** What the person was doing, in their words ("Edit Organization"), for the messages. */
export type ActionTitle = string;

async function ready(context: CommandContext): Promise<ReadyClient | undefined> {
  const state = await context.clients.resolve();
  if (state.kind === 'ready') return state;
  const message = state.kind === 'badApiUrl' ? localize(state.reason) : vscode.l10n.t('Sign in to Losant first.');
  showError(message, context.log, { title: vscode.l10n.t('Sign In'), run: () => vscode.commands.executeCommand('losant.signIn') });
  return undefined;
}

/** What the door asks the person when a scope is missing: whether to sign in again, then (if so) Sign In's own prompts. */
export interface AccessPrompts {
  askToSignInAgain: (question: string, action: string, detail: string) => Promise<boolean>;
  signIn?: SignInPrompts;
}

const PERSON: AccessPrompts = { askToSignInAgain: askModal };

/** Asks whether to sign in again for `scope`; true once the view's token has it. */
async function signInFor(context: CommandContext, state: ReadyClient, scope: string, title: ActionTitle, prompts: AccessPrompts): Promise<boolean> {
  const host = hostOf(state.apiUrl);
  const again = await prompts.askToSignInAgain(
    vscode.l10n.t('{0} needs the Losant scope {1}, which your token for {2} does not have.', title, scope, host),
    vscode.l10n.t('Sign In Again…'),
    vscode.l10n.t(
      'Losant Explorer asks only for what listing, reading and creating organizations need when you first sign in. Sign in again to get a token that also has {0}; a pasted API token needs it too.',
      scope,
    ),
  );
  if (!again) return false;
  // The scopes the token has now stay, so the new token can do all the old one could.
  const keep = (state.scopes ?? []).filter((s) => !REQUESTED_SCOPES.includes(s));
  const why = vscode.l10n.t('{0} needs the scope {1}.', title, scope);
  const result = await context.signIn.interactive(context, [...keep, scope], prompts.signIn, { why });
  return result.signedIn;
}

/**
 * The ready client to do `action` to `org` with (to the member `target` for a role change or a
 * removal), or undefined after telling the person why not: signed out, a role that does not allow
 * it, or a missing scope they chose not to sign in again for.
 */
export async function clientForAction(
  context: CommandContext,
  org: ListedOrganization,
  action: OrgAction,
  title: ActionTitle,
  target?: string,
  prompts: AccessPrompts = PERSON,
): Promise<ReadyClient | undefined> {
  let state = await ready(context);
  if (!state) return undefined;
  let access = accessTo(org, { userId: state.account?.userId, scopes: state.scopes }, action, target);
  if (!access.ok && access.kind === 'scope') {
    if (!(await signInFor(context, state, access.scope, title, prompts))) return undefined;
    state = await ready(context);
    if (!state) return undefined;
    access = accessTo(org, { userId: state.account?.userId, scopes: state.scopes }, action, target);
    if (!access.ok && access.kind === 'scope') {
      showError(
        vscode.l10n.t('The token for {0} still does not have the scope {1}, so {2} cannot be done.', hostOf(state.apiUrl), access.scope, title),
        context.log,
      );
      return undefined;
    }
  }
  if (!access.ok) {
    showError(access.message.map(localize).join(' '), context.log);
    return undefined;
  }
  return state;
}
