// Supplies the Organizations tree: loads pages of organizations for the current session and turns
// every failure into a state the view can show (welcome content or an error item).
import * as vscode from 'vscode';
import {
  isLosantApiError,
  LosantApiError,
  type ListedOrganization,
  type LosantClient,
  type OrganizationsPage,
  type OrganizationsQuery,
  type RetryNotice,
} from '../losant';
import type { FilterStore } from '../filterStore';
import { errorText } from '../localize';
import type { Log } from '../log';
import type { Sessions } from '../session';
import type { CreatingNode, LoadMoreNode, OrganizationNode, TreeNode } from './nodes';
import { formatCount, organizationDetails } from './organizationDetails';
import type { OrganizationIcons } from './organizationIcons';
import { organizationTooltip, treeItemFor } from './treeItems';

/** What the view shows; also the `losant.state` context key that picks the welcome content. */
export type ViewState = 'signedOut' | 'signedIn' | 'tokenRejected' | 'forbidden' | 'badApiUrl' | 'empty' | 'noMatch';

/** The organizations loaded so far, and how to fetch the next page. */
interface Listing {
  client: LosantClient;
  apiUrl: string;
  query: OrganizationsQuery;
  nodes: OrganizationNode[];
  ids: Set<string>;
  totalCount: number;
  nextPage: number;
  /** Items the API sent so far, unusable ones included: what paging counts. */
  received: number;
  /** Items skipped because they lacked an id or a name. */
  skipped: number;
  /** Under a filter: how many organizations there are in all. */
  unfilteredTotal?: number;
}

export interface Loaded {
  state: ViewState;
  /** The reason for a state, or the active filter. */
  reason?: string;
  /** Shown above the tree: the reason, and a note when organizations had to be skipped. */
  message?: string;
  /** Picks the welcome text's variant (`losant.stateDetail`), e.g. an expired token. */
  detail?: string;
  /** Shown beside the view's title: the count. */
  description?: string;
  /** The count alone, for the view's title: "1,234", or "12 of 40" under a filter. */
  count?: string;
  listing?: Listing;
  error?: LosantApiError;
  /** What clicking the error row does: reload everything, or fetch the page that failed again. */
  errorRetry?: 'refresh' | 'loadMore';
}

/** States the view explains with welcome content (package.json `viewsWelcome`). */
const WELCOME_STATES: ReadonlySet<ViewState> = new Set(['signedOut', 'tokenRejected', 'forbidden', 'badApiUrl', 'empty']);

