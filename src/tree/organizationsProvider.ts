// Presents the organizations listing as a tree: the model (src/model/organizationsListing.ts)
// loads and decides; this turns its state into rows, and shows a spinner row while one is created.
import * as vscode from 'vscode';
import type { ListedOrganization } from '../losant';
import { localize } from '../adapters/localize';
import { organizationDetails } from '../model/organizationDetails';
import type { ListingState, OrganizationsListing } from '../model/organizationsListing';
import type { Subscription } from '../model/emitter';
import type { CreatingNode, DetailNode, OrganizationNode, PinnedGroupNode, PinnedNode, TreeNode } from './nodes';
import { pinnedEntries } from '../model/pinnedOrganizations';
import type { PinOwner, PinStore } from '../model/pins';
import type { OrganizationIcons } from './organizationIcons';
import { isMembersTreeNode, type MembersTree } from './membersTree';
import { organizationTooltip, treeItemFor } from './treeItems';

export class OrganizationsProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly creating: CreatingNode[] = [];
  // One node per organization object, so VS Code sees the same element across calls (reveal needs it).
  private readonly nodes = new WeakMap<ListedOrganization, OrganizationNode>();
  private readonly subscription: Subscription;

  private static readonly PINNED_GROUP: PinnedGroupNode = { kind: 'pinnedGroup' };
  /** The pinned rows last shown, by organization id: the parents of their details. */
  private pinnedNodes = new Map<string, PinnedNode>();
  /** The ids pinned by the account listed: their rows offer Unpin. */
  private pinnedIds = new Set<string>();

  constructor(
    readonly listing: OrganizationsListing,
    private readonly icons: OrganizationIcons,
    private readonly pins: PinStore,
    /** The Members rows under each organization, and its pending invitations. */
    readonly members: MembersTree,
  ) {
    // A settled load is already awaited by getChildren; only changes under what is shown redraw.
    const listed = listing.onDidChange((change) => {
      if (change.cause === 'update') this.changed.fire();
    });
    const pinned = pins.onDidChange(() => this.changed.fire());
    const people = members.onDidChange((node) => this.changed.fire(node));
    this.subscription = { dispose: () => [listed, pinned, people].forEach((s) => s.dispose()) };
  }

  /** Whose pins the view shows: the installation and account listed; undefined while nothing is listed. */
  owner(): PinOwner | undefined {
    const state = this.listing.state;
    return state.kind === 'listed' ? { apiUrl: state.listing.apiUrl, account: state.listing.accountKey ?? '' } : undefined;
  }

  /** Reloads for the auto-refresh: the pages loaded, in place; a view with no list loads as Refresh does. True when it succeeded. */
  async autoRefresh(): Promise<boolean> {
    if (this.listing.state.kind === 'listed') {
      const ok = await this.listing.reloadInPlace();
      // The pinned rows are fetched again with the list.
      if (ok) this.changed.fire(OrganizationsProvider.PINNED_GROUP);
      return ok;
    }
    this.refresh();
    const state = await this.listing.loaded();
    return state.kind !== 'failed';
  }

  /** Starts over: the next render loads again (a load in flight is cancelled). */
  refresh(): void {
    this.listing.refresh();
    this.changed.fire();
  }

  loadMore(): Promise<void> {
    return this.listing.loadMore();
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return this.members.decorate(node, treeItemFor(node, this.icons, this.pinnedIds));
  }

  /** Tooltips are built only when the user hovers. */
  resolveTreeItem(item: vscode.TreeItem, node: TreeNode): vscode.TreeItem {
    if (node.kind === 'organization') item.tooltip = organizationTooltip(node.org);
    if (node.kind === 'pinned' && node.entry.kind === 'available') item.tooltip = organizationTooltip(node.entry.org);
    return item;
  }

  getParent(node: TreeNode): TreeNode | undefined {
    if (node.kind === 'pinned') return OrganizationsProvider.PINNED_GROUP;
    if (node.kind === 'detail') return node.inPinned ? this.pinnedNodes.get(node.orgId) : this.findOrganization(node.orgId);
    if (isMembersTreeNode(node)) {
      const above = () => (node.inPinned ? this.pinnedNodes.get(node.orgId) : this.findOrganization(node.orgId));
      return this.members.parentOf(node, above, this.organizationUnder(node));
    }
    return undefined;
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    if (node?.kind === 'organization') {
      const details = organizationDetails(node.org, localize).map((d): DetailNode => ({ kind: 'detail', orgId: node.org.id, ...d }));
      return this.members.rowsUnder(node.org, details, false);
    }
    if (node?.kind === 'pinned') {
      const { entry } = node;
      if (entry.kind !== 'available') return [];
      const details = organizationDetails(entry.org, localize).map((d): DetailNode => ({ kind: 'detail', orgId: entry.org.id, inPinned: true, ...d }));
      return this.members.rowsUnder(entry.org, details, true);
    }
    if (node && isMembersTreeNode(node)) return this.members.children(node, this.organizationUnder(node));
    if (node?.kind === 'pinnedGroup') return this.pinnedRows();
    if (node) return [];
    const state = await this.listing.loaded();
    await this.members.update();
    if (state.kind === 'listed') await this.icons.prepare(state.listing.organizations.map((o) => o.iconColor));
    const owner = this.owner();
    this.pinnedIds = new Set(owner ? this.pins.pinned(owner).map((p) => p.id) : []);
    // The filter narrows the list below, never the Pinned group.
    const group = this.pinnedIds.size > 0 ? [OrganizationsProvider.PINNED_GROUP] : [];
    return [...this.creating, ...group, ...this.rows(state)];
  }

  /** The Pinned group's rows: each pin from the list, else fetched by id, else said to be no longer available. */
  private async pinnedRows(): Promise<PinnedNode[]> {
    const owner = this.owner();
    if (!owner) return [];
    const entries = await pinnedEntries(
      this.pins.pinned(owner),
      (id) => this.listing.find(id),
      (id) => this.listing.fetchOrganization(id),
    );
    await this.icons.prepare(entries.map((e) => (e.kind === 'available' ? e.org.iconColor : undefined)));
    this.pinnedNodes = new Map(entries.map((entry) => [entry.pin.id, { kind: 'pinned', entry }]));
    // A pin renamed on the server keeps its new name for when it is no longer available.
    for (const e of entries) if (e.kind === 'available') void this.pins.rename(owner, { id: e.org.id, name: e.org.name }).catch(() => undefined);
    return [...this.pinnedNodes.values()];
  }

  /** A pinned organization as last fetched for the Pinned group (it may be on no loaded page). */
  findPinned(id: string): ListedOrganization | undefined {
    const entry = this.pinnedNodes.get(id)?.entry;
    return entry?.kind === 'available' ? entry.org : undefined;
  }

  /** The organization a row under it stands for, as shown now: from the Pinned group's copy, or the list's. */
  private organizationUnder(node: { orgId: string; inPinned?: boolean }): ListedOrganization | undefined {
    return node.inPinned ? this.findPinned(node.orgId) : this.listing.find(node.orgId);
  }

  findOrganization(id: string): OrganizationNode | undefined {
    const org = this.listing.find(id);
    return org && this.nodeFor(org);
  }

  /** Reloads, then returns the node of the given organization (added at the end if not listed). */
  async reloadAndFind(org: ListedOrganization): Promise<OrganizationNode | undefined> {
    const reloaded = this.listing.reloadAndFind(org); // starts over before the tree asks again
    this.changed.fire();
    const listed = await reloaded;
    if (!listed) return undefined;
    await this.icons.prepare([listed.iconColor]);
    return this.nodeFor(listed);
  }

  /** The node of the given organization, added at the end of the list when no loaded page has it. */
  async include(org: ListedOrganization): Promise<OrganizationNode | undefined> {
    await this.listing.loaded();
    const listed = this.listing.include(org);
    if (!listed) return undefined;
    await this.icons.prepare([listed.iconColor]);
    return this.nodeFor(listed);
  }

  /**
   * Shows the organization as Losant answered it after an edit, in place of its row (same position)
   * and its pinned row. Its row in the list, or undefined when no loaded page has it.
   */
  async replaceOrganization(org: ListedOrganization): Promise<OrganizationNode | undefined> {
    await this.icons.prepare([org.iconColor]);
    const listed = this.listing.replace(org); // redraws the list, when it has the organization
    if (this.pinnedIds.has(org.id)) this.changed.fire(OrganizationsProvider.PINNED_GROUP);
    return listed ? this.findOrganization(org.id) : undefined;
  }

  /** The icons of these colors, as rows show them (for a pick of colors); a color without one is left out. */
  async colorIcons(colors: readonly string[]): Promise<Map<string, vscode.Uri>> {
    await this.icons.prepare(colors);
    const icons = new Map<string, vscode.Uri>();
    for (const color of colors) {
      const icon = this.icons.forColor(color);
      if (icon) icons.set(color, icon);
    }
    return icons;
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

  dispose(): void {
    this.subscription.dispose();
    this.members.dispose();
    this.changed.dispose();
  }

  private nodeFor(org: ListedOrganization): OrganizationNode {
    let node = this.nodes.get(org);
    if (!node) {
      node = { kind: 'organization', org };
      this.nodes.set(org, node);
    }
    return node;
  }

  /** The root rows of a state; states with welcome content have none. */
  private rows(state: ListingState): TreeNode[] {
    if (state.kind === 'failed') return [{ kind: 'error', error: state.error, retry: 'refresh' }];
    if (state.kind !== 'listed') return [];
    const { listing } = state;
    const rows: TreeNode[] = listing.organizations.map((org) => this.nodeFor(org));
    if (listing.filter && rows.length === 0 && this.creating.length === 0) {
      rows.push(
        { kind: 'hint', id: 'changeFilter', label: vscode.l10n.t('Change Filter…'), icon: 'filter', command: 'losant.filterOrganizations' },
        { kind: 'hint', id: 'clearFilter', label: vscode.l10n.t('Clear Filter'), icon: 'clear-all', command: 'losant.clearOrganizationsFilter' },
      );
    }
    if (listing.moreError) rows.push({ kind: 'error', error: listing.moreError, retry: 'loadMore' });
    else if (listing.hasMore) rows.push({ kind: 'loadMore', loaded: listing.organizations.length, total: listing.totalCount });
    return rows;
  }
}
