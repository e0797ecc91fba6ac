// Pinned and recently opened organizations, kept per installation and account. Pins live in one
// globalState key that VS Code syncs across the user's machines (setKeysForSync); the recent ones
// stay on this machine. Both are read back from storage another machine wrote, so they are checked
// and bounded like server data.
import { boundText, inertText, NAME_MAX, OBJECT_ID } from '../losant';
import { isJsonObject } from '../losant/json';
import { Emitter } from './emitter';
import type { ValueStore } from './storage';

export const PINS_KEY = 'losant.pinnedOrganizations';
export const RECENT_KEY = 'losant.recentOrganizations';
/** At most this many pins per account, recent ones per account, and accounts remembered. */
export const MAX_PINS = 50;
export const MAX_RECENT = 10;
const MAX_ACCOUNTS = 50;

/** An organization kept by id, with its name when it was pinned (shown when it is no longer available). */
export interface PinnedOrganization {
  id: string;
  name: string;
}

/** Whose pins: the installation (API URL) and the account there (its Losant user id, or its label). */
export interface PinOwner {
  apiUrl: string;
  account: string;
}

type Lists = Record<string, PinnedOrganization[]>;

const ownerKey = (owner: PinOwner): string => `${owner.apiUrl} ${owner.account}`;

function parseList(value: unknown, max: number): PinnedOrganization[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const list: PinnedOrganization[] = [];
  for (const item of value) {
    if (!isJsonObject(item) || typeof item.id !== 'string' || !OBJECT_ID.test(item.id) || seen.has(item.id)) continue;
    seen.add(item.id);
    list.push({ id: item.id, name: typeof item.name === 'string' ? boundText(inertText(item.name), NAME_MAX) : '' });
    if (list.length === max) break;
  }
  return list;
}

function parseLists(value: unknown, max: number): Lists {
  const lists: Lists = {};
  if (!isJsonObject(value)) return lists;
  for (const [key, list] of Object.entries(value).slice(0, MAX_ACCOUNTS)) lists[key] = parseList(list, max);
  return lists;
}

export class PinStore {
  private readonly changed = new Emitter<PinOwner>();
  /** Fires with the owner whose pins changed in this window. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: ValueStore) {}

  /** Pinned organizations, in the order they were pinned. */
  pinned(owner: PinOwner): PinnedOrganization[] {
    return parseLists(this.state.get(PINS_KEY), MAX_PINS)[ownerKey(owner)] ?? [];
  }

  isPinned(owner: PinOwner, id: string): boolean {
    return this.pinned(owner).some((p) => p.id === id);
  }

  /** Pins at the end (already pinned: stays where it is). False when the account has the most pins kept. */
  async pin(owner: PinOwner, org: PinnedOrganization): Promise<boolean> {
    const list = this.pinned(owner);
    if (list.some((p) => p.id === org.id)) return true;
    if (list.length >= MAX_PINS) return false;
    await this.write(PINS_KEY, MAX_PINS, owner, [...list, { id: org.id, name: org.name }]);
    return true;
  }

  async unpin(owner: PinOwner, id: string): Promise<void> {
    await this.write(
      PINS_KEY,
      MAX_PINS,
      owner,
      this.pinned(owner).filter((p) => p.id !== id),
    );
  }

  /** A pinned organization's name as it is now (renamed on the server). */
  async rename(owner: PinOwner, org: PinnedOrganization): Promise<void> {
    const list = this.pinned(owner);
    if (!list.some((p) => p.id === org.id && p.name !== org.name)) return;
    await this.write(
      PINS_KEY,
      MAX_PINS,
      owner,
      list.map((p) => (p.id === org.id ? { id: p.id, name: org.name } : p)),
    );
  }

  /** Recently opened (revealed through Go to Organization), newest first. */
  recent(owner: PinOwner): PinnedOrganization[] {
    return parseLists(this.state.get(RECENT_KEY), MAX_RECENT)[ownerKey(owner)] ?? [];
  }

  async opened(owner: PinOwner, org: PinnedOrganization): Promise<void> {
    const list = [{ id: org.id, name: org.name }, ...this.recent(owner).filter((p) => p.id !== org.id)].slice(0, MAX_RECENT);
    await this.write(RECENT_KEY, MAX_RECENT, owner, list);
  }

  private async write(key: string, max: number, owner: PinOwner, list: PinnedOrganization[]): Promise<void> {
    const lists = parseLists(this.state.get(key), max);
    delete lists[ownerKey(owner)];
    // The owner written last comes last, so the oldest accounts are the ones dropped beyond the bound.
    if (list.length > 0) lists[ownerKey(owner)] = list;
    const entries = Object.entries(lists).slice(-MAX_ACCOUNTS);
    await this.state.update(key, entries.length ? Object.fromEntries(entries) : undefined);
    if (key === PINS_KEY) this.changed.fire(owner);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
