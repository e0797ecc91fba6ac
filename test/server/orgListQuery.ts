// GET /orgs: query validation (400 first problem only), then sorting, glob filtering,
// 0-based paging and summary field selection, per the contract.
import { validationError } from './apiResponse';
import { compileGlob } from './glob';
import type { Organization, OrgSortField } from './organization';
import { isSortField, type OrgStore, type SortDirection } from './orgStore';
import { single } from './queryParams';

export interface OrgListQuery {
  sortField: OrgSortField;
  sortDirection: SortDirection;
  page: number;
  perPage: number;
  filterField?: string;
  filter?: string;
  summaryInclude?: string[];
  summaryExclude?: string[];
}

export const DEFAULT_PER_PAGE = 100;

function integerParam(params: URLSearchParams, name: string, fallback: number, min: number): number {
  const raw = single(params, name);
  if (raw === undefined) return fallback;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < min) {
    throw validationError(min === 0 ? `${name} must be a non-negative integer` : `${name} must be an integer of at least ${min}`);
  }
  return value;
}

export function nameList(raw: string | undefined): string[] | undefined {
  const names = (raw ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  return names.length > 0 ? names : undefined;
}

export function parseOrgListQuery(params: URLSearchParams): OrgListQuery {
  const sortField = single(params, 'sortField') ?? 'name';
  if (!isSortField(sortField)) throw validationError('sortField must be an enum value');
  const sortDirection = single(params, 'sortDirection') ?? 'asc';
  if (sortDirection !== 'asc' && sortDirection !== 'desc') throw validationError('sortDirection must be an enum value');
  const page = integerParam(params, 'page', 0, 0);
  const perPage = integerParam(params, 'perPage', DEFAULT_PER_PAGE, 1);
  const filterField = single(params, 'filterField');
  if (filterField !== undefined && filterField !== '' && filterField !== 'name') {
    throw validationError('filterField must be an enum value');
  }
  const filter = single(params, 'filter');
  return {
    sortField,
    sortDirection,
    page,
    perPage,
    filterField: filterField || undefined,
    filter: filter || undefined,
    summaryInclude: nameList(single(params, 'summaryInclude')),
    summaryExclude: nameList(single(params, 'summaryExclude')),
  };
}

export function selectSummary(org: Organization, include?: string[], exclude?: string[]): Organization {
  const summary = org.summary as unknown;
  if (typeof summary !== 'object' || summary === null) return org;
  const entries = Object.entries(summary).filter(([key]) => (!include || include.includes(key)) && !(exclude && exclude.includes(key)));
  return { ...org, summary: Object.fromEntries(entries) as Organization['summary'] };
}

/** The 200 body (schema orgs.json). */
export function listOrganizations(store: OrgStore, q: OrgListQuery): Record<string, unknown> {
  let matching = store.sorted(q.sortField, q.sortDirection);
  // Blank filterField or filter means no filtering.
  if (q.filterField === 'name' && q.filter !== undefined) {
    const matches = compileGlob(q.filter);
    matching = matching.filter((org) => typeof org.name === 'string' && matches(org.name));
  }
  const start = q.page * q.perPage;
  let items = start < matching.length ? matching.slice(start, start + q.perPage) : [];
  if (q.summaryInclude || q.summaryExclude) {
    items = items.map((org) => selectSummary(org, q.summaryInclude, q.summaryExclude));
  }
  const body: Record<string, unknown> = {
    items,
    count: items.length,
    totalCount: matching.length,
    perPage: q.perPage,
    page: q.page,
    sortField: q.sortField,
    sortDirection: q.sortDirection,
  };
  if (q.filterField !== undefined) body.filterField = q.filterField;
  if (q.filter !== undefined) body.filter = q.filter;
  body._type = 'organizations';
  body._links = { self: { href: '/orgs' } };
  return body;
}
