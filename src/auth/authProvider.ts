// The "Losant" authentication provider: VS Code's Accounts menu lists one session per Losant
// installation with a stored token, labelled with the account and the installation; its Sign Out
// runs the view's own sign-out, and its sign-in the view's own Sign In. The sessions are read from
// the SessionStore, whose changes (in any window) become onDidChangeSessions.
import * as vscode from 'vscode';
import { localize } from '../localize';
import { coversScopes, providerSessions, sessionChanges, type ProviderSession } from '../model/authSessions';
import type { SignInResult } from '../commands/signIn';
import type { SessionStore } from './sessionStore';

export const AUTH_PROVIDER_ID = 'losant';

export interface ProviderActions {
  /** The current installation's API URL, or undefined when the setting cannot be used. */
  currentApiUrl(): string | undefined;
  /** The interactive Sign In (the quick pick), asking Losant for these scopes too. */
  signIn(scopes: readonly string[]): Promise<SignInResult>;
  /** Tells the user something went wrong (a notification, and the log). */
  report(message: string): void;
  /** The view's Sign Out, for one installation; true when signed out. */
  signOut(apiUrl: string): Promise<boolean>;
}

function toVscode(s: ProviderSession): vscode.AuthenticationSession {
  return { id: s.id, accessToken: s.accessToken, account: { id: s.apiUrl, label: localize(s.accountLabel) }, scopes: s.scopes };
}

export class LosantAuthenticationProvider implements vscode.AuthenticationProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.AuthenticationProviderAuthenticationSessionsChangeEvent>();
  readonly onDidChangeSessions = this.changed.event;
  /** The sessions last told to VS Code, to tell what changed. */
  private known: ProviderSession[] = [];
  /** Updates one after the other, so no change is told twice. */
  private updating: Promise<void> = Promise.resolve();
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly store: SessionStore,
    private readonly actions: ProviderActions,
  ) {
    this.subscription = store.onDidChange(() => void this.update());
    void this.update();
  }

  private async all(): Promise<ProviderSession[]> {
    return providerSessions(await this.store.stored(this.actions.currentApiUrl()));
  }

  /** Reads the sessions again and tells VS Code what changed. */
  update(): Promise<void> {
    this.updating = this.updating.then(async () => {
      const now = await this.all().catch(() => this.known);
      const { added, removed, changed } = sessionChanges(this.known, now);
      this.known = now;
      if (added.length + removed.length + changed.length > 0) {
        this.changed.fire({ added: added.map(toVscode), removed: removed.map(toVscode), changed: changed.map(toVscode) });
      }
    });
    return this.updating;
  }

  /** The sessions that cover the scopes asked for (all for none), of one installation when VS Code names its account. */
  async getSessions(scopes: readonly string[] | undefined, options?: vscode.AuthenticationProviderSessionOptions): Promise<vscode.AuthenticationSession[]> {
    const sessions = await this.all();
    return sessions
      .filter((s) => (!scopes?.length || coversScopes(s.scopes, scopes)) && (!options?.account || options.account.id === s.apiUrl))
      .map(toVscode);
  }

  /**
   * Runs Sign In for the current installation, asking for the scopes VS Code passes on (another
   * extension's); its session once signed in, when the token covers them (a pasted one may not).
   */
  async createSession(scopes: readonly string[]): Promise<vscode.AuthenticationSession> {
    const result = await this.actions.signIn(scopes);
    if (!result.signedIn) {
      if (result.failure === 'cancelled') throw new vscode.CancellationError();
      throw new Error(result.message ?? vscode.l10n.t('Signing in to Losant failed.'));
    }
    await this.update();
    const session = (await this.all()).find((s) => s.apiUrl === result.apiUrl);
    if (!session) throw new Error(vscode.l10n.t('Signing in to Losant failed.'));
    if (!coversScopes(session.scopes, scopes)) {
      const message = vscode.l10n.t(
        'The token for {0} has the scopes {1}, not {2} that an extension asked for. Sign in with email and password to get a token with them, or paste a token that has them.',
        session.apiUrl,
        session.scopes.join(', ') || vscode.l10n.t('(none known)'),
        scopes.filter((s) => !coversScopes(session.scopes, [s])).join(', '),
      );
      this.actions.report(message);
      throw new Error(message);
    }
    return toVscode(session);
  }

  /** Signs the session's installation out, exactly as the view's Sign Out does. */
  async removeSession(sessionId: string): Promise<void> {
    const session = (await this.all()).find((s) => s.id === sessionId);
    if (!session) return;
    if (!(await this.actions.signOut(session.apiUrl))) throw new Error(vscode.l10n.t('Signing out of Losant failed.'));
    await this.update();
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
