// "Go to Organization…": searches every organization on the server by name as the user types, not
// only the pages the view loaded. Typing is debounced; a new text cancels the request in flight,
// and an answer to an older text never replaces a newer one.
import {
  boundText,
  checkNameFilter,
  inertText,
  isLosantApiError,
  LosantApiError,
  text,
  type ListedOrganization,
  type OrganizationsPage,
  type Text,
} from '../losant';
import { Emitter } from './emitter';
import { realTimers, type Timers } from './timers';

/** How long typing must pause before the server is asked. */
export const SEARCH_DEBOUNCE_MS = 200;

export type SearchState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'searching'; readonly text: string }
  | { readonly kind: 'found'; readonly text: string; readonly organizations: readonly ListedOrganization[]; readonly totalCount: number }
  /** What the user typed cannot be searched for (too long, control characters): nothing was sent. */
  | { readonly kind: 'unusable'; readonly text: string; readonly problem: Text }
  | { readonly kind: 'failed'; readonly text: string; readonly error: LosantApiError };

/**
 * The name filter for what the user typed: a glob that matches it anywhere in a name. `*` and `?`
 * the user types keep their meaning (as in the view's filter); case does not matter (Losant's
 * filter ignores it). Undefined for nothing typed.
 */
export function searchPattern(typed: string): string | undefined {
  const text = typed.trim();
  if (!text) return undefined;
  return `*${text}*`.replace(/\*{2,}/g, '*');
}

export class OrganizationSearch {
  private readonly changed = new Emitter<SearchState>();
  readonly onDidChange = this.changed.event;
  private timer: unknown;
  private inFlight?: AbortController;
  private generation = 0;
  private latest: SearchState = { kind: 'idle' };

  constructor(
    /** One page of organizations whose names match the pattern, sorted as the user chose. */
    private readonly search: (pattern: string, signal: AbortSignal) => Promise<OrganizationsPage>,
    private readonly options: { debounceMs?: number; timers?: Timers } = {},
  ) {}

  get state(): SearchState {
    return this.latest;
  }

  /** The user's text changed: search for it once typing pauses (nothing typed: idle at once). */
  type(typed: string): void {
    const generation = ++this.generation;
    const timers = this.options.timers ?? realTimers;
    if (this.timer !== undefined) timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.inFlight?.abort();
    this.inFlight = undefined;
    const pattern = searchPattern(typed);
    const text = typed.trim();
    if (pattern === undefined) return this.publish({ kind: 'idle' });
    const problem = checkNameFilter(pattern);
    if (problem) return this.publish({ kind: 'unusable', text, problem });
    this.publish({ kind: 'searching', text });
    this.timer = timers.setTimeout(() => {
      this.timer = undefined;
      void this.run(generation, text, pattern);
    }, this.options.debounceMs ?? SEARCH_DEBOUNCE_MS);
  }

  private async run(generation: number, text: string, pattern: string): Promise<void> {
    const abort = new AbortController();
    this.inFlight = abort;
    let next: SearchState;
    try {
      const page = await this.search(pattern, abort.signal);
      next = { kind: 'found', text, organizations: page.items, totalCount: page.totalCount };
    } catch (e) {
      const error = isLosantApiError(e) ? e : new LosantApiError({ kind: 'unexpectedResponse', message: String(e), cause: e });
      if (error.kind === 'cancelled') return;
      next = { kind: 'failed', text, error };
    }
    // A newer text was typed meanwhile: its answer, not this one, is shown.
    if (generation !== this.generation) return;
    this.inFlight = undefined;
    this.publish(next);
  }

  private publish(state: SearchState): void {
    this.latest = state;
    this.changed.fire(state);
  }

  dispose(): void {
    this.generation++;
    if (this.timer !== undefined) (this.options.timers ?? realTimers).clearTimeout(this.timer);
    this.inFlight?.abort();
    this.changed.dispose();
  }
}

/** The longest description line an item shows. */
const DESCRIPTION_LINE_MAX = 120;

/** What one organization's item shows: the name, the first line of its description, its ID; all inert (quick picks render $(icons)). */
export function searchEntry(org: ListedOrganization): { label: string; description: string; detail: string } {
  const firstLine = (org.description ?? '').split(/\r?\n/).find((line) => line.trim()) ?? '';
  return { label: inertText(org.name), description: boundText(inertText(firstLine.trim()), DESCRIPTION_LINE_MAX), detail: org.id };
}

/** What the user can do about a failed search, first the most useful. */
export type SearchRemedy = 'signIn' | 'setApiToken' | 'openSettings' | 'tryAgain' | 'showLog';

/** Why there are no results, and what to do about it: shown inside the quick pick, never an empty list. */
export function searchProblem(cause: { kind: 'signedOut' } | { kind: 'badApiUrl'; reason: Text } | { kind: 'failed'; error: LosantApiError }): {
  message: Text;
  remedies: SearchRemedy[];
} {
  if (cause.kind === 'signedOut') return { message: text('Sign in to Losant to search your organizations.'), remedies: ['signIn', 'setApiToken'] };
  if (cause.kind === 'badApiUrl') return { message: cause.reason, remedies: ['openSettings'] };
  const e = cause.error;
  if (e.kind === 'unauthorized')
    return { message: text('Losant rejected the stored API token: it may have expired or been revoked.'), remedies: ['signIn', 'setApiToken'] };
  if (e.kind === 'forbidden')
    return {
      message: text('The stored API token lacks the scope to list organizations ("orgs.get", "all.User.read" or "all.User").'),
      remedies: ['signIn', 'setApiToken'],
    };
  return { message: e.text, remedies: ['tryAgain', 'showLog'] };
}
