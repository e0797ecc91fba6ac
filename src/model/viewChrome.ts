// What surrounds the tree, derived in one place from the listing's state: the context keys that
// pick the welcome content and the title actions, the message above the tree (with where the API
// URL comes from when the opened folder set it), and the count beside and in the title.
import { text, type Localize, type RetryNotice } from '../losant';
import { installationSummary } from './installations';
import type { Listing, ListingState } from './organizationsListing';
import { formatCount } from './organizationDetails';

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
function listedAt(state: ListingState, localize: Localize): string | undefined {
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
function counts(l: Listing, localize: Localize): { description: string; count: string } {
  const total = formatCount(l.totalCount);
  if (l.filter) {
    if (l.unfilteredTotal === undefined) return { description: localize(text('{0} match', total)), count: total };
    const all = formatCount(l.unfilteredTotal);
    return { description: localize(text('{0} of {1} match', total, all)), count: localize(text('{0} of {1}', total, all)) };
  }
  return { description: l.totalCount === 1 ? localize(text('1 organization')) : localize(text('{0} organizations', total)), count: total };
}

function listedMessage(l: Listing, localize: Localize): string | undefined {
  const lines = [
    l.filter && l.organizations.length === 0 && l.totalCount === 0 ? localize(text('No organizations match {0}', l.filter)) : undefined,
    l.filter && (l.organizations.length > 0 || l.totalCount > 0) ? localize(text('Filter: {0}', l.filter)) : undefined,
    l.skipped > 0 ? localize(text('{0} organizations sent incomplete by the API are not shown; the Losant log says why.', l.skipped)) : undefined,
  ];
  return lines.filter(Boolean).join(' ') || undefined;
}

function reasonOf(state: ListingState, localize: Localize): string | undefined {
  switch (state.kind) {
    case 'badApiUrl':
      return localize(state.reason);
    case 'tokenRejected':
      return localize(text('Losant rejected the token: {0}', localize(state.error.text)));
    case 'forbidden':
      return localize(text('The token lacks the scope to list organizations ({0}).', localize(state.error.text)));
    default:
      return undefined;
  }
}

/**
 * Everything around the tree for a settled state. `sourceNote` says that the opened folder chose
 * the server: above the rows when there are rows, else in the welcome text (a message hides its buttons).
 */
export function viewChromeFor(state: ListingState, viewState: ViewState, localize: Localize, sourceNote?: string): ViewChrome {
  const listing = state.kind === 'listed' ? state.listing : undefined;
  const c = listing ? counts(listing, localize) : undefined;
  const filter = listing?.filter ?? (state.kind === 'failed' ? state.filter : undefined);
  return {
    state: viewState,
    detail: state.kind === 'tokenRejected' && state.expired ? 'expired' : state.kind === 'badApiUrl' && state.insecure ? 'insecure' : '',
    filtered: filter !== undefined,
    apiUrlFromWorkspace: sourceNote !== undefined,
    // States with welcome content have no message: VS Code hides the welcome buttons under one.
    message:
      [viewState === 'signedIn' || viewState === 'noMatch' ? sourceNote : undefined, listing ? listedMessage(listing, localize) : undefined]
        .filter(Boolean)
        .join(' ') || undefined,
    description: c?.description,
    title: titleOf(c?.count, listedAt(state, localize), localize),
    reason: reasonOf(state, localize),
  };
}

/**
 * "Organizations (6) — Dana Rivera (dana@example.com) on api.losant.com": the count, and whose
 * organizations on which installation, so that after switching installations the view is never
 * ambiguous (the title, because VS Code hides the description of a view alone in its container).
 */
function titleOf(count: string | undefined, where: string | undefined, localize: Localize): string {
  if (count !== undefined && where) return localize(text('Organizations ({0}) — {1}', count, where));
  if (count !== undefined) return localize(text('Organizations ({0})', count));
  return where ? localize(text('Organizations — {0}', where)) : localize(text('Organizations'));
}

/** The waiting sentence shown above the tree while a read waits to be retried. */
export function waitingMessage(n: RetryNotice, localize: Localize): string {
  const seconds = Math.max(1, Math.round(n.delayMs / 1000));
  const why = n.error.kind === 'throttled' ? localize(text('Losant is throttling requests')) : localize(n.error.text);
  return localize(text('{0} Retrying in {1} s…', why.replace(/\.?$/, '.'), seconds));
}