export class OrganizationsProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly loadedEmitter = new vscode.EventEmitter<Loaded>();
  /** Fires after each load or page settles, with what the view now shows. */
  readonly onDidLoad = this.loadedEmitter.event;
  private readonly waitingEmitter = new vscode.EventEmitter<string>();
  /** Fires while a read waits to be retried, with a sentence saying so. */
  readonly onDidWait = this.waitingEmitter.event;

  private generation = 0;
  private inFlight?: { generation: number; promise: Promise<Loaded>; abort: AbortController };
  private loadingMore?: Promise<void>;
  private last?: Loaded;
  private readonly creating: CreatingNode[] = [];
  private readonly loadMoreNode = (l: Listing): LoadMoreNode => ({ kind: 'loadMore', loaded: l.nodes.length, total: l.totalCount });

  constructor(
    private readonly sessions: Sessions,
    private readonly filters: FilterStore,
    private readonly icons: OrganizationIcons,
    private readonly log: Log,
  ) {}

  /** Starts over: cancels a load in flight, so its late answer can never replace a newer one. */
  refresh(): void {
    this.inFlight?.abort.abort();
    this.inFlight = undefined;
    this.loadingMore = undefined;
    this.generation++;
    this.changed.fire();
  }

  get state(): ViewState | undefined {
    return this.last?.state;
  }

  get current(): Loaded | undefined {
    return this.last;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return treeItemFor(node, this.icons);
  }

  /** Tooltips are built only when the user hovers. */
  resolveTreeItem(item: vscode.TreeItem, node: TreeNode): vscode.TreeItem {
    if (node.kind === 'organization') item.tooltip = organizationTooltip(node.org);
    return item;
  }

  getParent(node: TreeNode): TreeNode | undefined {
    if (node.kind !== 'detail') return undefined;
    return this.findOrganization(node.orgId);
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    if (node?.kind === 'organization') return organizationDetails(node.org);
    if (node) return [];
    const loaded = await this.loaded();
    const rows: TreeNode[] = [...this.creating];
    const listing = loaded.listing;
    if (listing) rows.push(...listing.nodes);
    if (loaded.state === 'noMatch' && rows.length === 0) {
      rows.push(
        { kind: 'hint', id: 'changeFilter', label: vscode.l10n.t('Change Filter…'), icon: 'filter', command: 'losant.filterOrganizations' },
        { kind: 'hint', id: 'clearFilter', label: vscode.l10n.t('Clear Filter'), icon: 'clear-all', command: 'losant.clearOrganizationsFilter' },
      );
    }
    if (loaded.error) rows.push({ kind: 'error', error: loaded.error, retry: loaded.errorRetry ?? 'refresh' });
    else if (listing && listing.received < listing.totalCount) rows.push(this.loadMoreNode(listing));
    return rows;
  }

  /** The current generation's load; waits again if a refresh superseded the one awaited. */
  async loaded(): Promise<Loaded> {
    for (;;) {
      const generation = this.generation;
      if (!this.inFlight || this.inFlight.generation !== generation) this.start(generation);
      const result = await this.inFlight!.promise;
      if (generation === this.generation) return result;
    }
  }

  findOrganization(id: string): OrganizationNode | undefined {
    return this.last?.listing?.nodes.find((n) => n.org.id === id);
  }

  /** Fetches the next page and appends it. Serialised: a second click while loading fetches nothing. */
  loadMore(): Promise<void> {
    this.loadingMore ??= this.fetchNextPage().finally(() => {
      this.loadingMore = undefined;
    });
    return this.loadingMore;
  }

  /** Shows a spinner row for an organization being created until the returned function is called. */
  showCreating(name: string): () => void {
    const node: CreatingNode = { kind: 'creating', name };
    this.creating.push(node);
    this.changed.fire();
    return () => {
      const i = this.creating.indexOf(node);
      if (i >= 0) this.creating.splice(i, 1);
      this.changed.fire();
    };
  }

  /**
   * Reloads, then returns the node of the given organization. One that sorts beyond the loaded
   * pages (or outside the filter) is added at the end, so a just-created one can always be revealed.
   */
  async reloadAndFind(org: ListedOrganization): Promise<OrganizationNode | undefined> {
    this.refresh();
    const loaded = await this.loaded();
    const found = this.findOrganization(org.id);
    if (found || !loaded.listing) return found;
    await this.icons.prepare([org.iconColor]);
    const node: OrganizationNode = { kind: 'organization', org };
    loaded.listing.nodes.push(node);
    loaded.listing.ids.add(org.id);
    this.changed.fire();
    return node;
  }

  private start(generation: number): void {
    const abort = new AbortController();
    const promise = this.fetchFirstPage(abort.signal).then((loaded) => {
      if (generation === this.generation) this.settle(loaded);
      return loaded;
    });
    this.inFlight = { generation, promise, abort };
    void vscode.window.withProgress({ location: { viewId: 'losant.organizations' } }, () => promise);
  }

  private settle(loaded: Loaded): void {
    // VS Code hides the welcome content (and its buttons) while a view has a message, so states
    // that have welcome content say their reason there, and in the log.
    loaded.message = WELCOME_STATES.has(loaded.state) ? undefined : loaded.reason;
    if (loaded.reason && WELCOME_STATES.has(loaded.state)) this.log.warn(loaded.reason);
    const listing = loaded.listing;
    if (listing) {
      Object.assign(loaded, this.describe(listing));
      const skipped = listing.skipped > 0 ? vscode.l10n.t('{0} organizations sent incomplete by the API are not shown; the Losant log says why.', listing.skipped) : undefined;
      loaded.message = [loaded.message, skipped].filter(Boolean).join(' ') || undefined;
    }
    this.last = loaded;
    this.loadedEmitter.fire(loaded);
  }

  /** The count beside the title ("1,234 organizations", "12 of 40 match") and in it ("1,234", "12 of 40"). */
  private describe(l: Listing): { description: string; count: string } {
    const total = formatCount(l.totalCount);
    if (l.query.filter) {
      if (l.unfilteredTotal === undefined) return { description: vscode.l10n.t('{0} match', total), count: total };
      const all = formatCount(l.unfilteredTotal);
      return { description: vscode.l10n.t('{0} of {1} match', total, all), count: vscode.l10n.t('{0} of {1}', total, all) };
    }
    return { description: l.totalCount === 1 ? vscode.l10n.t('1 organization') : vscode.l10n.t('{0} organizations', total), count: total };
  }

  /** Never rejects: every failure becomes a state or an error row. */
  private async fetchFirstPage(signal: AbortSignal): Promise<Loaded> {
    try {
      const session = await this.sessions.current();
      if (session.kind === 'badApiUrl') return { state: 'badApiUrl', reason: session.reason, detail: session.insecure ? 'insecure' : undefined };
      if (session.kind === 'signedOut') return { state: 'signedOut' };
      const { settings, client, apiUrl } = session;
      const filter = this.filters.get(apiUrl);
      const query: OrganizationsQuery = {
        sortField: settings.sortField,
        sortDirection: settings.sortDirection,
        perPage: settings.pageSize,
        page: 0,
        filter,
        summaryExclude: settings.includePayloadCounts ? undefined : ['payloadCount'],
      };
      const call = { signal, onRetry: this.onRetry };
      const [page, unfilteredTotal] = await Promise.all([
        client.listOrganizations(query, call),
        // "12 of 40 match" needs the total without the filter: the cheapest page there is.
        filter ? client.listOrganizations({ perPage: 1, summaryInclude: ['memberCount'] }, call).then((p) => p.totalCount) : undefined,
      ]);
      await this.icons.prepare(page.items.map((o) => o.iconColor));
      const listing: Listing = { client, apiUrl, query, nodes: [], ids: new Set(), totalCount: page.totalCount, nextPage: 1, received: 0, skipped: 0, unfilteredTotal };
      this.append(listing, page);
      const filterMessage = filter ? vscode.l10n.t('Filter: {0}', filter) : undefined;
      if (listing.nodes.length === 0 && page.totalCount === 0) {
        return filter
          ? { state: 'noMatch', reason: vscode.l10n.t('No organizations match {0}', filter), listing }
          : { state: 'empty', listing };
      }
      return { state: 'signedIn', reason: filterMessage, listing };
    } catch (e) {
      return this.failed(e);
    }
  }

  private async fetchNextPage(): Promise<void> {
    const generation = this.generation;
    const loaded = await this.loaded();
    const listing = loaded.listing;
    if (!listing || listing.received >= listing.totalCount) return;
    try {
      // The generation's abort signal: a refresh cancels a page in flight too.
      const signal = this.inFlight?.generation === generation ? this.inFlight.abort.signal : undefined;
      const page = await listing.client.listOrganizations({ ...listing.query, page: listing.nextPage }, { signal, onRetry: this.onRetry });
      await this.icons.prepare(page.items.map((o) => o.iconColor));
      if (generation !== this.generation) return; // a refresh started over meanwhile
      listing.nextPage++;
      listing.totalCount = page.totalCount;
      this.append(listing, page);
      // An empty page before the total was reached: the list shrank; stop offering more.
      if (page.count === 0) listing.totalCount = listing.received;
      loaded.error = undefined;
      loaded.errorRetry = undefined;
    } catch (e) {
      if (generation !== this.generation) return;
      const failure = this.failed(e);
      // A token rejected meanwhile: start over, so the view shows that state, not a half list.
      if (!failure.error) return this.refresh();
      loaded.error = failure.error;
      loaded.errorRetry = 'loadMore';
    }
    this.settle(loaded);
    this.changed.fire();
  }

  private readonly onRetry = (n: RetryNotice): void => {
    const seconds = Math.max(1, Math.round(n.delayMs / 1000));
    const why = n.error.kind === 'throttled' ? vscode.l10n.t('Losant is throttling requests') : errorText(n.error);
    const text = vscode.l10n.t('{0} Retrying in {1} s…', why.replace(/\.?$/, '.'), seconds);
    this.log.warn(`Retry ${n.attempt} of GET /orgs in ${n.delayMs} ms: ${n.error.message}`);
    this.waitingEmitter.fire(text);
  };

  /** Appends a page, skipping organizations already listed (the list may shift between pages). */
  private append(listing: Listing, page: OrganizationsPage): void {
    listing.received += Math.max(page.count, page.items.length + page.skipped.length);
    listing.skipped += page.skipped.length;
    for (const problem of page.skipped) this.log.warn(`Skipped an organization the API sent: ${problem}.`);
    if (page.extra > 0) this.log.warn(`The API sent ${page.extra} more organizations than the ${listing.query.perPage} a page was asked for; they were ignored.`);
    for (const org of page.items) {
      if (listing.ids.has(org.id)) continue;
      listing.ids.add(org.id);
      listing.nodes.push({ kind: 'organization', org });
    }
  }

  private failed(e: unknown): Loaded {
    const error = isLosantApiError(e) ? e : new LosantApiError({ kind: 'unexpectedResponse', message: String(e), cause: e });
    if (error.kind !== 'cancelled') this.log.error(`Loading organizations failed: ${error.message}`);
    if (error.kind === 'unauthorized') {
      return {
        state: 'tokenRejected',
        reason: vscode.l10n.t('Losant rejected the token: {0}', errorText(error)),
        detail: /expired/i.test(error.message) ? 'expired' : undefined,
      };
    }
    if (error.kind === 'forbidden') {
      return { state: 'forbidden', reason: vscode.l10n.t('The token lacks the scope to list organizations ({0}).', errorText(error)) };
    }
    return { state: 'signedIn', error };
  }

  dispose(): void {
    this.inFlight?.abort.abort();
    this.changed.dispose();
    this.loadedEmitter.dispose();
    this.waitingEmitter.dispose();
  }
}
