// The organizations the view lists, without VS Code: it builds the query from the settings, loads
// page after page, drops duplicates, cancels loads a newer one replaced, and turns every failure
// into a state (data, not sentences). The view presents its snapshots; it never changes them.
import {
  asLosantApiError,
  LosantApiError,
  text,
  type ListedOrganization,
  type LosantClient,
  type OrganizationsPage,
  type OrganizationsQuery,
  type RetryNotice,
  type SortDirection,
  type SortField,
  type Text,
} from '../losant';
import type { ClientState } from './clientState';
import { Emitter } from './emitter';
import { OrganizationPages } from './organizationPages';
import { missingScopes } from './orgPermissions';

/** The settings that shape the listing. */
export interface ListingOptions {
  sortField: SortField;
  sortDirection: SortDirection;
  pageSize: number;
  includePayloadCounts: boolean;
}

/** The organizations loaded so far. */
export interface Listing {
  readonly apiUrl: string;
  /** The account listed (its label), when known: with apiUrl, says whose organizations these are. */
  readonly account?: string;
  /** What tells this account from another at the installation (clientState.ts, Account.key): whose pins. */
  readonly accountKey?: string;
  readonly filter?: string;
  readonly organizations: readonly ListedOrganization[];
  /** How many match (the server's `totalCount`), loaded or not. */
  readonly totalCount: number;
  /** Under a filter: how many organizations there are in all. */
  readonly unfilteredTotal?: number;
  /** Organizations the API sent without a usable id or name, not listed. */
  readonly skipped: number;
  /** More pages exist. */
  readonly hasMore: boolean;
  /** The last Load more failed with this; the organizations loaded before stay. */
  readonly moreError?: LosantApiError;
}

export type ListingState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'signedOut' }
  | { readonly kind: 'badApiUrl'; readonly reason: Text; readonly insecure: boolean }
  | { readonly kind: 'tokenRejected'; readonly expired: boolean; readonly error: LosantApiError }
  | { readonly kind: 'forbidden'; readonly error: LosantApiError }
  /** The first page could not be loaded (network, server, timeout…): try again. */
  | { readonly kind: 'failed'; readonly error: LosantApiError; readonly filter?: string; readonly apiUrl?: string; readonly account?: string }
  | { readonly kind: 'listed'; readonly listing: Listing };

/**
 * A new state. `load`: a whole load settled (whoever asked for it with `loaded()` is about to show
 * it); `update`: the state changed under what is shown (a page appended, an organization added).
 */
export interface ListingChange {
  readonly state: ListingState;
  readonly cause: 'load' | 'update';
}

/** Something the model tells its log: what was skipped or ignored, and why a load failed. */
export interface ListingNotice {
  level: 'info' | 'warn' | 'error';
  message: string;
}

/** Where a listing stands between pages (the model's own, mutable bookkeeping). */
interface Pages {
  client: LosantClient;
  /** The token's scopes, when known: reading one organization by id needs org.get. */
  scopes?: readonly string[];
  query: OrganizationsQuery;
  nextPage: number;
  paging: OrganizationPages;
  /** Organizations added at the end, beyond the loaded pages (Go to Organization): kept when the pages are loaded again in place. */
  included: ListedOrganization[];
}

interface Load {
  generation: number;
  abort: AbortController;
  promise: Promise<ListingState>;
}

/** Summary fields to leave out: payload counts are costly for Losant to compute, so only when the user asked for them. */
export function summaryExclude(includePayloadCounts: boolean): string[] | undefined {
  return includePayloadCounts ? undefined : ['payloadCount'];
}

/** The query of the first page, from the settings and the filter. */
function firstPageQuery(options: ListingOptions, filter?: string): OrganizationsQuery {
  return {
    sortField: options.sortField,
    sortDirection: options.sortDirection,
    perPage: options.pageSize,
    page: 0,
    filter,
    summaryExclude: summaryExclude(options.includePayloadCounts),
  };
}

