// The API token lives only in VS Code's SecretStorage, one per API URL. Reads are kept in memory
// (SecretStorage answers over IPC, and every load of the view needs the token); whenever
// SecretStorage says a token changed, in this window or another, it is read again at once, so the
// load that follows finds it ready.
import { Emitter, type Subscription } from './emitter';
import type { SecretStore } from './storage';

const PREFIX = 'losant.apiToken:';
const keyFor = (apiUrl: string): string => `${PREFIX}${apiUrl}`;

export class TokenStore {
  private readonly changed = new Emitter<string>();
  /** Fires with the API URL whose token changed, also when another window changed it. */
  readonly onDidChange = this.changed.event;
  private readonly subscription: Subscription;
  private readonly cache = new Map<string, Promise<string | undefined>>();

  constructor(private readonly secrets: SecretStore) {
    this.subscription = secrets.onDidChange((e) => {
      if (!e.key.startsWith(PREFIX)) return;
      const apiUrl = e.key.slice(PREFIX.length);
      this.cache.delete(apiUrl);
      void this.get(apiUrl).catch(() => undefined);
      this.changed.fire(apiUrl);
    });
  }

  get(apiUrl: string): Promise<string | undefined> {
    let token = this.cache.get(apiUrl);
    if (!token) {
      token = Promise.resolve(this.secrets.get(keyFor(apiUrl)));
      // A failed read is not remembered: the next one asks SecretStorage again.
      void token.catch(() => this.cache.delete(apiUrl));
      this.cache.set(apiUrl, token);
    }
    return token;
  }

  /** Stores the token; throws if SecretStorage fails, so the caller can tell the user. */
  async set(apiUrl: string, token: string): Promise<void> {
    this.cache.delete(apiUrl);
    await this.secrets.store(keyFor(apiUrl), token);
  }

  async delete(apiUrl: string): Promise<void> {
    this.cache.delete(apiUrl);
    await this.secrets.delete(keyFor(apiUrl));
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
