// What each row of the Organizations tree says: its label, description, tooltip (Markdown where
// it carries server text) and accessibility label, in the words `localize` gives them. Icons and
// commands are the view's (src/tree/treeItems.ts).
import { boundText, escapeMarkdown, inertText, NAME_MAX, revealInvisible, text, type ListedOrganization, type Localize, type LosantApiError } from '../losant';
import type { PinnedEntry } from './pinnedOrganizations';
import { formatCount, formatDate, type OrganizationDetail } from './organizationDetails';

/** The first line of a description, short enough to sit beside the name. */
function shortDescription(description: string | undefined, max = 60): string {
  return revealInvisible(boundText((description ?? '').split(/\r?\n/, 1)[0].trim(), max));
}

/** The name as the row shows it: bounded, its invisible characters shown (⟨U+202E⟩). */
function shownName(org: ListedOrganization): string {
  return revealInvisible(boundText(org.name, NAME_MAX));
}

function traits(org: ListedOrganization, localize: Localize): string[] {
  const out: string[] = [];
  if (org.disabledAt) out.push(localize(text('disabled')));
  if (org.isReadOnly) out.push(localize(text('read-only')));
  return out;
}

/** An organization's row; its tooltip comes on hover (organizationTooltipMarkdown). */
export function organizationRowText(org: ListedOrganization, localize: Localize): { label: string; description: string; accessibilityLabel: string } {
  const marks = traits(org, localize);
  return {
    label: shownName(org),
    description: [shortDescription(org.description), marks.length ? `(${marks.join(', ')})` : ''].filter(Boolean).join(' '),
    accessibilityLabel: [shownName(org), shortDescription(org.description), ...marks].filter(Boolean).join(', '),
  };
}

/** An organization's tooltip, as Markdown: name, description, ID, dates, members (and a banner). */
export function organizationTooltipMarkdown(org: ListedOrganization, localize: Localize): string {
  const members = org.summary?.memberCount ?? org.members?.length;
  const unknown = localize(text('unknown'));
  const description = org.description ? boundText(org.description, 500) : undefined;
  const marks = traits(org, localize);
  const lines = [
    `**${escapeMarkdown(boundText(org.name, NAME_MAX))}**${marks.length ? ` _(${marks.join(', ')})_` : ''}`,
    description ? escapeMarkdown(description) : `_${localize(text('No description'))}_`,
    `${localize(text('ID'))}: ${escapeMarkdown(org.id)}`,
    `${localize(text('Created'))}: ${escapeMarkdown(formatDate(org.creationDate) ?? unknown)}`,
    `${localize(text('Last updated'))}: ${escapeMarkdown(formatDate(org.lastUpdated) ?? unknown)}`,
    `${localize(text('Members'))}: ${members === undefined ? unknown : formatCount(members)}`,
  ];
  if (org.banner?.message) lines.push(`_${localize(text('Banner'))}:_ ${escapeMarkdown(org.banner.message)}`);
  return lines.join('\n\n');
}

/** A row under an expanded organization: the figure beside its label, and both on hover. */
export function detailRowText(detail: OrganizationDetail): { label: string; description: string; tooltip: string } {
  return { label: detail.label, description: detail.value, tooltip: detail.tooltip ?? `${detail.label}: ${detail.value}` };
}

/** The last row while more pages exist. */
export function loadMoreRowText(loaded: number, total: number, localize: Localize): { label: string; commandTitle: string } {
  return { label: localize(text('Load more… ({0} of {1})', formatCount(loaded), formatCount(total))), commandTitle: localize(text('Load More')) };
}

/** The row of a failed load (`refresh`: the first page, `loadMore`: a later one); its tooltip is Markdown. */
export function errorRowText(
  error: LosantApiError,
  retry: 'refresh' | 'loadMore',
  localize: Localize,
): { label: string; description: string; tooltip: string; commandTitle: string } {
  const first = retry === 'refresh';
  const why = localize(error.text);
  return {
    label: first ? localize(text('Could not load organizations')) : localize(text('Could not load more organizations')),
    description: why,
    tooltip: `${escapeMarkdown(why)}\n\n${localize(text('Click to try again.'))}`,
    commandTitle: localize(text('Try Again')),
  };
}

/** The placeholder row of an organization being created. */
export function creatingRowText(name: string, localize: Localize): { label: string; description: string } {
  return { label: name, description: localize(text('Creating…')) };
}

/** A pinned organization that is no longer available (or could not be asked for): its kept name, and why. */
export function unavailablePinText(
  entry: Exclude<PinnedEntry, { kind: 'available' }>,
  localize: Localize,
): { label: string; description: string; tooltip: string } {
  const label = entry.pin.name ? inertText(entry.pin.name) : entry.pin.id;
  if (entry.kind === 'unavailable') {
    return {
      label,
      description: localize(text('no longer available')),
      tooltip: localize(
        text(
          'Losant says this organization does not exist or is not yours to see any more (it was deleted, or you were removed from it). Unpin it to remove it from this list.',
        ),
      ),
    };
  }
  return {
    label,
    description: localize(entry.error.text),
    tooltip: localize(text('It could not be loaded: {0} Refresh to try again.', localize(entry.error.text))),
  };
}
