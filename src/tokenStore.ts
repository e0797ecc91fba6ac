// The API token lives only in VS Code's SecretStorage, one per API URL.
import * as vscode from 'vscode';

const keyFor = (apiUrl: string): string => `losant.apiToken:${apiUrl}`;

export class TokenStore {
  private readonly changed = new vscode.EventEmitter<string>();
  /** Fires with the API URL whose token changed, also when another window changed it. */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly secrets: vscode.SecretStorage) {
    this.subscription = secrets.onDidChange((e) => {
      if (e.key.startsWith('losant.apiToken:')) this.changed.fire(e.key.slice('losant.apiToken:'.length));
    });
  }

  get(apiUrl: string): Thenable<string | undefined> {
    return this.secrets.get(keyFor(apiUrl));
  }

  /** Stores the token; throws if SecretStorage fails, so the caller can tell the user. */
  async set(apiUrl: string, token: string): Promise<void> {
    await this.secrets.store(keyFor(apiUrl), token);
  }

  async delete(apiUrl: string): Promise<void> {
    await this.secrets.delete(keyFor(apiUrl));
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
