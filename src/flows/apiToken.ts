// "Set API Token" and "Sign Out": the token is checked against the API before it is stored, and
// only SecretStorage ever holds it. Sign Out here and in the Accounts menu is one function.
import * as vscode from 'vscode';
import { checkToken, cleanToken, isLosantApiError, tokenScopes, type LosantApiError } from '../losant/index';
import { errorText, localize } from '../adapters/localize';
import { describeAccount, type AccountLabel } from '../model/accountLabel';
import { requireApiUrl, type CommandContext, type Commands } from './commandContext';
import { showError, showInfo, showProgress } from '../adapters/messages';
import { secretPrompt } from '../adapters/workspaceUrls';

/** Why a token was refused, as a sentence for the user. */
function describeTokenRejection(e: LosantApiError): string {
  switch (e.kind) {
    case 'unauthorized':
      return vscode.l10n.t(
        'Losant rejected the API token: {0}. Check that you copied the whole token and that it has not been deleted or expired.',
        errorText(e).replace(/\.$/, ''),
      );
    case 'forbidden':
      return vscode.l10n.t(
        'The API token is valid but lacks the scope to list organizations. Create a token with the "all.User.read", "orgs.get" or "all.User" scope.',
      );
    case 'network':
    case 'timeout':
      return vscode.l10n.t('Could not check the API token: {0} Is the Losant API reachable from here?', errorText(e));
    default:
      return vscode.l10n.t('Could not check the API token: {0}', errorText(e));
  }
}

export type AccountContext = Pick<CommandContext, 'clients' | 'sessions' | 'log'>;

/** Asks for a token for the installation; undefined when the person pressed Escape. */
export async function askForToken(apiUrl: string): Promise<string | undefined> {
  return vscode.window.showInputBox({
    ...secretPrompt(
      vscode.l10n.t('Set Losant API Token'),
      vscode.l10n.t('Paste a Losant user API token for {0}. Make one in the Losant web app under My Account → User API Tokens.', apiUrl),
    ),
    placeHolder: vscode.l10n.t('API token'),
    password: true,
    ignoreFocusOut: true,
    validateInput: (v) => (v.length === 0 ? undefined : localize(checkToken(cleanToken(v)))),
  });
}

/**
 * Checks a token the person gave (typed or pasted) with the API, then stores it for the
 * installation. True when it was stored; nothing is stored otherwise.
 */
export async function storeToken(context: AccountContext, apiUrl: string, raw: string): Promise<boolean> {
  const { clients, sessions, log } = context;
  const token = cleanToken(raw);
  const problem = checkToken(token);
  if (problem || !token) {
    showError(localize(problem) ?? vscode.l10n.t('Paste a Losant user API token.'), log);
    return false;
  }
  const client = clients.clientFor(apiUrl, token);
  let account: AccountLabel;
  try {
    // The label from GET /me, or the host for a token that may not read it.
    account = await showProgress(vscode.l10n.t('Checking the API token with Losant…'), async () => {
      await client.verifyToken();
      return describeAccount(client);
    });
  } catch (e) {
    const message = isLosantApiError(e) ? describeTokenRejection(e) : String(e);
    showError(`${message} ${vscode.l10n.t('The token was not saved.')}`, log);
    return false;
  }
  try {
    await sessions.save(apiUrl, token, account, tokenScopes(token));
  } catch (e) {
    showError(
      vscode.l10n.t('VS Code could not save the token in its secret storage: {0}. Nothing was saved.', e instanceof Error ? e.message : String(e)),
      log,
    );
    return false;
  }
  log.info(`Stored an API token for ${apiUrl} (${account.label}).`);
  // A token that may not read /me has no name to tell: its label is only the host.
  showInfo(
    account.fromProfile ? vscode.l10n.t('Signed in to Losant at {0} as {1}.', apiUrl, account.label) : vscode.l10n.t('Signed in to Losant at {0}.', apiUrl),
  );
  return true;
}

/**
 * Set API Token: asks for the token, checks it, stores it. True when it was stored. It takes no
 * arguments: a token handed over by another extension or a link would sign the person into
 * someone else's account without their seeing it.
 */
export async function setApiToken(context: AccountContext, ask = askForToken): Promise<boolean> {
  const apiUrl = requireApiUrl(context);
  if (!apiUrl) return false;
  const raw = await ask(apiUrl);
  return raw === undefined ? false : storeToken(context, apiUrl, raw);
}

/**
 * Signs out of an installation: `all`, the view's Sign Out, forgets every session there (the view's
 * and those made for other extensions) and says how many; `view`, the Accounts menu's Sign Out of
 * the view's session, forgets that one alone. True when done.
 */
export async function signOutOf({ sessions, log }: Pick<CommandContext, 'sessions' | 'log'>, apiUrl: string, which: 'all' | 'view' = 'all'): Promise<boolean> {
  let others = 0;
  try {
    if (which === 'all') others = await sessions.remove(apiUrl);
    else await sessions.removeView(apiUrl);
  } catch (e) {
    showError(vscode.l10n.t('VS Code could not remove the token from its secret storage: {0}', e instanceof Error ? e.message : String(e)), log);
    return false;
  }
  log.info(`Removed the API token for ${apiUrl}${others ? ` and ${others} session(s) made for other extensions` : ''}.`);
  showInfo(
    others === 0
      ? vscode.l10n.t('Signed out of Losant at {0}.', apiUrl)
      : others === 1
        ? vscode.l10n.t('Signed out of Losant at {0}: the view, and the session made there for other extensions.', apiUrl)
        : vscode.l10n.t('Signed out of Losant at {0}: the view, and the {1} sessions made there for other extensions.', apiUrl, others),
  );
  return true;
}

/** Forgets one session made for other extensions (the Accounts menu's Sign Out of it); true when done. */
export async function forgetSessionForExtensions({ sessions, log }: Pick<CommandContext, 'sessions' | 'log'>, sessionId: string): Promise<boolean> {
  try {
    await sessions.removeForExtensions(sessionId);
  } catch (e) {
    showError(vscode.l10n.t('VS Code could not remove the token from its secret storage: {0}', e instanceof Error ? e.message : String(e)), log);
    return false;
  }
  log.info('Removed a session made for other extensions.');
  return true;
}

/** Removes the token of the current API URL. */
export async function signOut(context: AccountContext): Promise<void> {
  const apiUrl = requireApiUrl(context);
  if (apiUrl) await signOutOf(context, apiUrl);
}

export const accountCommands: Commands = {
  'losant.setApiToken': (context) => context.activity.run(() => setApiToken(context)),
  'losant.signOut': signOut,
};
