// The agent's read tools below VS Code: their input checked, and turned into GET /orgs requests
// against the local Losant server over real HTTP.
import * as assert from 'node:assert/strict';
import { LosantClient, render, type Text } from '../../src/losant';
import { collectOrganizations, listData, listRequest, type ListDefaults, type ListRequest } from '../../src/model/toolListing';
import { lookupData, lookupRequest, lookUpOrganization, type Lookup } from '../../src/model/organizationLookup';
import { startFakeLosant, type FakeLosant } from '../server/fakeLosant';

type Org = { id: string; name: string; creationDate: string };

const defaults: ListDefaults = { sortField: 'name', sortDirection: 'asc', pageSize: 100, includePayloadCounts: false };

function request(input: unknown, d = defaults): ListRequest {
  const r = listRequest(input, d);
  assert.ok('request' in r, 'problem' in r ? render(r.problem) : '');
  return r.request;
}

function problem(result: { problem: Text } | object): string {
  assert.ok('problem' in result, 'expected a problem');
  return render((result as { problem: Text }).problem);
}

function lookup(input: unknown): Lookup {
  const r = lookupRequest(input);
  assert.ok('lookup' in r, 'problem' in r ? render(r.problem) : '');
  return r.lookup;
}

describe('the list tool below VS Code', () => {
  let server: FakeLosant;
  let client: LosantClient;

  before(async () => {
    server = await startFakeLosant({ orgs: 23, seed: 9 });
    client = new LosantClient({ apiUrl: server.url, token: server.tokens.all, retry: { retries: 0 } });
  });
  after(() => server.close());
  beforeEach(() => server.clearRequests());

  const gets = (): Record<string, string>[] => server.requests.filter((r) => r.method === 'GET').map((r) => r.query);

  it('falls back to the view’s settings, 100 organizations and no payload counts', () => {
    const r = request(undefined, { ...defaults, sortField: 'lastUpdated', sortDirection: 'desc', pageSize: 40 });
    assert.deepEqual(r, {
      query: { sortField: 'lastUpdated', sortDirection: 'desc', filter: undefined, summaryExclude: ['payloadCount'] },
      limit: 100,
      perPage: 40,
    });
    assert.equal(request({}, { ...defaults, includePayloadCounts: true }).query.summaryExclude, undefined);
  });

  it('takes the filter, sort and limit given; a limit beyond 1 to 1000 is brought within it', () => {
    const r = request({ nameFilter: 'acme*', sortField: 'creationDate', sortDirection: 'desc', limit: 7 });
    assert.deepEqual([r.query.filter, r.query.sortField, r.query.sortDirection, r.limit, r.perPage], ['acme*', 'creationDate', 'desc', 7, 7]);
    assert.equal(request({ limit: 5000 }).limit, 1000);
    assert.equal(request({ limit: 0 }).limit, 1);
    assert.equal(request({ nameFilter: '', sortField: null }).query.filter, undefined);
  });

  it('refuses what the view’s filter refuses, unknown sort values and a limit that is not a number', () => {
    assert.match(problem(listRequest({ nameFilter: 'x'.repeat(256) }, defaults)), /longer than a name \(255 characters\)/);
    assert.match(problem(listRequest({ nameFilter: 'tab\there' }, defaults)), /control characters/);
    assert.match(problem(listRequest({ sortField: 'deviceCount' }, defaults)), /"sortField" must be one of name, id, creationDate, lastUpdated/);
    assert.match(problem(listRequest({ sortDirection: 'up' }, defaults)), /"sortDirection" must be one of asc, desc/);
    assert.match(problem(listRequest({ limit: 'all' }, defaults)), /"limit" must be a number from 1 to 1000/);
    assert.match(problem(listRequest({ nameFilter: 3 }, defaults)), /"nameFilter" must be a string/);
    assert.match(problem(listRequest('acme', defaults)), /must be an object/);
  });

  it('pages through GET /orgs until the limit, and says more exist', async () => {
    const r = request({ limit: 5 }, { ...defaults, pageSize: 2 });
    const collected = await collectOrganizations(client, r.query, r);
    assert.equal(collected.organizations.length, 5);
    assert.deepEqual(
      gets().map((q) => [q.page, q.perPage]),
      [
        ['0', '2'],
        ['1', '2'],
        ['2', '2'],
      ],
    );
    const data = listData(r, collected);
    assert.deepEqual([data.totalCount, data.returned, data.more], [23, 5, true]);
    const all = await client.listOrganizations({ sortField: 'name', perPage: 100 });
    assert.deepEqual(
      collected.organizations.map((o) => o.name),
      all.items.slice(0, 5).map((o) => o.name),
    );
  });

  it('stops at the end of the list and says nothing more exists', async () => {
    const r = request({ limit: 1000 }, { ...defaults, pageSize: 10 });
    const collected = await collectOrganizations(client, r.query, r);
    assert.equal(collected.organizations.length, 23);
    assert.equal(gets().length, 3);
    assert.equal(listData(r, collected).more, false);
  });

  it('sends the name filter to the server and reports it with the matches', async () => {
    const r = request({ nameFilter: '*a*', limit: 1000 });
    const collected = await collectOrganizations(client, r.query, r);
    assert.equal(gets()[0].filter, '*a*');
    assert.equal(gets()[0].filterField, 'name');
    assert.ok(collected.organizations.length > 0 && collected.organizations.every((o) => /a/i.test(o.name)));
    const data = listData(r, collected);
    assert.equal(data.nameFilter, '*a*');
    assert.equal(data.totalCount, collected.organizations.length);
  });
});

