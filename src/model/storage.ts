// What the stores need from VS Code's SecretStorage and Memento, so they run (and are tested) in
// plain Node. VS Code's own objects fit these shapes and are passed in as they are.
import type { Subscription } from './emitter';

/** VS Code's SecretStorage: secrets by key, and word of a change made in any window. */
export interface SecretStore {
  get(key: string): PromiseLike<string | undefined>;
  store(key: string, value: string): PromiseLike<void>;
  delete(key: string): PromiseLike<void>;
  onDidChange(listener: (e: { key: string }) => unknown): Subscription;
}

/** VS Code's Memento (globalState): plain values by key. */
export interface ValueStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): PromiseLike<void>;
}
