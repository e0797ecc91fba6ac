// "Sign In": one quick pick with the two ways in — email and password (as Losant's CLI signs in),
// or pasting a user API token — then the chosen path. Every failure gets its own sentence (from
// the model) and a Try Again that starts with the email typed; the password is sent once and
// kept nowhere. The command takes no arguments: credentials handed over by another extension or a
// link would be sent wherever the caller chose. The authentication provider runs the same flow with
// the scopes VS Code passes on for another extension.
import * as vscode from 'vscode';
import { type SignInFailureKind } from '../losant/index';
import { localize } from '../adapters/localize';
import { lookUpEmail, signInScopes, signInWithPassword, type PasswordSignIn, type SignedIn, type SignInFailure } from '../model/signInFlow';
import { secretPrompt } from '../adapters/workspaceUrls';
import { setApiToken } from './apiToken';
import { requireApiUrl, type CommandContext, type Commands } from './commandContext';
import { showError, showInfo, showProgress } from '../adapters/messages';
import { askForCredentials } from './signInForm';
import { hostOf } from '../model/settingOrigin';

/** What Sign In answers a script (and the authentication provider). */
export type SignInResult =
  | { signedIn: true; apiUrl: string; account?: string; notice?: string }
  | { signedIn: false; failure: SignInFailureKind | 'sso' | 'badApiUrl' | 'storage' | 'scopes'; message?: string };

const CANCELLED: SignInResult = { signedIn: false, failure: 'cancelled' };

/** `extra`: scopes an extension asked for beyond this product's own, named so the user sees what the token will allow. */
export async function pickMethod(apiUrl: string, extra: readonly string[], why?: string): Promise<'password' | 'token' | undefined> {
  type Item = vscode.QuickPickItem & { method: 'password' | 'token' };
  const question = why
    ? vscode.l10n.t('{0} How do you want to sign in?', why)
    : extra.length
      ? vscode.l10n.t('An extension asks for {0} too. How do you want to sign in?', extra.join(', '))
      : vscode.l10n.t('How do you want to sign in?');
  const { title, prompt } = secretPrompt(vscode.l10n.t('Sign In to Losant at {0}', hostOf(apiUrl)), question);
  const items: Item[] = [
    {
      method: 'password',
      label: `$(mail) ${vscode.l10n.t('Sign in with email and password')}`,
      detail: extra.length
        ? vscode.l10n.t(
            'For Losant accounts with a password (and two-factor code). Keeps only a token limited to listing, reading and creating organizations, reading your name, and {0}.',
            extra.join(', '),
          )
        : vscode.l10n.t(
            'For Losant accounts with a password (and two-factor code). Keeps only a token limited to listing, reading and creating organizations and reading your name.',
          ),
    },
    {
      method: 'token',
      label: `$(key) ${vscode.l10n.t('Paste a user API token')}`,
      detail: vscode.l10n.t('For single sign-on (SSO) accounts, or a token made in the Losant web app under My Account → User API Tokens.'),
    },
  ];
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: prompt, ignoreFocusOut: true });
  return picked?.method;
}

/** What Sign In asks the person: how to sign in, then the credentials. */
export interface SignInPrompts {
  pickMethod: typeof pickMethod;
  askForCredentials: typeof askForCredentials;
}

const PERSON: SignInPrompts = { pickMethod, askForCredentials };

/** A sign-in that adds scopes to the view's own token (an action needs one it lacks), and why, said in the pick. */
export interface StepUp {
  why: string;
}

export interface SignInFlows {
  /**
   * Sign In as a person sees it (the pick, then the chosen path), asking Losant for `scopes` too:
   * another extension's, passed on by VS Code, or with `stepUp` the view's own, for an action.
   */
  interactive(context: CommandContext, scopes: readonly unknown[], prompts?: SignInPrompts, stepUp?: StepUp): Promise<SignInResult>;
  /** The Sign In command, which takes no arguments. */
  commands: Commands;
}

