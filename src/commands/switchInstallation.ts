// "Switch Installation…": the Losant installations (API URLs) with a stored session, each with its
// account, plus Add Installation…; picking one sets `losant.apiUrl`, and the view lists that
// installation's organizations. An installation added (or one signed out of) goes on to Sign In.
// Scripts pass the API URL and get the one set.
import * as vscode from 'vscode';
import { localize } from '../localize';
import { checkNewInstallation, installationRows, type InstallationRow } from '../model/installations';
import { writeSetting } from '../settings';
import type { CommandContext, Commands } from './commandContext';
import { showError } from './messages';

type Item = vscode.QuickPickItem & { row?: InstallationRow };

function itemFor(row: InstallationRow): Item {
  return {
    row,
    label: row.current ? `$(check) ${row.host}` : row.host,
    description: row.signedIn ? (row.account ?? vscode.l10n.t('signed in')) : vscode.l10n.t('signed out'),
    detail: row.apiUrl,
  };
}

function problemWith(raw: string, rows: readonly InstallationRow[]): string | undefined {
  const check = checkNewInstallation(raw, rows);
  return check.ok ? undefined : localize(check.reason);
}

async function askForApiUrl(rows: readonly InstallationRow[]): Promise<string | undefined> {
  const raw = await vscode.window.showInputBox({
    title: vscode.l10n.t('Add a Losant Installation'),
    prompt: vscode.l10n.t('The API URL of the Losant installation (the public cloud is https://api.losant.com)'),
    placeHolder: 'https://api.losant.com',
    ignoreFocusOut: true,
    validateInput: (v) => (v === '' ? undefined : problemWith(v, rows)),
  });
  if (raw === undefined) return undefined;
  const check = checkNewInstallation(raw, rows);
  return check.ok ? check.apiUrl : undefined;
}

async function switchInstallation(context: CommandContext, arg?: unknown): Promise<string | undefined> {
  const { sessions, accounts, log } = context;
  const url = sessions.apiUrl();
  const current = url.ok ? url.apiUrl : '';
  const stored = await accounts.stored(current || undefined);
  const rows = installationRows(
    stored.map((s) => ({ apiUrl: s.apiUrl, ...(s.record ? { label: s.record.account } : {}) })),
    current,
  );

  let apiUrl: string | undefined;
  if (typeof arg === 'string') {
    const check = checkNewInstallation(arg, rows);
    if (!check.ok) {
      showError(localize(check.reason), log);
      return undefined;
    }
    apiUrl = check.apiUrl;
  } else {
    const add: Item = { label: `$(add) ${vscode.l10n.t('Add Installation…')}`, detail: vscode.l10n.t('Sign in to another Losant installation by its API URL') };
    const picked = await vscode.window.showQuickPick<Item>([...rows.map(itemFor), { label: '', kind: vscode.QuickPickItemKind.Separator }, add], {
      title: vscode.l10n.t('Switch Losant Installation'),
      placeHolder: vscode.l10n.t('The installation whose organizations the view lists'),
      ignoreFocusOut: true,
    });
    if (!picked) return undefined;
    apiUrl = picked.row?.apiUrl ?? (await askForApiUrl(rows));
    if (!apiUrl) return undefined;
  }

  if (apiUrl !== current) await writeSetting('apiUrl', apiUrl);
  log.info(`Switched to the Losant installation at ${apiUrl}.`);
  const signedIn = rows.some((r) => r.apiUrl === apiUrl && r.signedIn);
  // Chosen in the pick and not signed in there: sign in next, as a person adding one expects.
  if (!signedIn && typeof arg !== 'string') await vscode.commands.executeCommand('losant.signIn');
  return apiUrl;
}

export const installationCommands: Commands = { 'losant.switchInstallation': switchInstallation };