/** The state a failure puts the view in; undefined for a cancelled load (a newer one replaced it). */
function stateForFailure(
  e: unknown,
  tokenExpiresAt?: number,
  filter?: string,
  where: { apiUrl?: string; account?: string } = {},
  now = Date.now(),
): ListingState | undefined {
  const error = asLosantApiError(e);
  switch (error.kind) {
    case 'cancelled':
      return undefined;
    case 'unauthorized':
      return { kind: 'tokenRejected', expired: tokenExpiresAt !== undefined && tokenExpiresAt <= now, error };
    case 'forbidden':
      return { kind: 'forbidden', error };
    default:
      return { kind: 'failed', error, filter, ...where };
  }
}

export class OrganizationsListing {
  private readonly changed = new Emitter<ListingChange>();
  /** Fires with each new state, after a load or a page settles. */
  readonly onDidChange = this.changed.event;
  private readonly waiting = new Emitter<RetryNotice>();
  /** Fires while a read waits to be retried. */
  readonly onDidWait = this.waiting.event;
  private readonly noticed = new Emitter<ListingNotice>();
  /** Fires with what the log should record. */
  readonly onNotice = this.noticed.event;

  private generation = 0;
  private load?: Load;
  private pages?: Pages;
  private loadingMore?: Promise<void>;
  private latest: ListingState = { kind: 'loading' };

  constructor(
    /** The client to list with, or why there is none (asked again at each load). */
    private readonly clientState: () => Promise<ClientState>,
    /** The name filter the user set for an installation. */
    private readonly filterFor: (apiUrl: string) => string | undefined = () => undefined,
  ) {}

  /** The state last published. */
  get state(): ListingState {
    return this.latest;
  }

  /** Starts over at the next `loaded()`: cancels a load in flight, so its late answer never wins. */
  refresh(): void {
    this.load?.abort.abort();
    this.load = undefined;
    this.loadingMore = undefined;
    this.generation++;
  }

  /** The current generation's state, loading it first if needed; waits again if a refresh came meanwhile. */
  async loaded(): Promise<ListingState> {
    for (;;) {
      const generation = this.generation;
      if (!this.load || this.load.generation !== generation) this.load = this.start(generation);
      await this.load.promise;
      // The latest state of this generation: pages appended since its first load included.
      if (generation === this.generation) return this.latest;
    }
  }

  find(id: string): ListedOrganization | undefined {
    return this.latest.kind === 'listed' ? this.latest.listing.organizations.find((o) => o.id === id) : undefined;
  }

  /** Fetches the next page and appends it. Serialised: a second call while loading fetches nothing. */
  loadMore(): Promise<void> {
    this.loadingMore ??= this.fetchNextPage().finally(() => {
      this.loadingMore = undefined;
    });
    return this.loadingMore;
  }

  /**
   * Reloads, then returns the organization as listed. One that sorts beyond the loaded pages (or
   * outside the filter) is added at the end, so a just-created one can always be shown.
   */
  async reloadAndFind(org: ListedOrganization): Promise<ListedOrganization | undefined> {
    this.refresh();
    const state = await this.loaded();
    if (state.kind !== 'listed') return undefined;
    return this.include(org);
  }

  /**
   * The organization as listed, added at the end when it is not on a loaded page (Go to
   * Organization reveals one without loading every page before it). Undefined while nothing is listed.
   */
  include(org: ListedOrganization): ListedOrganization | undefined {
    const state = this.latest;
    if (state.kind !== 'listed') return undefined;
    const found = this.find(org.id);
    if (found) return found;
    this.pages?.paging.remember(org.id);
    this.pages?.included.push(org);
    this.publish({ kind: 'listed', listing: { ...state.listing, organizations: [...state.listing.organizations, org] } }, 'update');
    return org;
  }

  /**
   * Puts the organization as Losant now answers it (after an edit or a member change) in place of
   * the one listed with its id, at the same position. False when it is not listed.
   */
  replace(org: ListedOrganization): boolean {
    const state = this.latest;
    if (state.kind !== 'listed') return false;
    const index = state.listing.organizations.findIndex((o) => o.id === org.id);
    if (index < 0) return false;
    const organizations = state.listing.organizations.map((o, i) => (i === index ? org : o));
    this.publish({ kind: 'listed', listing: { ...state.listing, organizations } }, 'update');
    return true;
  }

