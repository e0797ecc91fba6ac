// Checks response bodies against the contract's shapes. An organization without a usable id or
// name cannot be shown or acted on, so it is skipped (with the reason); wrongly typed optional
// fields are dropped rather than trusted.
import { unexpectedResponse } from './errors';
import type { ListedOrganization, Organization, OrganizationsPage } from './types';
import { isJsonObject, type JsonObject } from './json';

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

const STRING_FIELDS = ['orgId', 'description', 'creationDate', 'lastUpdated', 'planId', 'subscriptionStatus', 'iconColor', 'mfaMode'] as const;
const BOOLEAN_FIELDS = ['isEnterprise', 'isReadOnly'] as const;

/** Returns the organization with bad optional fields removed, or the reason it cannot be used. */
export function checkOrganization(raw: unknown): { org: ListedOrganization } | { problem: string } {
  if (!isJsonObject(raw)) return { problem: 'an item is not an object' };
  const id = raw.id ?? raw.orgId;
  if (typeof id !== 'string' || id.length === 0) return { problem: 'an organization has no id' };
  if (typeof raw.name !== 'string' || raw.name.trim().length === 0) return { problem: `organization ${id} has no name` };
  // Shallow copy: the parsed JSON is ours alone, so only fields of a wrong type need deleting.
  const org = raw as Organization & JsonObject;
  for (const f of STRING_FIELDS) if (f in org && typeof org[f] !== 'string') delete org[f];
  for (const f of BOOLEAN_FIELDS) if (f in org && typeof org[f] !== 'boolean') delete org[f];
  if ('disabledAt' in org && org.disabledAt !== false && typeof org.disabledAt !== 'string') delete org.disabledAt;
  if ('summary' in org && !isJsonObject(org.summary)) delete org.summary;
  if ('members' in org && !Array.isArray(org.members)) delete org.members;
  if ('banner' in org && !isJsonObject(org.banner)) delete org.banner;
  org.id = id;
  return { org: org as ListedOrganization };
}

/**
 * Checks a `GET /orgs` body (orgs.json). A page holds at most `perPage` items (the size asked
 * for): a server that sends more gets the rest ignored, and `extra` says how many.
 */
export function parseOrganizationsPage(body: unknown, perPageAsked?: number): OrganizationsPage {
  if (!isJsonObject(body)) throw unexpectedResponse('the organization list is not a JSON object');
  if (!Array.isArray(body.items)) throw unexpectedResponse('the organization list has no "items" array');
  const extra = perPageAsked !== undefined ? Math.max(0, body.items.length - perPageAsked) : 0;
  const kept = extra > 0 ? body.items.slice(0, perPageAsked) : body.items;
  const items: ListedOrganization[] = [];
  const skipped: string[] = [];
  for (const raw of kept) {
    const r = checkOrganization(raw);
    if ('org' in r) items.push(r.org);
    else skipped.push(r.problem);
  }
  const count = extra === 0 && isCount(body.count) ? body.count : kept.length;
  if (body.totalCount !== undefined && !isCount(body.totalCount)) throw unexpectedResponse('"totalCount" is not a whole number');
  const page = isCount(body.page) ? body.page : 0;
  const perPage = isCount(body.perPage) ? body.perPage : count;
  return {
    items,
    count,
    // Without a totalCount, only what was sent is known to exist.
    totalCount: isCount(body.totalCount) ? body.totalCount : page * perPage + count,
    perPage,
    page,
    sortField: typeof body.sortField === 'string' ? body.sortField : undefined,
    sortDirection: typeof body.sortDirection === 'string' ? body.sortDirection : undefined,
    filterField: typeof body.filterField === 'string' ? body.filterField : undefined,
    filter: typeof body.filter === 'string' ? body.filter : undefined,
    skipped,
    extra,
  };
}

/** Checks a `POST /orgs` 201 body (org.json). */
export function parseCreatedOrganization(body: unknown): ListedOrganization {
  const r = checkOrganization(body);
  if ('problem' in r) throw unexpectedResponse(`the created organization is not usable (${r.problem})`);
  return r.org;
}
