// Go to Organization's search, in plain Node against the local Losant server over real HTTP: every
// organization on the server by name, debounced, the request in flight cancelled by new text, and
// never an older answer over a newer one.
import * as assert from 'node:assert/strict';
import { LosantClient, type OrganizationsPage } from '../../src/losant';
import { OrganizationSearch, searchPattern, type SearchState } from '../../src/model/organizationSearch';
import { startFakeLosant, type FakeLosant } from '../server/fakeLosant';
import { FakeTimers, settle } from './fakeTimers';

describe('Go to Organization search', () => {
  let server: FakeLosant;
  let client: LosantClient;
  let timers: FakeTimers;

  before(async () => {
    server = await startFakeLosant({ orgs: 1200, seed: 5 });
    client = new LosantClient({ apiUrl: server.url, token: server.tokens.all, retry: { retries: 0 } });
  });
  after(() => server.close());
  beforeEach(() => {
    timers = new FakeTimers();
    server.clearRequests();
    server.setFault(undefined);
  });

  const searchOf = (
    search = (pattern: string, signal: AbortSignal) => client.listOrganizations({ filter: pattern, perPage: 50, sortField: 'name' }, { signal }),
  ) => new OrganizationSearch(search, { debounceMs: 200, timers });

  async function until(search: OrganizationSearch, kinds: SearchState['kind'][]): Promise<SearchState> {
    for (let i = 0; i < 200 && !kinds.includes(search.state.kind); i++) await settle();
    return search.state;
  }

  it('the pattern: the text anywhere in a name; * and ? keep their meaning; nothing typed, no search', () => {
    assert.equal(searchPattern('  cold chain '), '*cold chain*');
    assert.equal(searchPattern('acme*'), '*acme*');
    assert.equal(searchPattern('a?c'), '*a?c*');
    assert.equal(searchPattern('   '), undefined);
  });

  it('finds organizations on pages the view never loaded, with one request once typing pauses', async () => {
    const last = (await client.listOrganizations({ sortField: 'name', sortDirection: 'desc', perPage: 1 })).items[0];
    server.clearRequests();
    const search = searchOf();
    const word = last.name.slice(0, 6);
    for (let i = 1; i <= word.length; i++) {
      search.type(word.slice(0, i));
      await timers.advance(120); // a person typing: faster than the debounce
    }
    await timers.advance(200);
    const state = await until(search, ['found', 'failed']);
    assert.equal(state.kind, 'found');
    assert.ok(state.kind === 'found' && state.organizations.some((o) => o.id === last.id), 'the last organization by name is found');
    assert.equal(server.requests.filter((r) => r.path === '/orgs').length, 1, 'one request for six keystrokes');
  });

  it('new text cancels the request in flight; its late answer never replaces the newer one', async () => {
    let releaseFirst: (() => void) | undefined;
    const seen: string[] = [];
    const search = searchOf(async (pattern, signal) => {
      seen.push(pattern);
      if (pattern === '*first*') {
        await new Promise<void>((resolve) => (releaseFirst = resolve));
        assert.equal(signal.aborted, true, 'the first request was cancelled');
        return { items: [{ id: 'a'.repeat(24), name: 'stale' }], count: 1, totalCount: 1, perPage: 50, page: 0, skipped: [], extra: 0 } as OrganizationsPage;
      }
      return { items: [{ id: 'b'.repeat(24), name: 'fresh' }], count: 1, totalCount: 1, perPage: 50, page: 0, skipped: [], extra: 0 } as OrganizationsPage;
    });
    search.type('first');
    await timers.advance(200);
    search.type('second');
    await timers.advance(200);
    await until(search, ['found']);
    releaseFirst?.();
    await settle();
    assert.deepEqual(seen, ['*first*', '*second*']);
    assert.ok(search.state.kind === 'found' && search.state.organizations[0].name === 'fresh');
  });

  it('a failure is a state that says what went wrong (not an empty list); text that cannot be searched sends nothing', async () => {
    const search = searchOf();
    server.setFault({ kind: 'status', status: 401 });
    search.type('acme');
    await timers.advance(200);
    const failed = await until(search, ['found', 'failed']);
    assert.ok(failed.kind === 'failed' && failed.error.kind === 'unauthorized');
    server.setFault(undefined);
    server.clearRequests();
    search.type('x'.repeat(300));
    await timers.advance(200);
    assert.equal(search.state.kind, 'unusable');
    search.type('');
    assert.equal(search.state.kind, 'idle');
    assert.equal(server.requests.length, 0);
  });
});
