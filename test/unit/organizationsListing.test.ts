// The organizations listing model, in plain Node against the local Losant server over real HTTP:
// paging, duplicates, shrinking lists, filters, cancellation, and what every failure becomes.
import * as assert from 'node:assert/strict';
import { LosantClient, text, tokenExpiry, type ListedOrganization } from '../../src/losant';
import { OrganizationsListing, type Listing, type ListingOptions, type ListingState } from '../../src/model/organizationsListing';
import type { ClientState } from '../../src/model/clientState';
import { settingsFrom } from '../../src/model/settings';
import { startFakeLosant, type FakeLosant } from '../server/fakeLosant';

const OPTIONS: ListingOptions = { sortField: 'name', sortDirection: 'asc', pageSize: 10, includePayloadCounts: false };

function listed(state: ListingState): Listing {
  assert.equal(state.kind, 'listed', `expected a list, got ${JSON.stringify(state)}`);
  return (state as Extract<ListingState, { kind: 'listed' }>).listing;
}

const names = (l: Listing): string[] => l.organizations.map((o) => o.name);

describe('OrganizationsListing', () => {
  let server: FakeLosant;
  let token: string;
  let options: ListingOptions;
  let filter: string | undefined;
  let timeoutMs: number;
  const notices: string[] = [];

  const ready = (): ClientState => ({
    kind: 'ready',
    client: new LosantClient({ apiUrl: server.url, token, timeoutMs, retry: { retries: 0 } }),
    apiUrl: server.url,
    settings: { ...settingsFrom(() => undefined), apiUrl: server.url, ...options },
    tokenExpiresAt: tokenExpiry(token),
  });

  function model(clientState: () => ClientState = ready): OrganizationsListing {
    const m = new OrganizationsListing(
      () => Promise.resolve(clientState()),
      () => filter,
    );
    m.onNotice((n) => notices.push(n.message));
    return m;
  }

  /** The server's names in the order it lists them (sorted by name). */
  async function serverNames(): Promise<string[]> {
    const page = await new LosantClient({ apiUrl: server.url, token: server.tokens.all }).listOrganizations({ perPage: 1000, sortField: 'name' });
    return page.items.map((o) => o.name);
  }

  before(async () => {
    server = await startFakeLosant({ orgs: 25, seed: 11 });
  });
  after(() => server.close());
  beforeEach(() => {
    server.reseed(25, 11);
    server.setFault(undefined);
    server.clearRequests();
    token = server.tokens.all;
    options = { ...OPTIONS };
    filter = undefined;
    timeoutMs = 5000;
    notices.length = 0;
  });

  describe('without a usable session', () => {
    it('is signed out, and asks the server nothing', async () => {
      assert.deepEqual(await model(() => ({ kind: 'signedOut', apiUrl: server.url, settings: ready().settings })).loaded(), { kind: 'signedOut' });
      assert.equal(server.requests.length, 0);
    });

    it('says why the API URL cannot be used, and whether it is only plain HTTP', async () => {
      const reason = text('plain HTTP to {0}', 'x');
      assert.deepEqual(await model(() => ({ kind: 'badApiUrl', reason, insecure: true, settings: ready().settings })).loaded(), {
        kind: 'badApiUrl',
        reason,
        insecure: true,
      });
    });
  });

  describe('paging', () => {
    it('loads the first page in the order of the settings, with the total and whether more exist', async () => {
      const l = listed(await model().loaded());
      assert.deepEqual(names(l), (await serverNames()).slice(0, 10));
      assert.equal(l.totalCount, 25);
      assert.equal(l.hasMore, true);
      const q = server.requests[0].query;
      assert.deepEqual([q.sortField, q.sortDirection, q.perPage, q.page, q.summaryExclude], ['name', 'asc', '10', '0', 'payloadCount']);
    });

    it('asks for payload counts only when the setting says so', async () => {
      options.includePayloadCounts = true;
      await model().loaded();
      assert.equal(server.requests[0].query.summaryExclude, undefined);
    });

    it('appends page after page until all are loaded, and announces each as an update', async () => {
      const m = model();
      const changes: string[] = [];
      m.onDidChange((c) => changes.push(`${c.cause}:${c.state.kind === 'listed' ? c.state.listing.organizations.length : c.state.kind}`));
      await m.loaded();
      await m.loadMore();
      await m.loadMore();
      const l = listed(m.state);
      assert.equal(l.hasMore, false);
      assert.deepEqual(changes, ['load:10', 'update:20', 'update:25']);
      await m.loadMore();
      assert.equal(server.requests.length, 3, 'nothing is fetched once all are loaded');
      assert.deepEqual(names(l), await serverNames());
    });

    it('fetches a page once, however often Load more is asked for meanwhile', async () => {
      const m = model();
      await m.loaded();
      server.clearRequests();
      await Promise.all([m.loadMore(), m.loadMore(), m.loadMore()]);
      assert.equal(server.requests.length, 1);
      assert.equal(listed(m.state).organizations.length, 20);
    });

    it('never lists an organization twice when the list shifts between pages', async () => {
      const m = model();
      await m.loaded();
      // A new organization sorting first pushes the last one of page 1 onto page 2.
      server.addOrganization({ name: '000 First Now' });
      await m.loadMore();
      const l = listed(m.state);
      assert.equal(new Set(l.organizations.map((o) => o.id)).size, l.organizations.length);
      assert.equal(l.organizations.length, 19);
    });

    it('stops offering more when the list shrank and a page comes back empty', async () => {
      const m = model();
      await m.loaded();
      server.reseed(5, 11);
      await m.loadMore();
      const l = listed(m.state);
      assert.equal(l.hasMore, false);
      assert.equal(l.organizations.length, 10, 'what was loaded stays');
    });

    it('keeps only the page size asked for of an oversized page, and tells the log', async () => {
      const items = Array.from({ length: 500 }, (_, i) => ({ id: i.toString(16).padStart(24, '0'), name: `Flood ${i}` }));
      server.setFault({ kind: 'status', status: 200, body: { items, count: 500, totalCount: 500, perPage: 500, page: 0 }, times: 1 });
      const l = listed(await model().loaded());
      assert.equal(l.organizations.length, 10);
      assert.ok(
        notices.some((n) => /490 more organizations than the 10 a page was asked for/.test(n)),
        notices.join('\n'),
      );
    });

    it('counts the organizations the API sent incomplete, and says why in the log', async () => {
      server.setFault({ kind: 'malformedOrgs', times: 1 });
      const l = listed(await model().loaded());
      assert.ok(l.skipped > 0);
      assert.equal(notices.filter((n) => n.startsWith('Skipped an organization')).length, l.skipped);
    });
  });

  describe('filter', () => {
    it('lists the matches with their total and the total without the filter', async () => {
      const all = await serverNames();
      const first = all[0].slice(0, 3);
      filter = `${first}*`;
      const l = listed(await model().loaded());
      const expected = all.filter((n) => n.toLowerCase().startsWith(first.toLowerCase()));
      assert.deepEqual(names(l), expected.slice(0, 10));
      assert.equal(l.totalCount, expected.length);
      assert.equal(l.unfilteredTotal, 25);
      assert.equal(l.filter, filter);
    });

    it('is an empty list under a filter that matches nothing', async () => {
      filter = 'zzz-no-such-org*';
      const l = listed(await model().loaded());
      assert.deepEqual([l.organizations.length, l.totalCount, l.hasMore], [0, 0, false]);
    });
  });

  describe('cancellation', () => {
    it('a refresh during a slow load wins; the late answer is never published', async () => {
      const m = model();
      const published: ListingState[] = [];
      m.onDidChange((c) => published.push(c.state));
      server.setFault({ kind: 'delay', ms: 800, times: 1 });
      const slow = m.loaded();
      await new Promise((r) => setTimeout(r, 100));
      server.reseed(3, 11);
      m.refresh();
      const state = await slow; // waits for the newer load
      assert.equal(listed(state).totalCount, 3);
      await new Promise((r) => setTimeout(r, 900));
      assert.deepEqual(
        published.map((s) => listed(s).totalCount),
        [3],
      );
    });

    it('a refresh cancels a Load more in flight', async () => {
      const m = model();
      await m.loaded();
      server.setFault({ kind: 'delay', ms: 800, times: 1 });
      const more = m.loadMore();
      await new Promise((r) => setTimeout(r, 100));
      m.refresh();
      await more;
      assert.equal(listed(await m.loaded()).organizations.length, 10, 'the cancelled page was not appended');
    });
  });

  describe('failures become states', () => {
    const cases: [string, () => void, (s: ListingState) => void][] = [
      [
        'an invalid token: rejected, not expired',
        () => (token = `${server.tokens.all.slice(0, -4)}AAAA`),
        (s) => assert.deepEqual([s.kind, s.kind === 'tokenRejected' && s.expired], ['tokenRejected', false]),
      ],
      [
        'an expired token: rejected and expired',
        () => (token = server.tokens.expired),
        (s) => assert.deepEqual([s.kind, s.kind === 'tokenRejected' && s.expired], ['tokenRejected', true]),
      ],
      ['a token without the scope: forbidden', () => (token = server.tokens.noOrgsScope), (s) => assert.equal(s.kind, 'forbidden')],
      [
        'a server error: failed, to try again',
        () => server.setFault({ kind: 'status', status: 500 }),
        (s) => assert.deepEqual([s.kind, s.kind === 'failed' && s.error.kind], ['failed', 'server']),
      ],
      [
        'a proxy refusing: failed, not a token problem',
        () => server.setFault({ kind: 'notJson', status: 407 }),
        (s) => assert.deepEqual([s.kind, s.kind === 'failed' && s.error.kind], ['failed', 'proxy']),
      ],
      [
        'no answer in time: failed with a timeout',
        () => ((timeoutMs = 300), server.setFault({ kind: 'delay', ms: 2000 })),
        (s) => assert.deepEqual([s.kind, s.kind === 'failed' && s.error.kind], ['failed', 'timeout']),
      ],
      [
        'a dropped connection: failed with a network error',
        () => server.setFault({ kind: 'drop' }),
        (s) => assert.deepEqual([s.kind, s.kind === 'failed' && s.error.kind], ['failed', 'network']),
      ],
      [
        'a body that is not JSON: failed, unexpected response',
        () => server.setFault({ kind: 'notJson', status: 200 }),
        (s) => assert.deepEqual([s.kind, s.kind === 'failed' && s.error.kind], ['failed', 'unexpectedResponse']),
      ],
    ];
    for (const [what, arrange, check] of cases) {
      it(what, async () => {
        arrange();
        const state = await model().loaded();
        check(state);
        if ('error' in state)
          assert.ok(
            notices.some((n) => n.startsWith('Loading organizations failed')),
            'the log says why',
          );
      });
    }

    it('a failed first page keeps the filter, so Clear Filter stays on offer', async () => {
      filter = 'a*';
      server.setFault({ kind: 'status', status: 500 });
      const state = await model().loaded();
      assert.equal(state.kind === 'failed' && state.filter, 'a*');
    });

    it('the list and a failed first page say whose organizations on which installation (the view names them)', async () => {
      const withAccount = (): ClientState => ({ ...ready(), account: { label: 'Dana Rivera (dana@example.com)', key: 'dana' } }) as ClientState;
      const l = listed(await model(withAccount).loaded());
      assert.deepEqual([l.apiUrl, l.account], [server.url, 'Dana Rivera (dana@example.com)']);
      server.setFault({ kind: 'status', status: 500 });
      const state = await model(withAccount).loaded();
      assert.deepEqual(state.kind === 'failed' && [state.apiUrl, state.account], [server.url, 'Dana Rivera (dana@example.com)']);
      server.setFault(undefined);
      assert.equal(listed(await model().loaded()).account, undefined, 'no account known: none made up');
    });

    it('a failed Load more keeps what was loaded and offers the page again', async () => {
      const m = model();
      await m.loaded();
      server.setFault({ kind: 'status', status: 500, times: 1 });
      await m.loadMore();
      const l = listed(m.state);
      assert.equal(l.organizations.length, 10);
      assert.equal(l.moreError?.kind, 'server');
      await m.loadMore();
      assert.equal(listed(m.state).organizations.length, 20);
      assert.equal(listed(m.state).moreError, undefined);
    });

    it('a token rejected during Load more starts over, so the view shows that state', async () => {
      const m = model();
      await m.loaded();
      token = server.tokens.expired;
      server.setFault({ kind: 'status', status: 401, body: { type: 'Unauthorized', message: 'Access token has expired' }, times: 1 });
      await m.loadMore();
      assert.equal(m.state.kind, 'loading');
      const state = await m.loaded();
      assert.equal(state.kind === 'tokenRejected' && state.expired, true);
    });
  });

  describe('after a create', () => {
    it('finds the new organization in the reloaded list', async () => {
      const m = model();
      await m.loaded();
      const made = server.addOrganization({ name: '000 Just Made' }) as ListedOrganization;
      const found = await m.reloadAndFind(made);
      assert.equal(found?.id, made.id);
      assert.equal(listed(m.state).organizations[0].id, made.id);
    });

    it('adds one that sorts beyond the loaded pages at the end, so it can be shown', async () => {
      const m = model();
      await m.loaded();
      const made = server.addOrganization({ name: 'zzz Sorts Last' }) as ListedOrganization;
      const found = await m.reloadAndFind(made);
      const l = listed(m.state);
      assert.equal(found?.id, made.id);
      assert.equal(l.organizations.length, 11);
      assert.equal(l.organizations[10].id, made.id);
      assert.equal(m.find(made.id)?.name, 'zzz Sorts Last');
    });
  });
});
