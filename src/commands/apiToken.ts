// "Set API Token" and "Sign Out": the token is checked against the API before it is stored, and
// only SecretStorage ever holds it.
import * as vscode from 'vscode';
import { checkToken, cleanToken, isLosantApiError, type LosantApiError } from '../losant';
import { errorText, localize } from '../localize';
import { requireApiUrl, type CommandContext, type Commands } from './commandContext';
import { showError, showInfo } from './messages';
import { secretPrompt } from '../workspaceUrls';

/** Why a token was refused, as a sentence for the user. */
function describeTokenRejection(e: LosantApiError): string {
  switch (e.kind) {
    case 'unauthorized':
      return vscode.l10n.t('Losant rejected the API token: {0}. Check that you copied the whole token and that it has not been deleted or expired.', errorText(e).replace(/\.$/, ''));
    case 'forbidden':
      return vscode.l10n.t('The API token is valid but lacks the scope to list organizations. Create a token with the "all.User.read", "orgs.get" or "all.User" scope.');
    case 'network':
    case 'timeout':
      return vscode.l10n.t('Could not check the API token: {0} Is the Losant API reachable from here?', errorText(e));
    default:
      return vscode.l10n.t('Could not check the API token: {0}', errorText(e));
  }
}

type AccountContext = Pick<CommandContext, 'sessions' | 'tokens' | 'log'>;

/** Asks for (or takes) a token, checks it with the API, stores it. True when it was stored. */
export async function setApiToken(context: AccountContext, arg?: unknown): Promise<boolean> {
  const { sessions, tokens, log } = context;
  const apiUrl = requireApiUrl(context);
  if (!apiUrl) return false;
  let raw = typeof arg === 'string' ? arg : undefined;
  if (raw === undefined) {
    raw = await vscode.window.showInputBox({
      ...secretPrompt(
        vscode.l10n.t('Set Losant API Token'),
        vscode.l10n.t('Paste a Losant user API token for {0}. Make one in the Losant web app under My Account → User API Tokens.', apiUrl),
      ),
      placeHolder: vscode.l10n.t('API token'),
      password: true,
      ignoreFocusOut: true,
      validateInput: (v) => (v.length === 0 ? undefined : localize(checkToken(cleanToken(v)))),
    });
    if (raw === undefined) return false; // Escape
  }
  const token = cleanToken(raw);
  const problem = checkToken(token);
  if (problem || !token) {
    showError(localize(problem) ?? vscode.l10n.t('Paste a Losant user API token.'), log);
    return false;
  }
  try {
    const client = sessions.clientFor(apiUrl, token);
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking the API token with Losant…') },
      () => client.verifyToken(),
    );
  } catch (e) {
    const message = isLosantApiError(e) ? describeTokenRejection(e) : String(e);
    showError(`${message} ${vscode.l10n.t('The token was not saved.')}`, log);
    return false;
  }
  try {
    await tokens.set(apiUrl, token);
  } catch (e) {
    showError(vscode.l10n.t('VS Code could not save the token in its secret storage: {0}. Nothing was saved.', e instanceof Error ? e.message : String(e)), log);
    return false;
  }
  log.info(`Stored an API token for ${apiUrl}.`);
  showInfo(vscode.l10n.t('Signed in to Losant at {0}.', apiUrl));
  return true;
}

/** Removes the token of the current API URL. */
export async function signOut(context: AccountContext): Promise<void> {
  const { tokens, log } = context;
  const apiUrl = requireApiUrl(context);
  if (!apiUrl) return;
  try {
    await tokens.delete(apiUrl);
  } catch (e) {
    showError(vscode.l10n.t('VS Code could not remove the token from its secret storage: {0}', e instanceof Error ? e.message : String(e)), log);
    return;
  }
  log.info(`Removed the API token for ${apiUrl}.`);
  showInfo(vscode.l10n.t('Signed out of Losant at {0}.', apiUrl));
}

export const accountCommands: Commands = {
  'losant.setApiToken': setApiToken,
  'losant.signOut': signOut,
};
