// Where a signed-in installation is kept: the view's token in the TokenStore (SecretStorage, one key
// per API URL), the tokens of sessions made for other extensions under keys of their own, and the
// sessions' records (id, account label, user id, scopes — nothing secret, never the password) in
// one more SecretStorage entry. SecretStorage, not globalState,
// because it tells every window at once when it changes, so the Accounts menu and the view of
// every window follow a sign-in or sign-out made in any of them.
import { Emitter, type Subscription } from './emitter';
import { parseSessionRecords, replacedBy, serializeSessionRecords, viewRecord, type SessionRecord, type StoredToken } from './sessions';
import type { AccountLabel } from './accountLabel';
import type { SecretStore } from './storage';
import type { TokenStore } from './tokenStore';

const RECORDS_KEY = 'losant.sessions';
/** Where the token of a session made for other extensions is kept. */
const extensionTokenKey = (id: string): string => `losant.sessionToken:${id}`;

export class SessionStore {
  private readonly changed = new Emitter<string>();
  /** Fires with the API URL whose token or record changed, in this window or another. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: Subscription[];
  private records: Promise<Map<string, SessionRecord>> | undefined;
  /** Writes of the records, one after the other (each reads what the previous one wrote). */
  private writing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly secrets: SecretStore,
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
    const changed = new Set<string>();
    for (const id of new Set([...before.keys(), ...after.keys()])) {
      const [b, a] = [before.get(id), after.get(id)];
      if (JSON.stringify(b) !== JSON.stringify(a)) for (const r of [b, a]) if (r) changed.add(r.apiUrl);
    }
    for (const apiUrl of changed) this.changed.fire(apiUrl);
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

  /** The view's own session record of the installation. */
  async record(apiUrl: string): Promise<SessionRecord | undefined> {
    return viewRecord((await this.read()).values(), apiUrl);
  }

  /**
   * Every installation with a stored token, with its record: those with a record, and `apiUrl` (the
   * current one) also when its token was stored without one (by an earlier version).
   */
  async stored(apiUrl?: string): Promise<StoredToken[]> {
    const records = [...(await this.read()).values()];
    const urls = [...new Set(records.filter((r) => !r.forExtensions).map((r) => r.apiUrl))];
    if (apiUrl !== undefined && !urls.includes(apiUrl)) urls.push(apiUrl);
    const views = await Promise.all(
      urls.map(async (url): Promise<StoredToken | undefined> => {
        const token = await this.tokens.get(url);
        const record = viewRecord(records, url);
        return token === undefined ? undefined : { apiUrl: url, token, ...(record ? { record } : {}) };
      }),
    );
    const forExtensions = await Promise.all(
      records
        .filter((r) => r.forExtensions)
        .map(async (record): Promise<StoredToken | undefined> => {
          const token = await this.secrets.get(extensionTokenKey(record.id));
          return token === undefined ? undefined : { apiUrl: record.apiUrl, token, record };
        }),
    );
    return [...views, ...forExtensions].filter((s) => s !== undefined);
  }

  /**
   * Stores a new session: its record first, so the token's arrival finds the account's label.
   * `forExtensions`: made because another extension asked for scopes beyond the view's; then, when
   * the view has a session of its own there, it is kept beside it (replacing one with the same
   * scopes for the same account) and the view's token stays as it was. Throws if SecretStorage fails.
   */
  async save(
    apiUrl: string,
    token: string,
    account: AccountLabel,
    scopes: readonly string[],
    options: { forExtensions?: boolean } = {},
  ): Promise<SessionRecord> {
    // A label that is only the host (the token may not read /me) is not kept: the host is named anyway.
    const label = account.fromProfile ? account.label : '';
    const record: SessionRecord = {
      apiUrl,
      id: crypto.randomUUID(),
      account: label,
      ...(account.userId ? { userId: account.userId } : {}),
      scopes: [...scopes],
    };
    if (options.forExtensions && (await this.tokens.get(apiUrl)) !== undefined) {
      const extension: SessionRecord = { ...record, forExtensions: true };
      await this.secrets.store(extensionTokenKey(extension.id), token);
      let replaced: SessionRecord[] = [];
      await this.write((records) => {
        replaced = replacedBy(records.values(), extension);
        for (const r of replaced) records.delete(r.id);
        records.set(extension.id, extension);
      });
      for (const r of replaced) await this.secrets.delete(extensionTokenKey(r.id));
      return extension;
    }
    await this.write((records) => {
      const old = viewRecord(records.values(), apiUrl);
      if (old) records.delete(old.id);
      records.set(record.id, record);
    });
    await this.tokens.set(apiUrl, token);
    return record;
  }

  /**
   * Forgets every session of the installation (the view's Sign Out): the view's token first (that
   * is what signs the view out), then the records and the other sessions' tokens. How many
   * sessions for other extensions went with it. Throws if SecretStorage fails.
   */
  async remove(apiUrl: string): Promise<number> {
    await this.tokens.delete(apiUrl);
    let gone: SessionRecord[] = [];
    await this.write((records) => {
      gone = [...records.values()].filter((r) => r.apiUrl === apiUrl);
      for (const r of gone) records.delete(r.id);
    });
    const forExtensions = gone.filter((r) => r.forExtensions);
    for (const r of forExtensions) await this.secrets.delete(extensionTokenKey(r.id));
    return forExtensions.length;
  }

  /** Forgets the view's own session of the installation only (the Accounts menu's Sign Out of it). Throws if SecretStorage fails. */
  async removeView(apiUrl: string): Promise<void> {
    await this.tokens.delete(apiUrl);
    await this.write((records) => {
      const view = viewRecord(records.values(), apiUrl);
      if (view) records.delete(view.id);
    });
  }

  /** Forgets exactly one session made for other extensions (the Accounts menu's Sign Out of it). Throws if SecretStorage fails. */
  async removeForExtensions(id: string): Promise<void> {
    await this.write((records) => {
      if (records.get(id)?.forExtensions) records.delete(id);
    });
    await this.secrets.delete(extensionTokenKey(id));
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}
