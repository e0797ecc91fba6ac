// What each pinned organization is now: listed on a loaded page, fetched by id (GET /orgs/{orgId})
// when it is not, or no longer available (deleted, or the user was removed: 404 or 403), which the
// view says instead of letting the pin vanish.
import { asLosantApiError, type ListedOrganization, type LosantApiError } from '../losant';
import type { PinnedOrganization } from './pins';

export type PinnedEntry =
  | { readonly kind: 'available'; readonly pin: PinnedOrganization; readonly org: ListedOrganization }
  | { readonly kind: 'unavailable'; readonly pin: PinnedOrganization; readonly error: LosantApiError }
  /** It could not be asked for (network, server): shown with the reason; a refresh asks again. */
  | { readonly kind: 'failed'; readonly pin: PinnedOrganization; readonly error: LosantApiError };

/** Each pin, in pinning order: from the listing when it has it, else fetched by id (all at once). */
export async function pinnedEntries(
  pins: readonly PinnedOrganization[],
  find: (id: string) => ListedOrganization | undefined,
  fetchById: (id: string) => Promise<ListedOrganization>,
): Promise<PinnedEntry[]> {
  return Promise.all(
    pins.map(async (pin): Promise<PinnedEntry> => {
      const listed = find(pin.id);
      if (listed) return { kind: 'available', pin, org: listed };
      try {
        return { kind: 'available', pin, org: await fetchById(pin.id) };
      } catch (e) {
        const error = asLosantApiError(e);
        return { kind: error.kind === 'notFound' || error.kind === 'forbidden' ? 'unavailable' : 'failed', pin, error };
      }
    }),
  );
}
