// VS Code's SecretStorage and Memento in memory (src/model/storage.ts), for the stores' unit tests.
import { Emitter } from '../../src/model/emitter';
import type { SecretStore, ValueStore } from '../../src/model/storage';

/** SecretStorage in memory; `fromAnotherWindow` changes a secret as another window would (only the event tells). */
export class MemorySecrets implements SecretStore {
  readonly values = new Map<string, string>();
  readonly reads: string[] = [];
  failWrites = false;
  private readonly changed = new Emitter<{ key: string }>();
  readonly onDidChange = this.changed.event;
  get(key: string) {
    this.reads.push(key);
    return Promise.resolve(this.values.get(key));
  }
  store(key: string, value: string) {
    if (this.failWrites) return Promise.reject(new Error('keyring locked'));
    this.values.set(key, value);
    this.changed.fire({ key });
    return Promise.resolve();
  }
  delete(key: string) {
    this.values.delete(key);
    this.changed.fire({ key });
    return Promise.resolve();
  }
  fromAnotherWindow(key: string, value: string | undefined) {
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, value);
    this.changed.fire({ key });
  }
}

export class MemoryState implements ValueStore {
  readonly values = new Map<string, unknown>();
  get<T>(key: string) {
    return this.values.get(key) as T | undefined;
  }
  update(key: string, value: unknown) {
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, value);
    return Promise.resolve();
  }
}
