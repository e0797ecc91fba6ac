// The sessions of the "Losant" authentication provider, without VS Code: one per installation (API
// URL) that has a stored token. What is stored beside the token is not secret — the session's id,
// the account label, Losant's user id and the scopes — and never the password. This module reads
// and writes that record, builds the sessions VS Code's Accounts menu lists, filters them by the
// scopes asked for, and tells what changed between two lists of them.
import { checkApiUrl, tokenScopes, type Text } from '../losant';
import { cleanAccountLabel } from './accountLabel';
import { installationSummary } from './installations';
import { isJsonObject } from '../losant/json';

/** What is kept about a session besides its token (which only SecretStorage holds, under its own key). */
export interface SessionRecord {
  /** Normalized API URL: one session per installation. */
  apiUrl: string;
  /** New at each sign-in, so VS Code tells a new session from the one it replaced. */
  id: string;
  /** The account's label (accountLabel.ts): "Full Name (email)"; empty when the token may not read /me. */
  account: string;
  userId?: string;
  scopes: string[];
}

/** A session as the provider hands it to VS Code (the shape of vscode.AuthenticationSession). */
export interface ProviderSession {
  id: string;
  apiUrl: string;
  accessToken: string;
  /** What the Accounts menu shows: the account and the installation, so two installations never look alike. */
  accountLabel: Text;
  scopes: readonly string[];
}

/** How many installations are remembered at most, and the longest id and scope list kept (the record is read back from storage). */
const MAX_RECORDS = 100;
const MAX_ID = 100;
const MAX_SCOPES = 50;
const MAX_SCOPE_LENGTH = 100;

function parseRecord(apiUrl: string, value: unknown): SessionRecord | undefined {
  const check = checkApiUrl(apiUrl);
  if (!check.ok || !isJsonObject(value)) return undefined;
  const { id, account, userId, scopes } = value;
  if (typeof id !== 'string' || id === '' || id.length > MAX_ID || typeof account !== 'string') return undefined;
  const scopeList = Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string' && s.length <= MAX_SCOPE_LENGTH).slice(0, MAX_SCOPES) : [];
  return { apiUrl: check.origin, id, account: cleanAccountLabel(account), ...(typeof userId === 'string' && userId.length <= MAX_ID ? { userId } : {}), scopes: scopeList };
}

/** The records stored as JSON (see serializeSessionRecords); anything unreadable is left out. */
export function parseSessionRecords(json: string | undefined): Map<string, SessionRecord> {
  const records = new Map<string, SessionRecord>();
  if (!json) return records;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return records;
  }
  if (!isJsonObject(parsed)) return records;
  const ids = new Map<string, number>();
  const parsedRecords = Object.entries(parsed)
    .slice(0, MAX_RECORDS)
    .map(([apiUrl, value]) => parseRecord(apiUrl, value))
    .filter((r) => r !== undefined);
  for (const r of parsedRecords) ids.set(r.id, (ids.get(r.id) ?? 0) + 1);
  // Two records with one id are not ours (each sign-in makes a new one): neither is trusted.
  for (const record of parsedRecords) if (ids.get(record.id) === 1) records.set(record.apiUrl, record);
  return records;
}

/** The records as stored: a JSON object keyed by API URL. */
export function serializeSessionRecords(records: Iterable<SessionRecord>): string {
  const out: Record<string, Omit<SessionRecord, 'apiUrl'>> = {};
  for (const { apiUrl, ...rest } of records) out[apiUrl] = rest;
  return JSON.stringify(out);
}

/** What a token pasted without a record (one stored before sessions had records) is known by. */
export function legacySessionId(apiUrl: string): string {
  return `token:${apiUrl}`;
}

/** A stored token and the record beside it (none for a token stored before records existed). */
export interface StoredToken {
  apiUrl: string;
  token: string;
  record?: SessionRecord;
}

/** The provider's sessions, one per installation with a token, in the order given. */
export function providerSessions(stored: readonly StoredToken[]): ProviderSession[] {
  return stored.map(({ apiUrl, token, record }) => ({
    id: record?.id ?? legacySessionId(apiUrl),
    apiUrl,
    accessToken: token,
    accountLabel: installationSummary(apiUrl, record?.account),
    scopes: sessionScopes(token, record),
  }));
}

/**
 * The scopes a session is handed out for: the token's own claims whenever it has them (the record
 * beside it could have been tampered with, and it is the token Losant checks), else the record's.
 */
function sessionScopes(token: string, record: SessionRecord | undefined): string[] {
  const claimed = tokenScopes(token);
  return claimed.length > 0 ? claimed : (record?.scopes ?? []);
}

/**
 * Whether a token with `granted` scopes can do what `requested` names. Losant's broad scopes
 * cover the narrow ones: all.User everything a user may do, all.User.read every read
 * (`<resource>.get`), `<resource>.*` every action on the resource.
 */
export function coversScopes(granted: readonly string[], requested: readonly string[]): boolean {
  const have = new Set(granted);
  if (have.has('all.User')) return true;
  return requested.every((scope) => {
    const resource = scope.split('.')[0];
    return have.has(scope) || have.has(`${resource}.*`) || (have.has('all.User.read') && scope.endsWith('.get'));
  });
}

export interface SessionChanges {
  added: ProviderSession[];
  removed: ProviderSession[];
  changed: ProviderSession[];
}

/** What changed from one list of sessions to the next, by session id (a changed token or label is `changed`). */
export function sessionChanges(before: readonly ProviderSession[], after: readonly ProviderSession[]): SessionChanges {
  const old = new Map(before.map((s) => [s.id, s]));
  const now = new Map(after.map((s) => [s.id, s]));
  const same = (a: ProviderSession, b: ProviderSession): boolean => a.accessToken === b.accessToken && JSON.stringify([a.accountLabel, a.scopes]) === JSON.stringify([b.accountLabel, b.scopes]);
  return {
    added: after.filter((s) => !old.has(s.id)),
    removed: before.filter((s) => !now.has(s.id)),
    changed: after.filter((s) => old.has(s.id) && !same(old.get(s.id)!, s)),
  };
}

