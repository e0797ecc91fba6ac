// The sessions of the "Losant" authentication provider, without VS Code: the view's own session of
// each installation (API URL) with a stored token, and beside it, one per scope set, the sessions
// made for other extensions that asked for more than the view needs. A broader sign-in never
// replaces the view's token, so no extension allowed on it silently gets more. What is stored beside the token is not secret — the session's id,
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
  /** Made for other extensions (scopes beyond the view's own), kept beside the view's session; its token has a key of its own. */
  forExtensions?: boolean;
}

/** A session as the provider hands it to VS Code (the shape of vscode.AuthenticationSession). */
export interface Session {
  id: string;
  apiUrl: string;
  accessToken: string;
  /**
   * What the Accounts menu shows: the account and the installation, so two installations never
   * look alike; a session for other extensions names its scopes. VS Code lists, and grants access
   * to, accounts by this label, so that session is an account of its own. (The account's id stays
   * the API URL, which extensions use to reach the installation.)
   */
  accountLabel: Text;
  scopes: readonly string[];
  forExtensions: boolean;
}

/** How many installations are remembered at most, and the longest id and scope list kept (the record is read back from storage). */
const MAX_RECORDS = 100;
const MAX_ID = 100;
const MAX_SCOPES = 50;
const MAX_SCOPE_LENGTH = 100;

function parseRecord(apiUrl: unknown, value: unknown): SessionRecord | undefined {
  const check = checkApiUrl(typeof apiUrl === 'string' ? apiUrl : '');
  if (!check.ok || !isJsonObject(value)) return undefined;
  const { id, account, userId, scopes, forExtensions } = value;
  if (typeof id !== 'string' || id === '' || id.length > MAX_ID || typeof account !== 'string') return undefined;
  const scopeList = Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string' && s.length <= MAX_SCOPE_LENGTH).slice(0, MAX_SCOPES) : [];
  return {
    apiUrl: check.origin,
    id,
    account: cleanAccountLabel(account),
    ...(typeof userId === 'string' && userId.length <= MAX_ID ? { userId } : {}),
    scopes: scopeList,
    ...(forExtensions === true ? { forExtensions: true } : {}),
  };
}

/**
 * The records stored as JSON (see serializeSessionRecords), by session id; anything unreadable is
 * left out. The first format (an object keyed by API URL, the view's sessions only) is read too.
 */
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
  const entries: [unknown, unknown][] =
    parsed.version === 2 && Array.isArray(parsed.sessions)
      ? parsed.sessions.map((s: unknown) => [isJsonObject(s) ? s.apiUrl : undefined, s])
      : Object.entries(parsed).map(([apiUrl, value]) => [apiUrl, isJsonObject(value) ? { ...value, forExtensions: false } : value]);
  const parsedRecords = entries
    .slice(0, MAX_RECORDS)
    .map(([apiUrl, value]) => parseRecord(apiUrl, value))
    .filter((r) => r !== undefined);
  const count = (key: (r: SessionRecord) => string | undefined) => {
    const n = new Map<string, number>();
    for (const r of parsedRecords) {
      const k = key(r);
      if (k !== undefined) n.set(k, (n.get(k) ?? 0) + 1);
    }
    return n;
  };
  const ids = count((r) => r.id);
  const views = count((r) => (r.forExtensions ? undefined : r.apiUrl));
  // Two records with one id, or two view sessions for one installation, are not ours (each
  // sign-in makes a new id and replaces the view's): none of them is trusted.
  for (const r of parsedRecords) if (ids.get(r.id) === 1 && (r.forExtensions || views.get(r.apiUrl) === 1)) records.set(r.id, r);
  return records;
}

/** The records as stored: `{ version: 2, sessions: [...] }`. */
export function serializeSessionRecords(records: Iterable<SessionRecord>): string {
  return JSON.stringify({ version: 2, sessions: [...records] });
}

/** The view's own session record of an installation, if any. */
export function viewRecord(records: Iterable<SessionRecord>, apiUrl: string): SessionRecord | undefined {
  for (const r of records) if (r.apiUrl === apiUrl && !r.forExtensions) return r;
  return undefined;
}

