// The kinds of node in the Organizations tree.
import type { ListedOrganization, LosantApiError } from '../losant';
import type { PinnedEntry } from '../model/pinnedOrganizations';

export interface OrganizationNode {
  readonly kind: 'organization';
  readonly org: ListedOrganization;
}

/** The "Pinned" group above the list. */
export interface PinnedGroupNode {
  readonly kind: 'pinnedGroup';
}

/** One pinned organization in the Pinned group (its row in the list is an OrganizationNode). */
export interface PinnedNode {
  readonly kind: 'pinned';
  readonly entry: PinnedEntry;
}

/** One figure or fact of an organization, shown when it is expanded. */
export interface DetailNode {
  readonly kind: 'detail';
  readonly orgId: string;
  /** Under the organization's row in the Pinned group, not in the list. */
  readonly inPinned?: boolean;
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly icon: string;
  readonly tooltip?: string;
}

export interface LoadMoreNode {
  readonly kind: 'loadMore';
  readonly loaded: number;
  readonly total: number;
}

export interface ErrorNode {
  readonly kind: 'error';
  readonly error: LosantApiError;
  /** What a click does: reload the view, or fetch the page that failed again. */
  readonly retry: 'refresh' | 'loadMore';
}

/** A clickable line of guidance, e.g. "Clear Filter" under "No organizations match x*". */
export interface HintNode {
  readonly kind: 'hint';
  readonly id: string;
  readonly label: string;
  readonly icon: string;
  readonly command: string;
}

/** A placeholder with a spinner while an organization is being created. */
export interface CreatingNode {
  readonly kind: 'creating';
  readonly name: string;
}

export type TreeNode = OrganizationNode | PinnedGroupNode | PinnedNode | DetailNode | LoadMoreNode | ErrorNode | HintNode | CreatingNode;

/**
 * The tree item id of a node. Ids are JSON arrays of the node's kind and keys, so no organization
 * id, however odd ("aaa/id", "x\"]"), can produce another node's id; VS Code throws on duplicates.
 */
export function nodeId(node: TreeNode): string {
  switch (node.kind) {
    case 'organization':
      return JSON.stringify([node.kind, node.org.id]);
    case 'detail':
      return JSON.stringify(node.inPinned ? [node.kind, node.orgId, node.key, 'pinned'] : [node.kind, node.orgId, node.key]);
    case 'pinned':
      return JSON.stringify([node.kind, node.entry.pin.id]);
    case 'hint':
      return JSON.stringify([node.kind, node.id]);
    case 'creating':
      return JSON.stringify([node.kind, node.name]);
    case 'loadMore':
    case 'error':
    case 'pinnedGroup':
      return JSON.stringify([node.kind]);
  }
}

/** Every contextValue a tree item can carry; each must be used by a menu `when` clause. */
export const CONTEXT_VALUES = ['organization', 'pinnedOrganization', 'unavailablePin', 'organizationDetail', 'loadMore', 'error'] as const;
