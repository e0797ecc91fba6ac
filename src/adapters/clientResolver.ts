// Turns the settings and the stored token into a ready client, or the reason there is none: the one
// resolver the view, the commands, the agent tools and the walkthrough's "signed in" all ask.
import * as vscode from 'vscode';
import { checkApiUrl, LosantClient, tokenExpiry, tokenScopes, type ConnectionOptions } from '../losant';
import type { ClientState } from '../model/clientState';
import type { SessionRecord } from '../model/sessions';
import type { TokenStore } from '../model/tokenStore';
import { localize } from './localize';
import type { Log } from './log';
import { readSettings, type LosantSettings } from './settings';

export class ClientResolver {
  constructor(
    private readonly tokens: TokenStore,
    private readonly log: Log,
    private readonly version: string,
    /** Where the account label of an installation's session is kept (none: the view names only the host). */
    private readonly records?: { record(apiUrl: string): Promise<SessionRecord | undefined> },
  ) {}

  /** The normalized API URL of the current settings, or the reason it cannot be used. */
  apiUrl(settings = readSettings()): { ok: true; apiUrl: string } | { ok: false; reason: string; insecure: boolean } {
    const check = checkApiUrl(settings.apiUrl);
    return check.ok ? { ok: true, apiUrl: check.origin } : { ok: false, reason: localize(check.reason), insecure: check.insecure === true };
  }

  /** How to reach the installation: its URL and the request settings, every request logged (a sign-in needs no token). */
  connectionFor(apiUrl: string, settings = readSettings()): ConnectionOptions {
    return { apiUrl, timeoutMs: settings.timeoutMs, userAgent: `losant-explorer/${this.version} vscode/${vscode.version}`, onLog: (e) => this.log.request(e) };
  }

  /** A client for the given token (used to check a token before it is stored). */
  clientFor(apiUrl: string, token: string, settings = readSettings()): LosantClient {
    this.log.addSecret(token);
    return new LosantClient({ ...this.connectionFor(apiUrl, settings), token });
  }

  /** The client for the installation the settings name, with the account signed in there, or why there is none. */
  async resolve(): Promise<ClientState> {
    const settings: LosantSettings = readSettings();
    const check = checkApiUrl(settings.apiUrl);
    if (!check.ok) return { kind: 'badApiUrl', reason: check.reason, insecure: check.insecure === true, settings };
    const apiUrl = check.origin;
    const token = await this.tokens.get(apiUrl);
    if (!token) return { kind: 'signedOut', apiUrl, settings };
    // A record that cannot be read costs only the label: the view then names the host alone.
    const record = await this.records?.record(apiUrl).catch(() => undefined);
    const account = record && { label: record.account, key: record.userId ?? record.id, ...(record.userId ? { userId: record.userId } : {}) };
    const claimed = tokenScopes(token);
    const scopes = claimed.length > 0 ? claimed : record?.scopes.length ? record.scopes : undefined;
    return {
      kind: 'ready',
      client: this.clientFor(apiUrl, token, settings),
      apiUrl,
      settings,
      ...(account ? { account } : {}),
      tokenExpiresAt: tokenExpiry(token),
      ...(scopes ? { scopes } : {}),
    };
  }
}
