// The kinds of node in the Organizations tree.
import type { ListedOrganization, LosantApiError } from '../losant';

export interface OrganizationNode {
  readonly kind: 'organization';
  readonly org: ListedOrganization;
}

/** One figure or fact of an organization, shown when it is expanded. */
export interface DetailNode {
  readonly kind: 'detail';
  readonly orgId: string;
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

export type TreeNode = OrganizationNode | DetailNode | LoadMoreNode | ErrorNode | HintNode | CreatingNode;

/** Every contextValue a tree item can carry; each must be used by a menu `when` clause. */
export const CONTEXT_VALUES = ['organization', 'organizationDetail', 'loadMore', 'error'] as const;
