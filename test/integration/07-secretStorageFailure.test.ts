// SecretStorage can fail (no keyring, a locked one): the user is told, and nothing is half-saved.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { signOut, storeToken } from '../../src/flows/apiToken';
import { ClientResolver } from '../../src/adapters/clientResolver';
import { TokenStore } from '../../src/model/tokenStore';
import { SessionStore } from '../../src/model/sessionStore';
import type { FakeLosant } from '../server/fakeLosant';
import { RecordingLog, setSetting, startServer } from './helpers';

/** A SecretStorage whose every write fails, as VS Code's does without a usable keyring. */
class BrokenSecretStorage implements vscode.SecretStorage {
  readonly writes: string[] = [];
  private readonly emitter = new vscode.EventEmitter<vscode.SecretStorageChangeEvent>();
  readonly onDidChange = this.emitter.event;
  async get(): Promise<string | undefined> {
    return undefined;
  }
  async keys(): Promise<string[]> {
    return [];
  }
  async store(key: string): Promise<void> {
    this.writes.push(key);
    throw new Error('Cannot create an item in a locked collection');
  }
  async delete(key: string): Promise<void> {
    this.writes.push(key);
    throw new Error('Cannot delete an item in a locked collection');
  }
}

/** Keeps what would be shown to the user. */

describe('SecretStorage failing', () => {
  let server: FakeLosant;
  const secrets = new BrokenSecretStorage();
  // Its own channel: disposing one named "Losant" would close the extension's.
  const log = new RecordingLog('Losant (test)');
  const tokens = new TokenStore(secrets);
  const sessions = new SessionStore(secrets, tokens);
  const clients = new ClientResolver(tokens, log, 'test', sessions);

  before(async () => {
    server = await startServer({ orgs: 3, seed: 2 });
    await setSetting('apiUrl', server.url);
  });

  after(async () => {
    await setSetting('apiUrl', undefined);
    sessions.dispose();
    tokens.dispose();
    log.dispose();
    await server.close();
  });

  it('reports a failed save and says nothing was saved', async () => {
    const stored = await storeToken({ clients, sessions, log }, server.url, server.tokens.all);
    assert.equal(stored, false);
    assert.equal(secrets.writes.length, 1, 'one attempt to store, after the token was checked');
    assert.equal(server.requests.filter((r) => r.method === 'GET' && r.path === '/orgs').length, 1, 'the token was checked first');
    assert.equal(log.errors.length, 1);
    assert.match(log.errors[0], /could not save the token in its secret storage: Cannot create an item in a locked collection\. Nothing was saved\./);
    assert.ok(!log.errors[0].includes(server.tokens.all));
  });

  it('reports a failed sign-out', async () => {
    log.errors.length = 0;
    await signOut({ clients, sessions, log });
    assert.equal(log.errors.length, 1);
    assert.match(log.errors[0], /could not remove the token from its secret storage: Cannot delete/);
  });
});
