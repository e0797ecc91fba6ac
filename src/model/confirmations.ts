// What a person confirmed for the agent's tools, held only until the tool sends it. VS Code shows a
// tool's confirmation and calls invoke only after a yes; the tool cannot see a no. So a confirmation
// is tied to the installation and the account it named, counts once, and expires within minutes:
// invoke sends nothing unless the very values were confirmed, recently, for where they would go.

/** Where confirmed values would be sent: the installation and the account it was shown with. */
export interface Destination {
  apiUrl: string;
  /** What tells one signed-in account from another there (see Account.key in clientState.ts); '' when unknown. */
  account: string;
}

/** Where a ready client's requests go: its installation and account. */
export function destinationOf(ready: { apiUrl: string; account?: { key: string } }): Destination {
  return { apiUrl: ready.apiUrl, account: ready.account?.key ?? '' };
}

export type ConfirmationCheck =
  | { ok: true }
  | { ok: false; reason: 'notConfirmed' | 'expired' }
  | { ok: false; reason: 'installationChanged'; confirmedFor: string }
  | { ok: false; reason: 'accountChanged' };

interface Pending extends Destination {
  key: string;
  at: number;
}

/** Confirmations of at most a few minutes ago, one per set of values, the newest kept. */
export class Confirmations {
  private pending: Pending[] = [];

  constructor(
    readonly ttlMs = 5 * 60_000,
    private readonly now: () => number = Date.now,
    private readonly max = 20,
  ) {}

  /** These values are being put to the person, for this destination (replaces an earlier one for them). */
  offer(key: string, destination: Destination): void {
    this.pending = this.pending.filter((p) => p.key !== key && !this.expired(p));
    this.pending.push({ key, ...destination, at: this.now() });
    if (this.pending.length > this.max) this.pending.shift();
  }

  /** Whether these values may be sent there now; a confirmation found is used up, whatever the answer. */
  take(key: string, destination: Destination): ConfirmationCheck {
    const i = this.pending.findIndex((p) => p.key === key);
    if (i < 0) return { ok: false, reason: 'notConfirmed' };
    const [found] = this.pending.splice(i, 1);
    if (this.expired(found)) return { ok: false, reason: 'expired' };
    if (found.apiUrl !== destination.apiUrl) return { ok: false, reason: 'installationChanged', confirmedFor: found.apiUrl };
    if (found.account !== destination.account) return { ok: false, reason: 'accountChanged' };
    return { ok: true };
  }

  private expired(p: Pending): boolean {
    return this.now() - p.at > this.ttlMs;
  }
}
