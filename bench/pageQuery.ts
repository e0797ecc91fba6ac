// The GET /orgs query every part of the bench sends: the one the extension sends by default
// (see OrganizationsProvider.fetchFirstPage), so all clients fetch byte-identical pages.
import type { OrganizationsQuery } from '../src/losant/types';

export function pageQuery(perPage: number, page: number): OrganizationsQuery {
  return { sortField: 'name', sortDirection: 'asc', perPage, page, summaryExclude: ['payloadCount'] };
}