/** The sessions for other extensions at an installation that a new one with these scopes, for this account, replaces (the same scope set). */
export function replacedBy(records: Iterable<SessionRecord>, incoming: Pick<SessionRecord, 'apiUrl' | 'userId' | 'scopes'>): SessionRecord[] {
  const set = (scopes: readonly string[]) => [...new Set(scopes)].sort().join(' ');
  return [...records].filter((r) => r.forExtensions && r.apiUrl === incoming.apiUrl && r.userId === incoming.userId && set(r.scopes) === set(incoming.scopes));
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

/** The provider's sessions, one per stored token, in the order given. */
export function sessionsFrom(stored: readonly StoredToken[]): Session[] {
  return stored.map(({ apiUrl, token, record }) => {
    const scopes = sessionScopes(token, record);
    const forExtensions = record?.forExtensions === true;

    return {
      id: record?.id ?? legacySessionId(apiUrl),
      apiUrl,
      accessToken: token,
      // VS Code grants access per account: a session for other extensions is an account of its own, named with its scopes.
      accountLabel: installationSummary(apiUrl, record?.account, forExtensions ? scopes : undefined),
      scopes,
      forExtensions,
    };
  });
}

/** Narrowest first: the view's own before sessions made for other extensions, fewer scopes before more, all.User last. */
export function narrowestFirst(sessions: readonly Session[]): Session[] {
  const breadth = (s: Session) =>
    (s.scopes.includes('all.User') ? 10_000 : s.scopes.includes('all.User.read') ? 5_000 : s.scopes.length) + (s.forExtensions ? 0.5 : 0);
  return [...sessions].sort((a, b) => breadth(a) - breadth(b));
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

/**
 * The sessions handed to an extension that asks for these scopes (all for none): those of the
 * account VS Code names (its id is the API URL; its label, when given, must match too), or else the
 * narrowest of each installation, so that no extension is offered a broader token than what it
 * asked for needs.
 */
export function sessionsFor(
  all: readonly Session[],
  scopes: readonly string[] | undefined,
  account: { id: string; label?: string } | undefined,
  labelOf: (s: Session) => string,
): Session[] {
  const covering = narrowestFirst(all.filter((s) => !scopes?.length || coversScopes(s.scopes, scopes)));
  if (account) return covering.filter((s) => s.apiUrl === account.id && (!account.label || labelOf(s) === account.label));
  if (!scopes?.length) return covering;
  return covering.filter((s, i) => covering.findIndex((o) => o.apiUrl === s.apiUrl) === i);
}

/**
 * The session a sign-in for these scopes made at an installation: the narrowest that covers them,
 * else the narrowest there (a pasted token may lack them: `missing` names what it lacks).
 */
export function sessionAfterSignIn(all: readonly Session[], apiUrl: string, scopes: readonly string[]): { session: Session; missing: string[] } | undefined {
  const there = narrowestFirst(all.filter((s) => s.apiUrl === apiUrl));
  const session = there.find((s) => coversScopes(s.scopes, scopes)) ?? there[0];
  return session && { session, missing: scopes.filter((scope) => !coversScopes(session.scopes, [scope])) };
}

export interface SessionChanges {
  added: Session[];
  removed: Session[];
  changed: Session[];
}

/** What changed from one list of sessions to the next, by session id (a changed token or label is `changed`). */
export function sessionChanges(before: readonly Session[], after: readonly Session[]): SessionChanges {
  const old = new Map(before.map((s) => [s.id, s]));
  const now = new Map(after.map((s) => [s.id, s]));
  const same = (a: Session, b: Session): boolean =>
    a.accessToken === b.accessToken && JSON.stringify([a.accountLabel, a.scopes]) === JSON.stringify([b.accountLabel, b.scopes]);
  return {
    added: after.filter((s) => !old.has(s.id)),
    removed: before.filter((s) => !now.has(s.id)),
    changed: after.filter((s) => old.has(s.id) && !same(old.get(s.id)!, s)),
  };
}