  /** Takes a deleted organization out of the list, and out of its count. False when it was not listed. */
  remove(id: string): boolean {
    const state = this.latest;
    if (state.kind !== 'listed') return false;
    const organizations = state.listing.organizations.filter((o) => o.id !== id);
    if (organizations.length === state.listing.organizations.length) return false;
    const totalCount = Math.max(organizations.length, state.listing.totalCount - 1);
    // Under a filter the total without it ("12 of 40 match") loses the organization too.
    const unfilteredTotal = state.listing.unfilteredTotal === undefined ? undefined : Math.max(totalCount, state.listing.unfilteredTotal - 1);
    this.publish({ kind: 'listed', listing: { ...state.listing, organizations, totalCount, unfilteredTotal } }, 'update');
    return true;
  }

  /**
   * One organization by id (GET /orgs/{orgId}) with the listing's client and summary settings: a
   * pinned one on no loaded page. Rejects like the client (404 when it is gone).
   */
  async fetchOrganization(id: string): Promise<ListedOrganization> {
    await this.loaded();
    const pages = this.pages;
    if (!pages) throw new LosantApiError({ kind: 'notFound', message: text('Nothing is listed to look the organization up in.') });
    // A token from before sign-in asked for org.get cannot read one: say so, rather than let Losant's 403 read as "gone".
    const [missing] = pages.scopes ? missingScopes(pages.scopes, 'get') : [];
    if (missing)
      throw new LosantApiError({
        kind: 'validation',
        message: text('Reading an organization by its ID needs the scope {0}, which your token lacks: sign in again.', missing),
      });
    const detail = await pages.client.getOrganization(id, { summaryExclude: pages.query.summaryExclude }, { signal: this.load?.abort.signal });
    return detail.organization;
  }

  /**
   * Loads again as many pages as are loaded, and replaces the list at once (an auto-refresh): the
   * tree keeps its rows until the new ones are there, and what was expanded or selected stays.
   * False when nothing is listed, or it failed; the list shown then stays as it was. A refresh meanwhile wins.
   */
  async reloadInPlace(): Promise<boolean> {
    const state = this.latest;
    const pages = this.pages;
    if (state.kind !== 'listed' || !pages) return false;
    const generation = this.generation;
    const signal = this.load?.generation === generation ? this.load.abort.signal : undefined;
    const fresh: Pages = { client: pages.client, scopes: pages.scopes, query: pages.query, nextPage: 0, paging: new OrganizationPages(), included: [] };
    let listing: Listing = { ...state.listing, organizations: [], skipped: 0, moreError: undefined };
    try {
      do {
        const page = await fresh.client.listOrganizations({ ...fresh.query, page: fresh.nextPage }, { signal });
        if (generation !== this.generation) return true; // a refresh started over meanwhile
        fresh.nextPage++;
        listing = this.append(fresh, { ...listing, totalCount: page.totalCount }, page);
      } while (fresh.nextPage < pages.nextPage && listing.hasMore);
    } catch (e) {
      if (generation === this.generation) this.noticed.fire({ level: 'warn', message: `Auto-refresh failed: ${asLosantApiError(e).message}` });
      return false;
    }
    // What the user brought into view stays, at the end, unless the pages now have it.
    for (const org of pages.included) {
      if (!fresh.paging.remember(org.id)) continue;
      fresh.included.push(org);
      listing = { ...listing, organizations: [...listing.organizations, org] };
    }
    this.pages = fresh;
    this.publish({ kind: 'listed', listing }, 'update');
    return true;
  }

  dispose(): void {
    this.load?.abort.abort();
    this.changed.dispose();
    this.waiting.dispose();
    this.noticed.dispose();
  }

  private start(generation: number): Load {
    const abort = new AbortController();
    const promise = this.fetchFirstPage(abort.signal).then((state) => {
      if (generation === this.generation) this.publish(state, 'load');
      return state;
    });
    return { generation, abort, promise };
  }

  private publish(state: ListingState, cause: ListingChange['cause']): void {
    this.latest = state;
    this.changed.fire({ state, cause });
  }

  private readonly onRetry = (notice: RetryNotice): void => {
    this.noticed.fire({ level: 'warn', message: `Retry ${notice.attempt} of GET /orgs in ${notice.delayMs} ms: ${notice.error.message}` });
    this.waiting.fire(notice);
  };

