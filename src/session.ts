// Turns the settings and the stored token into a ready client, or the reason there is none.
import * as vscode from 'vscode';
import { checkApiUrl, LosantClient, tokenExpiry, type ConnectionOptions } from './losant';
import type { SessionRecord } from './model/authSessions';
import type { ListingSession } from './model/organizationsListing';
import { localize } from './localize';
import type { Log } from './log';
import { readSettings, type LosantSettings } from './settings';
import type { TokenStore } from './tokenStore';

/** Who a session acts as: the account label (empty when the token may not read /me) and what tells one sign-in from another. */
export interface SessionAccount {
  label: string;
  /** The Losant user id, or, when unknown, the id of the stored session. */
  key: string;
}

export type Session =
  | { kind: 'ready'; client: LosantClient; apiUrl: string; settings: LosantSettings; account?: SessionAccount }
  | { kind: 'signedOut'; apiUrl: string; settings: LosantSettings }
  | { kind: 'badApiUrl'; reason: string; insecure: boolean; settings: LosantSettings };

export class Sessions {
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

  async current(): Promise<Session> {
    const settings = readSettings();
    const url = this.apiUrl(settings);
    if (!url.ok) return { kind: 'badApiUrl', reason: url.reason, insecure: url.insecure, settings };
    const token = await this.tokens.get(url.apiUrl);
    if (!token) return { kind: 'signedOut', apiUrl: url.apiUrl, settings };
    const record = await this.records?.record(url.apiUrl).catch(() => undefined);
    const account = record && { label: record.account, key: record.userId ?? record.id };
    return { kind: 'ready', client: this.clientFor(url.apiUrl, token, settings), apiUrl: url.apiUrl, settings, ...(account ? { account } : {}) };
  }

  /** What the organizations listing needs: the session, the settings that shape it, the filter. */
  async forListing(filterFor: (apiUrl: string) => string | undefined): Promise<ListingSession> {
    const settings = readSettings();
    const check = checkApiUrl(settings.apiUrl);
    if (!check.ok) return { kind: 'badApiUrl', reason: check.reason, insecure: check.insecure === true };
    const token = await this.tokens.get(check.origin);
    if (!token) return { kind: 'signedOut', apiUrl: check.origin };
    // A record that cannot be read costs only the label: the view then names the host alone.
    const account = (await this.records?.record(check.origin).catch(() => undefined))?.account;
    return {
      kind: 'ready',
      client: this.clientFor(check.origin, token, settings),
      apiUrl: check.origin,
      ...(account ? { account } : {}),
      options: settings,
      filter: filterFor(check.origin),
      tokenExpiresAt: tokenExpiry(token),
    };
  }
}
