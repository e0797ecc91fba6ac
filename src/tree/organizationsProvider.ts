// Supplies the Organizations tree: loads a page of organizations for the current session and
// turns every failure into a state the view can show (welcome content or an error item).
import * as vscode from 'vscode';
import { isLosantApiError, LosantApiError, type ListedOrganization } from '../losant';
import type { Log } from '../log';
import type { Sessions } from '../session';
import { treeItemFor, type OrganizationNode, type TreeNode } from './nodes';

/** What the view shows; also the `losant.state` context key that picks the welcome content. */
export type ViewState = 'signedOut' | 'signedIn' | 'tokenRejected' | 'forbidden' | 'badApiUrl' | 'empty';

export const PAGE_SIZE = 100;

interface Loaded {
  state: ViewState;
  /** Shown above the tree (the reason for a state, or nothing). */
  message?: string;
  nodes: TreeNode[];
  totalCount?: number;
}

export class OrganizationsProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly loadedEmitter = new vscode.EventEmitter<Loaded>();
  /** Fires after each load settles, with the state the view now shows. */
  readonly onDidLoad = this.loadedEmitter.event;

  private generation = 0;
  private inFlight?: { generation: number; promise: Promise<Loaded>; abort: AbortController };
  private last?: Loaded;

  constructor(
    private readonly sessions: Sessions,
    private readonly log: Log,
  ) {}

  /** Starts over: cancels a load in flight, so its late answer can never replace a newer one. */
  refresh(): void {
    this.inFlight?.abort.abort();
    this.inFlight = undefined;
    this.generation++;
    this.changed.fire();
  }

  get state(): ViewState | undefined {
    return this.last?.state;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return treeItemFor(node);
  }

  getParent(): undefined {
    return undefined;
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    if (node) return [];
    return (await this.loaded()).nodes;
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

  /** Finds the node of an organization among those loaded. */
  findOrganization(id: string): OrganizationNode | undefined {
    return this.last?.nodes.find((n): n is OrganizationNode => n.kind === 'organization' && n.org.id === id);
  }

  /**
   * Reloads, then returns the node of the given organization. One that sorts beyond the loaded
   * page is added at the end, so that a just-created organization can always be revealed.
   */
  async reloadAndFind(org: ListedOrganization): Promise<OrganizationNode | undefined> {
    this.refresh();
    const loaded = await this.loaded();
    const found = this.findOrganization(org.id);
    if (found || loaded.state !== 'signedIn' || loaded.nodes.some((n) => n.kind === 'error')) return found;
    const node: OrganizationNode = { kind: 'organization', org };
    loaded.nodes.push(node);
    this.changed.fire();
    return node;
  }

  private start(generation: number): void {
    const abort = new AbortController();
    const promise = this.fetch(abort.signal).then((loaded) => {
      if (generation === this.generation) {
        this.last = loaded;
        this.loadedEmitter.fire(loaded);
      }
      return loaded;
    });
    this.inFlight = { generation, promise, abort };
  }

  /** Never rejects: every failure becomes a state or an error node. */
  private async fetch(signal: AbortSignal): Promise<Loaded> {
    try {
      const session = await this.sessions.current();
      if (session.kind === 'badApiUrl') return { state: 'badApiUrl', message: session.reason, nodes: [] };
      if (session.kind === 'signedOut') return { state: 'signedOut', nodes: [] };
      const { sortField, sortDirection } = session.settings;
      const page = await session.client.listOrganizations({ sortField, sortDirection, perPage: PAGE_SIZE, page: 0 }, { signal });
      for (const problem of page.skipped) this.log.warn(`Skipped an organization the API sent: ${problem}.`);
      if (page.totalCount === 0 && page.items.length === 0) return { state: 'empty', nodes: [], totalCount: 0 };
      return {
        state: 'signedIn',
        nodes: page.items.map((org) => ({ kind: 'organization', org })),
        totalCount: page.totalCount,
      };
    } catch (e) {
      const error = isLosantApiError(e) ? e : new LosantApiError({ kind: 'unexpectedResponse', message: String(e), cause: e });
      if (error.kind !== 'cancelled') this.log.error(`Loading organizations failed: ${error.message}`);
      if (error.kind === 'unauthorized') {
        return { state: 'tokenRejected', message: vscode.l10n.t('Losant rejected the token: {0}', error.message), nodes: [] };
      }
      if (error.kind === 'forbidden') {
        return { state: 'forbidden', message: vscode.l10n.t('The token lacks the scope to list organizations ({0}).', error.message), nodes: [] };
      }
      return { state: 'signedIn', nodes: [{ kind: 'error', error }] };
    }
  }

  dispose(): void {
    this.inFlight?.abort.abort();
    this.changed.dispose();
    this.loadedEmitter.dispose();
  }
}