  /** Never rejects: every failure becomes a state. */
  private async fetchFirstPage(signal: AbortSignal): Promise<ListingState> {
    let tokenExpiresAt: number | undefined;
    let filter: string | undefined;
    let where: { apiUrl?: string; account?: string } = {};
    try {
      const state = await this.clientState();
      if (state.kind === 'badApiUrl') return { kind: 'badApiUrl', reason: state.reason, insecure: state.insecure };
      if (state.kind === 'signedOut') return { kind: 'signedOut' };
      tokenExpiresAt = state.tokenExpiresAt;
      filter = this.filterFor(state.apiUrl);
      where = { apiUrl: state.apiUrl, ...(state.account?.label ? { account: state.account.label } : {}) };
      const client = state.client;
      const query = firstPageQuery(state.settings, filter);
      const call = { signal, onRetry: this.onRetry };
      const [page, unfilteredTotal] = await Promise.all([
        client.listOrganizations(query, call),
        // "12 of 40 match" needs the total without the filter: the cheapest page there is.
        filter ? client.listOrganizations({ perPage: 1, summaryInclude: ['memberCount'] }, call).then((p) => p.totalCount) : undefined,
      ]);
      const pages: Pages = { client, ...(state.scopes ? { scopes: state.scopes } : {}), query, nextPage: 1, paging: new OrganizationPages(), included: [] };
      const empty: Listing = {
        ...where,
        ...(state.account?.key ? { accountKey: state.account.key } : {}),
        apiUrl: state.apiUrl,
        filter,
        organizations: [],
        totalCount: page.totalCount,
        unfilteredTotal,
        skipped: 0,
        hasMore: false,
      };
      const listing = this.append(pages, empty, page);
      if (signal.aborted) return { kind: 'loading' };
      this.pages = pages;
      return { kind: 'listed', listing };
    } catch (e) {
      const state = stateForFailure(e, tokenExpiresAt, filter, where);
      if (!state) return { kind: 'loading' }; // cancelled: a newer load publishes instead
      if ('error' in state) this.noticed.fire({ level: 'error', message: `Loading organizations failed: ${state.error.message}` });
      return state;
    }
  }

  private async fetchNextPage(): Promise<void> {
    const generation = this.generation;
    const state = await this.loaded();
    const pages = this.pages;
    if (state.kind !== 'listed' || !pages || !state.listing.hasMore) return;
    try {
      // The generation's abort signal: a refresh cancels a page in flight too.
      const signal = this.load?.generation === generation ? this.load.abort.signal : undefined;
      const page = await pages.client.listOrganizations({ ...pages.query, page: pages.nextPage }, { signal, onRetry: this.onRetry });
      if (generation !== this.generation) return; // a refresh started over meanwhile
      pages.nextPage++;
      this.publish({ kind: 'listed', listing: this.append(pages, { ...state.listing, moreError: undefined }, page) }, 'update');
    } catch (e) {
      if (generation !== this.generation) return;
      const failure = stateForFailure(e);
      if (!failure) return;
      // A token rejected meanwhile: start over, so the view shows that state, not a half list.
      if (failure.kind !== 'failed') {
        this.refresh();
        this.publish({ kind: 'loading' }, 'update');
        return;
      }
      this.noticed.fire({ level: 'error', message: `Loading more organizations failed: ${failure.error.message}` });
      this.publish({ kind: 'listed', listing: { ...state.listing, moreError: failure.error } }, 'update');
    }
  }

  /** The listing with a page appended, skipping organizations already listed (lists shift between pages). */
  private append(pages: Pages, listing: Listing, page: OrganizationsPage): Listing {
    for (const problem of page.skipped) this.noticed.fire({ level: 'warn', message: `Skipped an organization the API sent: ${problem}.` });
    if (page.extra > 0) {
      this.noticed.fire({
        level: 'warn',
        message: `The API sent ${page.extra} more organizations than the ${pages.query.perPage} a page was asked for; they were ignored.`,
      });
    }
    const { added, totalCount, hasMore } = pages.paging.add(page);
    return {
      ...listing,
      organizations: added.length ? [...listing.organizations, ...added] : listing.organizations,
      skipped: pages.paging.skipped,
      totalCount,
      hasMore,
    };
  }
}
