// "Switch Installation…": the Losant installations (API URLs) with a stored session, each with its
// account, plus Add Installation…; picking one sets `losant.apiUrl`, and the view lists that
// installation's organizations. An installation added (or one signed out of) goes on to Sign In.
// Another extension or a link may pass an API URL: the switch then waits for the person's yes in a
// modal that names both installations, since every later sign-in sends its password there.
import * as vscode from 'vscode';
import { localize } from '../adapters/localize';
import { checkNewInstallation, installationRows, type InstallationRow } from '../model/installations';
import { writeSetting } from '../adapters/settings';
import type { CommandContext, Commands } from '../flows/commandContext';
import { confirmHandedValues, showError } from '../adapters/messages';
import { hostOf } from '../model/settingOrigin';

type Item = vscode.QuickPickItem & { row?: InstallationRow };

/** `others`: the scope sets of the sessions made there for other extensions, shown where there are any. */
function itemFor(row: InstallationRow, others: readonly string[]): Item {
  const account = row.signedIn ? (row.account ?? vscode.l10n.t('signed in')) : vscode.l10n.t('signed out');
  return {
    row,
    label: row.current ? `$(check) ${row.host}` : row.host,
    description: others.length ? vscode.l10n.t('{0}; for other extensions: {1}', account, others.join('; ')) : account,
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

/** The installations with a stored session, and the current one. */
async function currentRows({ clients, sessions }: CommandContext): Promise<{ current: string; rows: InstallationRow[]; others: Map<string, string[]> }> {
  const url = clients.apiUrl();
  const current = url.ok ? url.apiUrl : '';
  const stored = await sessions.stored(current || undefined);
  const views = stored.filter((s) => !s.record?.forExtensions);
  const rows = installationRows(
    views.map((s) => ({ apiUrl: s.apiUrl, ...(s.record ? { label: s.record.account } : {}) })),
    current,
  );
  const others = new Map<string, string[]>();
  for (const s of stored) if (s.record?.forExtensions) others.set(s.apiUrl, [...(others.get(s.apiUrl) ?? []), s.record.scopes.join(', ')]);
  return { current, rows, others };
}

/** Sets `losant.apiUrl` to an installation already checked; the API URL set. */
async function switchTo({ log }: CommandContext, apiUrl: string, current: string): Promise<string> {
  if (apiUrl !== current) await writeSetting('apiUrl', apiUrl);
  log.info(`Switched to the Losant installation at ${apiUrl}.`);
  return apiUrl;
}

/** Checks an API URL another extension or a link handed over; the normalized URL, or undefined after saying why not. */
async function checkHanded(context: CommandContext, raw: string): Promise<{ apiUrl: string; current: string; rows: InstallationRow[] } | undefined> {
  const { current, rows } = await currentRows(context);
  const check = checkNewInstallation(raw, rows);
  if (!check.ok) {
    showError(localize(check.reason), context.log);
    return undefined;
  }
  return { apiUrl: check.apiUrl, current, rows };
}

/** The person's yes to an installation someone else chose, after seeing both and who is signed in where. */
async function confirmHandedSwitch(apiUrl: string, current: string, rows: readonly InstallationRow[]): Promise<boolean> {
  const target = rows.find((r) => r.apiUrl === apiUrl);
  const there = target?.signedIn
    ? vscode.l10n.t(
        'You are signed in there as {0}; the view and the agent tools will list and create organizations in that account.',
        target.account ?? vscode.l10n.t('an account'),
      )
    : vscode.l10n.t('You are not signed in there: signing in would send your email and password, or token, to {0}.', hostOf(apiUrl));
  const detail = [
    vscode.l10n.t('Another extension or a link asks Losant Explorer to switch installations. This changes your user setting losant.apiUrl:'),
    vscode.l10n.t('from {0}', current || vscode.l10n.t('(unusable)')),
    vscode.l10n.t('to {0}', apiUrl),
    there,
  ].join('\n');
  return confirmHandedValues(
    vscode.l10n.t('Switch Losant Explorer to the installation at {0}?', hostOf(apiUrl)),
    detail,
    vscode.l10n.t('Stay on {0}', current ? hostOf(current) : vscode.l10n.t('the current one')),
    vscode.l10n.t('Switch to {0}', hostOf(apiUrl)),
  );
}

/**
 * Switch Installation: with no argument, the pick; with an API URL handed over by another
 * extension or a link, the question first. The API URL set, or undefined.
 */
export async function switchInstallation(context: CommandContext, arg?: unknown, confirm = confirmHandedSwitch): Promise<string | undefined> {
  if (typeof arg === 'string') {
    const checked = await checkHanded(context, arg);
    if (!checked || checked.apiUrl === checked.current) return checked?.apiUrl;
    if (!(await confirm(checked.apiUrl, checked.current, checked.rows))) return undefined;
    return switchTo(context, checked.apiUrl, checked.current);
  }
  const { current, rows, others } = await currentRows(context);
  const add: Item = { label: `$(add) ${vscode.l10n.t('Add Installation…')}`, detail: vscode.l10n.t('Sign in to another Losant installation by its API URL') };
  const picked = await vscode.window.showQuickPick<Item>(
    [...rows.map((r) => itemFor(r, others.get(r.apiUrl) ?? [])), { label: '', kind: vscode.QuickPickItemKind.Separator }, add],
    {
      title: vscode.l10n.t('Switch Losant Installation'),
      placeHolder: vscode.l10n.t('The installation whose organizations the view lists'),
      ignoreFocusOut: true,
    },
  );
  if (!picked) return undefined;
  const apiUrl = picked.row?.apiUrl ?? (await askForApiUrl(rows));
  if (!apiUrl) return undefined;
  await switchTo(context, apiUrl, current);
  // Chosen in the pick and not signed in there: sign in next, as a person adding one expects.
  if (!rows.some((r) => r.apiUrl === apiUrl && r.signedIn)) await vscode.commands.executeCommand('losant.signIn');
  return apiUrl;
}

export const installationCommands: Commands = { 'losant.switchInstallation': switchInstallation };
