// The "Losant" authentication provider: VS Code's Accounts menu lists the view's session of each
// Losant installation with a stored token, labelled with the account and the installation, and
// the sessions made for other extensions that asked for more, each named with its scopes. Its Sign
// Out forgets exactly the session named; its sign-in is the view's own Sign In. The sessions are read from
// the SessionStore, whose changes (in any window) become onDidChangeSessions.
import * as vscode from 'vscode';
import { localize } from '../adapters/localize';
import { sessionAfterSignIn, sessionChanges, sessionsFor, sessionsFrom, type Session } from '../model/sessions';
import type { SignInResult } from '../flows/signIn';
import type { SessionStore } from '../model/sessionStore';

export const AUTH_PROVIDER_ID = 'losant';

export interface ProviderActions {
  /** The current installation's API URL, or undefined when the setting cannot be used. */
  currentApiUrl(): string | undefined;
  /** The interactive Sign In (the quick pick), asking Losant for these scopes too. */
  signIn(scopes: readonly string[]): Promise<SignInResult>;
  /** Tells the user something went wrong (a notification, and the log). */
  report(message: string): void;
  /** Signs the view's own session of one installation out; true when signed out. */
  signOut(apiUrl: string): Promise<boolean>;
  /** Forgets one session made for other extensions; true when forgotten. */
  forget(sessionId: string): Promise<boolean>;
}

function toVscode(s: Session): vscode.AuthenticationSession {
  return { id: s.id, accessToken: s.accessToken, account: { id: s.apiUrl, label: localize(s.accountLabel) }, scopes: s.scopes };
}

export class LosantAuthenticationProvider implements vscode.AuthenticationProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.AuthenticationProviderAuthenticationSessionsChangeEvent>();
  readonly onDidChangeSessions = this.changed.event;
  /** The sessions last told to VS Code, to tell what changed. */
  private known: Session[] = [];
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

  private async all(): Promise<Session[]> {
    return sessionsFrom(await this.store.stored(this.actions.currentApiUrl()));
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

  /** The sessions for these scopes: see sessionsFor (model/sessions.ts). */
  async getSessions(scopes: readonly string[] | undefined, options?: vscode.AuthenticationProviderSessionOptions): Promise<vscode.AuthenticationSession[]> {
    return sessionsFor(await this.all(), scopes, options?.account, (s) => localize(s.accountLabel)).map(toVscode);
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
    const found = sessionAfterSignIn(await this.all(), result.apiUrl, scopes);
    if (!found) throw new Error(vscode.l10n.t('Signing in to Losant failed.'));
    const { session, missing } = found;
    if (missing.length > 0) {
      const message = vscode.l10n.t(
        'The token for {0} has the scopes {1}, not {2} that an extension asked for. Sign in with email and password to get a token with them, or paste a token that has them.',
        session.apiUrl,
        session.scopes.join(', ') || vscode.l10n.t('(none known)'),
        missing.join(', '),
      );
      this.actions.report(message);
      throw new Error(message);
    }
    return toVscode(session);
  }

  /** Forgets exactly the session named: the view's (which signs the view out) or one made for other extensions. */
  async removeSession(sessionId: string): Promise<void> {
    const session = (await this.all()).find((s) => s.id === sessionId);
    if (!session) return;
    const done = session.forExtensions ? await this.actions.forget(session.id) : await this.actions.signOut(session.apiUrl);
    if (!done) throw new Error(vscode.l10n.t('Signing out of Losant failed.'));
    await this.update();
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