/** Sign In, with the form's memory of the email typed last (never of the password). */
export function signInFlows(): SignInFlows {
  const form = { email: '' };
  const tryAgain = { title: vscode.l10n.t('Try Again'), run: () => vscode.commands.executeCommand('losant.signIn') };

  /** `forExtensions`: the token carries scopes another extension asked for beyond the view's own. */
  const signedIn = async ({ sessions, log }: CommandContext, outcome: SignedIn, forExtensions: boolean): Promise<SignInResult> => {
    log.addSecret(outcome.token);
    try {
      await sessions.save(outcome.apiUrl, outcome.token, outcome.account, outcome.scopes, { forExtensions });
    } catch (e) {
      const message = vscode.l10n.t(
        'VS Code could not save the token in its secret storage: {0}. Nothing was saved.',
        e instanceof Error ? e.message : String(e),
      );
      showError(message, log);
      return { signedIn: false, failure: 'storage', message };
    }
    log.info(`Signed in to ${outcome.apiUrl} as ${outcome.account.label} with email and password; the token has the scopes ${outcome.scopes.join(', ')}.`);
    showInfo(vscode.l10n.t('Signed in to Losant at {0} as {1}.', outcome.apiUrl, outcome.account.label));
    const notice = outcome.notice && localize(outcome.notice);
    if (notice) {
      log.warn(notice);
      showInfo(notice);
    }
    return { signedIn: true, apiUrl: outcome.apiUrl, account: outcome.account.label, ...(notice ? { notice } : {}) };
  };

  /** Sends the credentials once; the caller drops them when this returns. */
  const send = async (
    context: CommandContext,
    apiUrl: string,
    credentials: PasswordSignIn,
    scopes: readonly string[],
    forExtensions: boolean,
  ): Promise<SignInResult> => {
    const { clients, log } = context;
    const outcome = await showProgress(vscode.l10n.t('Signing in to Losant at {0}…', hostOf(apiUrl)), () =>
      signInWithPassword(clients.connectionFor(apiUrl), credentials, {}, scopes),
    );
    if (outcome.kind === 'signedIn') return signedIn(context, outcome, forExtensions);
    form.email = outcome.form.email;
    return failed(log, outcome);
  };

  /** A failure, told with its own sentence and a Try Again that starts with the email typed. */
  const failed = (log: CommandContext['log'], failure: SignInFailure): SignInResult => {
    if (failure.failure === 'cancelled') return CANCELLED;
    const message = localize(failure.message);
    showError(message, log, tryAgain);
    return { signedIn: false, failure: failure.failure, message };
  };

  /** An SSO account: say why a password cannot work here, and offer the token path. */
  const ssoAccount = ({ log }: CommandContext, sentence: string): SignInResult => {
    log.info(sentence);
    showInfo(sentence, { title: vscode.l10n.t('Paste a User API Token'), run: () => vscode.commands.executeCommand('losant.setApiToken') });
    return { signedIn: false, failure: 'sso', message: sentence };
  };

  /** The scopes to ask for, or the failure already told to the person. */
  const checkedScopes = (
    context: CommandContext,
    asked: readonly unknown[],
  ): { ok: true; scopes: readonly string[]; extra: readonly string[] } | { ok: false; result: SignInResult } => {
    const scopes = signInScopes(asked);
    if (scopes.ok) return scopes;
    const message = localize(scopes.message);
    showError(message, context.log);
    return { ok: false, result: { signedIn: false, failure: 'scopes', message } };
  };

  const interactive = async (context: CommandContext, asked: readonly unknown[], prompts = PERSON, stepUp?: StepUp): Promise<SignInResult> => {
    const apiUrl = requireApiUrl(context);
    if (!apiUrl) return { signedIn: false, failure: 'badApiUrl' };
    const scopes = checkedScopes(context, asked);
    if (!scopes.ok) return scopes.result;

    const method = await prompts.pickMethod(apiUrl, scopes.extra, stepUp?.why);
    if (method === undefined) return CANCELLED;
    if (method === 'token') return (await setApiToken(context)) ? { signedIn: true, apiUrl } : CANCELLED;
    const answer = await prompts.askForCredentials(apiUrl, form, (email) => lookUpEmail(context.clients.connectionFor(apiUrl), email));
    if (answer.kind === 'cancel') return CANCELLED;
    if (answer.kind === 'email') return answer.step.kind === 'sso' ? ssoAccount(context, localize(answer.step.message)) : failed(context.log, answer.step);
    // A step-up's token is the view's own, with more scopes; otherwise extra scopes make a session for other extensions.
    return send(context, apiUrl, answer.credentials, scopes.scopes, !stepUp && scopes.extra.length > 0);
  };

  // Counted as in flight from the first question to the stored token: the auto-refresh waits.
  const tracked = (context: CommandContext, asked: readonly unknown[], prompts?: SignInPrompts, stepUp?: StepUp): Promise<SignInResult> =>
    context.activity.run(() => interactive(context, asked, prompts, stepUp));
  return { interactive: tracked, commands: { 'losant.signIn': (context) => tracked(context, []) } };
}