describe('the get tool below VS Code', () => {
  let server: FakeLosant;
  let client: LosantClient;
  let byId: Org[];

  before(async () => {
    server = await startFakeLosant({ orgs: 30, seed: 4 });
    client = new LosantClient({ apiUrl: server.url, token: server.tokens.all, retry: { retries: 0 } });
    server.addOrganization({ name: 'Berlin * Pilot?', description: 'The real one' });
    server.addOrganization({ name: 'Berlin X Pilot!', description: 'Matches the filter, not the name' });
    server.addOrganization({ name: 'BERLIN * PILOT?', description: 'Differs only in case' });
    byId = [...(server.organizations as Org[])].sort((a, b) => (a.id < b.id ? -1 : 1));
  });
  after(() => server.close());
  beforeEach(() => server.clearRequests());

  it('accepts an ID (which wins over a name) or an exact name, and refuses anything else', () => {
    assert.deepEqual(lookup({ id: ' 5F0C1E2D3A4B5C6D7E8F9A0B ', name: 'ignored' }), { by: 'id', id: '5f0c1e2d3a4b5c6d7e8f9a0b' });
    assert.deepEqual(lookup({ name: '  Berlin Pilot ' }), { by: 'name', name: 'Berlin Pilot' });
    assert.match(problem(lookupRequest({ id: 'not-an-id' })), /24 hexadecimal characters/);
    assert.match(problem(lookupRequest({})), /Give the "id" or the exact "name"/);
    assert.match(problem(lookupRequest({ name: 'two\nlines' })), /control characters/);
    assert.match(problem(lookupRequest({ name: 'n'.repeat(256) })), /256 characters/);
  });

  it('finds an organization by ID, sorted by ID, stopping at the page that holds it', async () => {
    const target = byId[3];
    const result = await lookUpOrganization(client, lookup({ id: target.id }), { perPage: 2 });
    assert.deepEqual(
      result.matches.map((o) => o.id),
      [target.id],
    );
    assert.deepEqual(
      server.requests.map((r) => [r.query.sortField, r.query.page]),
      [
        ['id', '0'],
        ['id', '1'],
      ],
    );
    const data = lookupData(lookup({ id: target.id }), result) as { found: number; organizations: { name: string }[] };
    assert.equal(data.found, 1);
    assert.equal(data.organizations[0].name, target.name);
  });

  it('stops as soon as the pages pass an ID no organization has', async () => {
    const missing = '000000000000000000000000';
    assert.ok(missing < byId[0].id);
    const result = await lookUpOrganization(client, lookup({ id: missing }), { perPage: 2 });
    assert.deepEqual(result.matches, []);
    assert.equal(server.requests.length, 1, 'the first page already ends past it');
  });

  it('finds by exact name with glob characters taken literally; a case variant is only named as one', async () => {
    const result = await lookUpOrganization(client, lookup({ name: 'Berlin * Pilot?' }), { perPage: 100 });
    assert.equal(server.requests[0].query.filter, 'Berlin ? Pilot?');
    assert.deepEqual(
      result.matches.map((o) => o.description),
      ['The real one'],
    );
    assert.deepEqual(
      result.caseVariants.map((o) => o.name),
      ['BERLIN * PILOT?'],
    );
    const data = lookupData(lookup({ name: 'Berlin * Pilot?' }), result);
    assert.equal(data.name, 'Berlin * Pilot?');
    assert.equal(data.found, 1);
  });

  it('finds nothing for a name that only matches the filter, and lists the names that differ in case', async () => {
    const result = await lookUpOrganization(client, lookup({ name: 'berlin * pilot?' }), { perPage: 100 });
    assert.deepEqual(result.matches, []);
    const data = lookupData(lookup({ name: 'berlin * pilot?' }), result) as { found: number; namesDifferingOnlyInCase: { name: string }[] };
    assert.equal(data.found, 0);
    assert.deepEqual(data.namesDifferingOnlyInCase.map((o) => o.name).sort(), ['BERLIN * PILOT?', 'Berlin * Pilot?']);
  });

  it('returns every organization that shares the exact name', async () => {
    server.addOrganization({ name: 'Twin Org', description: 'one' });
    server.addOrganization({ name: 'Twin Org', description: 'two' });
    const result = await lookUpOrganization(client, lookup({ name: 'Twin Org' }), { perPage: 100 });
    assert.deepEqual(result.matches.map((o) => o.description).sort(), ['one', 'two']);
  });
});
