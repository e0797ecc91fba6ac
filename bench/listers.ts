// Three ways to list every organization, page after page, from the same server with the same query:
// this project's client, the official `losant-rest` client, and the floor (plain node:http with
// keep-alive and JSON.parse, nothing else). Each returns how many organizations it received.
import { createClient } from 'losant-rest';
import { LosantClient } from '../src/losant/client';
import { pageQuery } from './pageQuery';
import { plainGet } from './plainHttp';

export interface Target {
  url: string;
  token: string;
}

export type Lister = (target: Target, perPage: number) => Promise<number>;

// Paging stops at the total, or at an empty page; the cap keeps a misbehaving server from looping forever.
const MAX_PAGES = 10_000;

export const projectLister: Lister = async ({ url, token }, perPage) => {
  const client = new LosantClient({ apiUrl: url, token });
  let received = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await client.listOrganizations(pageQuery(perPage, page));
    received += result.items.length;
    if (result.count === 0 || received >= result.totalCount) break;
  }
  return received;
};

export const officialLister: Lister = async ({ url, token }, perPage) => {
  const api = createClient({ url, accessToken: token });
  let received = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await api.orgs.get({ sortField: 'name', sortDirection: 'asc', perPage, page, summaryExclude: 'payloadCount' });
    received += result.items.length;
    if (result.count === 0 || received >= result.totalCount) break;
  }
  return received;
};

export const floorLister: Lister = async ({ url, token }, perPage) => {
  let received = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await plainGet(url, token, pageQuery(perPage, page));
    received += result.items.length;
    if (result.count === 0 || received >= result.totalCount) break;
  }
  return received;
};
