// What surrounds the tree, derived in one place from the listing's state: the context keys that
// pick the welcome content and the title actions, the message above the tree (with where the API
// URL comes from when the opened folder set it), and the count beside and in the title.
import * as vscode from 'vscode';
import type { RetryNotice } from '../losant';
import { errorText, localize } from '../adapters/localize';
import type { Log } from '../adapters/log';
import { apiUrlSourceNote } from '../adapters/workspaceUrls';
import type { Subscription } from '../model/emitter';
import type { Listing, ListingState, OrganizationsListing } from '../model/organizationsListing';
import type { TreeNode } from './nodes';
import { formatCount } from './organizationDetails';
import { installationSummary } from '../model/installations';

/** The `losant.state` context key: package.json's `when` clauses and welcome content read it. */
export type ViewState = 'signedOut' | 'signedIn' | 'tokenRejected' | 'forbidden' | 'badApiUrl' | 'empty' | 'noMatch';

export interface ViewChrome {
  state: ViewState;
  /** `losant.stateDetail`: picks a welcome text's variant (an expired token, plain HTTP). */
  detail: '' | 'expired' | 'insecure';
  /** `losant.filtered`: the Clear Filter action shows. */
  filtered: boolean;
  /** `losant.apiUrlFromWorkspace`: the opened folder chose the server (a welcome variant says so). */
  apiUrlFromWorkspace: boolean;
  message?: string;
  description?: string;
  title: string;
  /** Why the view shows welcome content instead of rows, for the log (the welcome text is generic). */
  reason?: string;
}

/** Whose organizations the view lists, where (account and installation); undefined in states without a list. */
function listedAt(state: ListingState): string | undefined {
  const where = state.kind === 'listed' ? state.listing : state.kind === 'failed' ? state : undefined;
  return where?.apiUrl === undefined ? undefined : localize(installationSummary(where.apiUrl, where.account));
}

/** The ViewState of a listing state; undefined while the first load is still running. */
export function viewStateOf(state: ListingState): ViewState | undefined {
  switch (state.kind) {
    case 'loading':
      return undefined;
    case 'failed':
      return 'signedIn'; // an error row, with the title actions to refresh or filter
    case 'listed': {
      const l = state.listing;
      if (l.organizations.length > 0 || l.totalCount > 0) return 'signedIn';
      return l.filter ? 'noMatch' : 'empty';
    }
    default:
      return state.kind;
  }
}

/** "1,234 organizations" beside the title, "1,234" in it; "12 of 40 match" and "12 of 40" under a filter. */
function counts(l: Listing): { description: string; count: string } {
  const total = formatCount(l.totalCount);
  if (l.filter) {
    if (l.unfilteredTotal === undefined) return { description: vscode.l10n.t('{0} match', total), count: total };
    const all = formatCount(l.unfilteredTotal);
    return { description: vscode.l10n.t('{0} of {1} match', total, all), count: vscode.l10n.t('{0} of {1}', total, all) };
  }
  return { description: l.totalCount === 1 ? vscode.l10n.t('1 organization') : vscode.l10n.t('{0} organizations', total), count: total };
}

function listedMessage(l: Listing): string | undefined {
  const lines = [
    l.filter && l.organizations.length === 0 && l.totalCount === 0 ? vscode.l10n.t('No organizations match {0}', l.filter) : undefined,
    l.filter && (l.organizations.length > 0 || l.totalCount > 0) ? vscode.l10n.t('Filter: {0}', l.filter) : undefined,
    l.skipped > 0 ? vscode.l10n.t('{0} organizations sent incomplete by the API are not shown; the Losant log says why.', l.skipped) : undefined,
  ];
  return lines.filter(Boolean).join(' ') || undefined;
}

function reasonOf(state: ListingState): string | undefined {
  switch (state.kind) {
    case 'badApiUrl':
      return localize(state.reason);
    case 'tokenRejected':
      return vscode.l10n.t('Losant rejected the token: {0}', errorText(state.error));
    case 'forbidden':
      return vscode.l10n.t('The token lacks the scope to list organizations ({0}).', errorText(state.error));
    default:
      return undefined;
  }
}

