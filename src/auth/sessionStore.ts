// Where a signed-in installation is kept: its token in the TokenStore (SecretStorage, one key per
// API URL) and, beside it, the session's record (id, account label, user id, scopes — nothing
// secret, never the password) in one more SecretStorage entry. SecretStorage, not globalState,
// because it tells every window at once when it changes, so the Accounts menu and the view of
// every window follow a sign-in or sign-out made in any of them.
import * as vscode from 'vscode';
import { parseSessionRecords, serializeSessionRecords, type SessionRecord, type StoredToken } from '../model/authSessions';
import type { AccountLabel } from '../model/accountLabel';
import type { TokenStore } from '../tokenStore';

const RECORDS_KEY = 'losant.sessions';

export class SessionStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<string>();
  /** Fires with the API URL whose token or record changed, in this window or another. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  private records: Promise<Map<string, SessionRecord>> | undefined;
  /** Writes of the records, one after the other (each reads what the previous one wrote). */
  private writing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly secrets: vscode.SecretStorage,
    readonly tokens: TokenStore,
  ) {
    this.subscriptions = [
      tokens.onDidChange((apiUrl) => this.changed.fire(apiUrl)),
      secrets.onDidChange((e) => {
        if (e.key === RECORDS_KEY) void this.reloadRecords();
      }),
    ];
  }

  private read(): Promise<Map<string, SessionRecord>> {
    if (!this.records) {
      const reading = Promise.resolve(this.secrets.get(RECORDS_KEY)).then(parseSessionRecords);
      // A failed read is not remembered: the next one asks SecretStorage again.
      void reading.catch(() => (this.records = undefined));
      this.records = reading;
    }
    return this.records;
  }

  /** Reads the records again (another window wrote them) and tells which installations changed. */
  private async reloadRecords(): Promise<void> {
    const before = await this.read().catch(() => new Map<string, SessionRecord>());
    this.records = undefined;
    const after = await this.read().catch(() => new Map<string, SessionRecord>());
    for (const apiUrl of new Set([...before.keys(), ...after.keys()])) {
      if (JSON.stringify(before.get(apiUrl)) !== JSON.stringify(after.get(apiUrl))) this.changed.fire(apiUrl);
    }
  }

  private write(change: (records: Map<string, SessionRecord>) => void): Promise<void> {
    const next = this.writing.then(async () => {
      const records = new Map(await this.read());
      change(records);
      this.records = undefined;
      await this.secrets.store(RECORDS_KEY, serializeSessionRecords(records.values()));
      this.records = Promise.resolve(records);
    });
    this.writing = next.catch(() => undefined);
    return next;
  }

  async record(apiUrl: string): Promise<SessionRecord | undefined> {
    return (await this.read()).get(apiUrl);
  }

  /**
   * Every installation with a stored token, with its record: those with a record, and `apiUrl` (the
   * current one) also when its token was stored without one (by an earlier version).
   */
  async stored(apiUrl?: string): Promise<StoredToken[]> {
    const records = await this.read();
    const urls = [...records.keys()];
    if (apiUrl !== undefined && !records.has(apiUrl)) urls.push(apiUrl);
    const found = await Promise.all(
      urls.map(async (url): Promise<StoredToken | undefined> => {
        const token = await this.tokens.get(url);
        const record = records.get(url);
        return token === undefined ? undefined : { apiUrl: url, token, ...(record ? { record } : {}) };
      }),
    );
    return found.filter((s) => s !== undefined);
  }

  /** Stores a new session: its record first, so the token's arrival finds the account's label. Throws if SecretStorage fails. */
  async save(apiUrl: string, token: string, account: AccountLabel, scopes: readonly string[]): Promise<SessionRecord> {
    // A label that is only the host (the token may not read /me) is not kept: the host is named anyway.
    const label = account.fromProfile ? account.label : '';
    const record: SessionRecord = { apiUrl, id: crypto.randomUUID(), account: label, ...(account.userId ? { userId: account.userId } : {}), scopes: [...scopes] };
    await this.write((records) => records.set(apiUrl, record));
    await this.tokens.set(apiUrl, token);
    return record;
  }

  /** Forgets the installation's session: the token first (that is what signs out), then its record. Throws if SecretStorage fails. */
  async remove(apiUrl: string): Promise<void> {
    await this.tokens.delete(apiUrl);
    await this.write((records) => records.delete(apiUrl));
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}
