// Listing organizations for the agent's tool: the tool's input checked (the view's filter rules) and
// turned into GET /orgs queries, paged until the limit.
import { checkNameFilter, SORT_DIRECTIONS, SORT_FIELDS, text, type ListedOrganization, type LosantClient, type OrganizationsQuery, type Text } from '../losant';
import { LIST_DESCRIPTION_MAX, organizationData } from './organizationData';
import { inputFields, NOT_AN_OBJECT, stringField } from './toolInput';
import { summaryExclude, type ListingOptions } from './organizationsListing';
import { OrganizationPages } from './organizationPages';

const LIST_LIMIT_DEFAULT = 100;
const LIST_LIMIT_MAX = 1000;
// A guard against a server whose pages never end.
const MAX_PAGES = 1000;

/** What the tool falls back to: the view's own settings. */
export type ListDefaults = ListingOptions;

export interface ListRequest {
  /** Without page and perPage, which the paging sets. */
  query: OrganizationsQuery;
  limit: number;
  perPage: number;
}

export interface Collected {
  organizations: ListedOrganization[];
  totalCount: number;
  /** Organizations the API sent without an id or a name. */
  skipped: number;
  /** Every page up to the end was read. */
  complete: boolean;
}

function enumField<T extends string>(fields: Record<string, unknown>, key: string, values: readonly T[], fallback: T): { value: T } | { problem: Text } {
  const got = stringField(fields, key);
  if ('problem' in got) return got;
  if (got.value === undefined) return { value: fallback };
  return (values as readonly string[]).includes(got.value) ? { value: got.value as T } : { problem: text('"{0}" must be one of {1}.', key, values.join(', ')) };
}

/** Checks the list tool's input; the first problem is returned as a sentence for the model. */
export function listRequest(input: unknown, defaults: ListDefaults): { request: ListRequest } | { problem: Text } {
  const fields = inputFields(input);
  if (!fields) return { problem: NOT_AN_OBJECT };
  const filter = stringField(fields, 'nameFilter');
  if ('problem' in filter) return filter;
  const filterProblem = filter.value === undefined ? undefined : checkNameFilter(filter.value);
  if (filterProblem) return { problem: filterProblem };
  const sortField = enumField(fields, 'sortField', SORT_FIELDS, defaults.sortField);
  if ('problem' in sortField) return sortField;
  const sortDirection = enumField(fields, 'sortDirection', SORT_DIRECTIONS, defaults.sortDirection);
  if ('problem' in sortDirection) return sortDirection;
  const rawLimit = fields.limit ?? LIST_LIMIT_DEFAULT;
  if (typeof rawLimit !== 'number' || !Number.isFinite(rawLimit)) return { problem: text('"limit" must be a number from 1 to {0}.', LIST_LIMIT_MAX) };
  // A model asking for "all" with a huge number gets the most there is, and `more` tells it so.
  const limit = Math.min(LIST_LIMIT_MAX, Math.max(1, Math.round(rawLimit)));
  return {
    request: {
      query: {
        sortField: sortField.value,
        sortDirection: sortDirection.value,
        filter: filter.value,
        summaryExclude: summaryExclude(defaults.includePayloadCounts),
      },
      limit,
      perPage: Math.min(limit, defaults.pageSize),
    },
  };
}

/**
 * Reads pages of GET /orgs until `limit` organizations, the end, or `done` says the page holds
 * what was sought. Organizations seen on an earlier page (the list may shift) are not repeated.
 */
export async function collectOrganizations(
  client: LosantClient,
  query: OrganizationsQuery,
  options: { limit: number; perPage: number; signal?: AbortSignal; done?: (items: ListedOrganization[]) => boolean },
): Promise<Collected> {
  const organizations: ListedOrganization[] = [];
  const pages = new OrganizationPages();
  let totalCount = 0;
  let complete = false;
  for (let page = 0; page < MAX_PAGES; page++) {
    const p = await client.listOrganizations({ ...query, page, perPage: options.perPage }, { signal: options.signal });
    const step = pages.add(p);
    organizations.push(...step.added);
    totalCount = step.totalCount;
    complete = !step.hasMore;
    if (complete || organizations.length >= options.limit || options.done?.(p.items)) break;
  }
  return {
    organizations: organizations.slice(0, options.limit),
    totalCount,
    skipped: pages.skipped,
    complete: complete && organizations.length <= options.limit,
  };
}

/** The list tool's answer as data. */
export function listData(request: ListRequest, collected: Collected): Record<string, unknown> {
  const data: Record<string, unknown> = {
    totalCount: collected.totalCount,
    returned: collected.organizations.length,
    more: !collected.complete,
    sortField: request.query.sortField,
    sortDirection: request.query.sortDirection,
  };
  if (request.query.filter !== undefined) data.nameFilter = request.query.filter;
  if (collected.skipped > 0) data.skippedIncomplete = collected.skipped;
  data.organizations = collected.organizations.map((o) => organizationData(o, LIST_DESCRIPTION_MAX));
  return data;
}
