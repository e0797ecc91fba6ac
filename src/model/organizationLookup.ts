// Finding one organization for the agent, by ID or by exact name. The contract has no GET of a
// single organization, so an ID is sought page by page (sorted by ID, so the search can stop once
// past it) and a name with the server's name filter, then compared exactly.
import { checkOrganizationName, exactNameFilter, OBJECT_ID, text, type ListedOrganization, type LosantClient, type Text } from '../losant';
import { collectOrganizations } from './toolListing';
import { organizationData } from './organizationData';
import { inputFields, NOT_AN_OBJECT, stringField } from './toolInput';

// Organizations whose names match a name filter: far more than any real list holds.
const NAME_MATCHES_MAX = 1000;

export type Lookup = { by: 'id'; id: string } | { by: 'name'; name: string };

export interface LookupResult {
  /** The organization with that ID, or every one with exactly that name (names need not be unique). */
  matches: ListedOrganization[];
  /** By name: organizations whose names differ from it only in case. */
  caseVariants: ListedOrganization[];
}

/** Checks the get tool's input: an ID (which wins when both are given) or an exact name. */
export function lookupRequest(input: unknown): { lookup: Lookup } | { problem: Text } {
  const fields = inputFields(input);
  if (!fields) return { problem: NOT_AN_OBJECT };
  const id = stringField(fields, 'id');
  if ('problem' in id) return id;
  if (id.value !== undefined) {
    const trimmed = id.value.trim();
    return OBJECT_ID.test(trimmed)
      ? { lookup: { by: 'id', id: trimmed.toLowerCase() } }
      : { problem: text('"id" must be a Losant organization ID: 24 hexadecimal characters.') };
  }
  const name = stringField(fields, 'name');
  if ('problem' in name) return name;
  if (name.value === undefined) return { problem: text('Give the "id" or the exact "name" of the organization.') };
  const problem = checkOrganizationName(name.value);
  return problem ? { problem } : { lookup: { by: 'name', name: name.value.trim() } };
}

export async function lookUpOrganization(
  client: LosantClient,
  lookup: Lookup,
  options: { perPage: number; summaryExclude?: string[]; signal?: AbortSignal },
): Promise<LookupResult> {
  if (lookup.by === 'id') {
    const found = (o: ListedOrganization): boolean => o.id.toLowerCase() === lookup.id;
    const { organizations } = await collectOrganizations(
      client,
      { sortField: 'id', sortDirection: 'asc', summaryExclude: options.summaryExclude },
      {
        limit: Number.POSITIVE_INFINITY,
        perPage: options.perPage,
        signal: options.signal,
        // Sorted by ID: once a page ends past the ID, no later page can hold it.
        done: (items) => items.some(found) || (items.length > 0 && items[items.length - 1].id.toLowerCase() > lookup.id),
      },
    );
    return { matches: organizations.filter(found), caseVariants: [] };
  }
  const { organizations } = await collectOrganizations(
    client,
    { sortField: 'name', sortDirection: 'asc', filter: exactNameFilter(lookup.name), summaryExclude: options.summaryExclude },
    { limit: NAME_MATCHES_MAX, perPage: options.perPage, signal: options.signal },
  );
  const lower = lookup.name.toLowerCase();
  return {
    matches: organizations.filter((o) => o.name === lookup.name),
    caseVariants: organizations.filter((o) => o.name !== lookup.name && o.name.toLowerCase() === lower),
  };
}

/** The get tool's answer as data: every match in full, and by name the near misses by ID and name. */
export function lookupData(lookup: Lookup, result: LookupResult): Record<string, unknown> {
  const data: Record<string, unknown> = { [lookup.by]: lookup.by === 'id' ? lookup.id : lookup.name, found: result.matches.length };
  data.organizations = result.matches.map((o) => organizationData(o));
  if (result.caseVariants.length > 0) data.namesDifferingOnlyInCase = result.caseVariants.map((o) => ({ id: o.id, name: o.name }));
  return data;
}
