// Several Losant installations (the public cloud, private ones): the API URLs that have a stored
// session, as the rows "Losant: Switch Installation…" shows, and the check of one being added.
import { checkApiUrl, text, type Text } from '../losant';
import { cleanAccountLabel } from './accountLabel';
import { hostOf } from './settingOrigin';

/** A stored session: its API URL, and the account label saved with it (none for an old token). */
export interface InstallationAccount {
  apiUrl: string;
  label?: string;
}

export interface InstallationRow {
  /** Normalized: what `losant.apiUrl` is set to when the row is picked. */
  apiUrl: string;
  /** The row's name: the host (with the port), in punycode, one inert line. */
  host: string;
  /** The account signed in there, inert and bounded; undefined when none is, or it is unknown. */
  account?: string;
  signedIn: boolean;
  /** The installation `losant.apiUrl` names now. */
  current: boolean;
}

function normalized(apiUrl: string): string | undefined {
  const check = checkApiUrl(apiUrl);
  return check.ok ? check.origin : undefined;
}

/**
 * The rows of the Switch Installation pick: every stored session's API URL once (URLs that are not
 * usable, e.g. plain HTTP to another machine, are left out), and the current one even when
 * signed out there. The current one comes first, then the others by host.
 */
export function installationRows(signedIn: readonly InstallationAccount[], currentApiUrl: string): InstallationRow[] {
  const rows = new Map<string, InstallationRow>();
  for (const session of signedIn) {
    const apiUrl = normalized(session.apiUrl);
    if (!apiUrl || rows.has(apiUrl)) continue;
    const account = session.label === undefined ? '' : cleanAccountLabel(session.label);
    rows.set(apiUrl, { apiUrl, host: hostOf(apiUrl), ...(account ? { account } : {}), signedIn: true, current: false });
  }
  const current = normalized(currentApiUrl);
  if (current) {
    const row = rows.get(current) ?? { apiUrl: current, host: hostOf(current), signedIn: false, current: true };
    rows.set(current, { ...row, current: true });
  }
  return [...rows.values()].sort((a, b) => Number(b.current) - Number(a.current) || a.host.localeCompare(b.host) || a.apiUrl.localeCompare(b.apiUrl));
}

export type NewInstallationCheck = { ok: true; apiUrl: string; existing?: InstallationRow } | { ok: false; reason: Text };

/** Checks an API URL typed to add an installation; one already listed is fine and says so (`existing`). */
export function checkNewInstallation(raw: string, rows: readonly InstallationRow[]): NewInstallationCheck {
  if (raw.trim() === '') return { ok: false, reason: text('Enter the API URL of the Losant installation, such as https://api.losant.com.') };
  const check = checkApiUrl(raw);
  if (!check.ok) return { ok: false, reason: check.reason };
  const existing = rows.find((r) => r.apiUrl === check.origin);
  return existing ? { ok: true, apiUrl: check.origin, existing } : { ok: true, apiUrl: check.origin };
}

/** The line that says which installation and account a view lists. */
export function installationSummary(apiUrl: string, account?: string, scopes?: readonly string[]): Text {
  const label = account === undefined ? '' : cleanAccountLabel(account);
  if (scopes) {
    const list = scopes.join(', ');
    return label ? text('{0} on {1} ({2})', label, hostOf(apiUrl), list) : text('Losant at {0} ({1})', hostOf(apiUrl), list);
  }
  return label ? text('{0} on {1}', label, hostOf(apiUrl)) : text('Losant at {0}', hostOf(apiUrl));
}