/**
 * Everything around the tree for a settled state. `sourceNote` says that the opened folder chose
 * the server: above the rows when there are rows, else in the welcome text (a message hides its buttons).
 */
function viewChromeFor(state: ListingState, viewState: ViewState, sourceNote?: string): ViewChrome {
  const listing = state.kind === 'listed' ? state.listing : undefined;
  const c = listing ? counts(listing) : undefined;
  const filter = listing?.filter ?? (state.kind === 'failed' ? state.filter : undefined);
  return {
    state: viewState,
    detail: state.kind === 'tokenRejected' && state.expired ? 'expired' : state.kind === 'badApiUrl' && state.insecure ? 'insecure' : '',
    filtered: filter !== undefined,
    apiUrlFromWorkspace: sourceNote !== undefined,
    // States with welcome content have no message: VS Code hides the welcome buttons under one.
    message: [viewState === 'signedIn' || viewState === 'noMatch' ? sourceNote : undefined, listing ? listedMessage(listing) : undefined].filter(Boolean).join(' ') || undefined,
    description: c?.description,
    title: titleOf(c?.count, listedAt(state)),
    reason: reasonOf(state),
  };
}

/**
 * "Organizations (6) — Dana Rivera (dana@example.com) on api.losant.com": the count, and whose
 * organizations on which installation, so that after switching installations the view is never
 * ambiguous (the title, because VS Code hides the description of a view alone in its container).
 */
function titleOf(count: string | undefined, where: string | undefined): string {
  if (count !== undefined && where) return vscode.l10n.t('Organizations ({0}) — {1}', count, where);
  if (count !== undefined) return vscode.l10n.t('Organizations ({0})', count);
  return where ? vscode.l10n.t('Organizations — {0}', where) : vscode.l10n.t('Organizations');
}

/** The waiting sentence shown above the tree while a read waits to be retried. */
function waitingMessage(n: RetryNotice): string {
  const seconds = Math.max(1, Math.round(n.delayMs / 1000));
  const why = n.error.kind === 'throttled' ? vscode.l10n.t('Losant is throttling requests') : errorText(n.error);
  return vscode.l10n.t('{0} Retrying in {1} s…', why.replace(/\.?$/, '.'), seconds);
}

/** Keeps the tree view's chrome and context keys in step with the listing. Returns the chrome last applied. */
export function bindViewChrome(treeView: vscode.TreeView<TreeNode>, listing: OrganizationsListing, log: Log): { current(): ViewChrome | undefined } & vscode.Disposable {
  let current: ViewChrome | undefined;
  const subscriptions: Subscription[] = [
    listing.onDidChange(({ state }) => {
      const viewState = viewStateOf(state);
      if (!viewState) return;
      current = viewChromeFor(state, viewState, apiUrlSourceNote());
      if (current.reason) log.warn(current.reason);
      // Before the state, so the plain signed-out welcome text does not flash first.
      void vscode.commands.executeCommand('setContext', 'losant.apiUrlFromWorkspace', current.apiUrlFromWorkspace);
      void vscode.commands.executeCommand('setContext', 'losant.state', current.state);
      void vscode.commands.executeCommand('setContext', 'losant.stateDetail', current.detail);
      void vscode.commands.executeCommand('setContext', 'losant.filtered', current.filtered);
      treeView.message = current.message;
      treeView.description = current.description;
      // A view alone in its container hides its description, so the title carries the count too.
      treeView.title = current.title;
    }),
    listing.onDidWait((notice) => {
      treeView.message = waitingMessage(notice);
    }),
    listing.onNotice((n) => log[n.level](n.message)),
  ];
  return {
    current: () => current,
    dispose: () => subscriptions.forEach((s) => s.dispose()),
  };
}
