// The Pinned group's entries against the local Losant server over real HTTP: a pin on a loaded page
// comes from the list, one on no loaded page is fetched by id, and one Losant no longer shows the
// user (deleted: 404) stays, said to be no longer available; a network failure is not mistaken for that.
import * as assert from 'node:assert/strict';
import { LosantClient, tokenExpiry, type ListedOrganization } from '../../src/losant';
import type { ClientState } from '../../src/model/clientState';
import { OrganizationsListing } from '../../src/model/organizationsListing';
import { pinnedEntries } from '../../src/model/pinnedOrganizations';
import { settingsFrom } from '../../src/model/settings';
import { startFakeLosant, type FakeLosant } from '../server/fakeLosant';

describe('pinned organizations in the view', () => {
  let server: FakeLosant;
  let listing: OrganizationsListing;
  let all: ListedOrganization[];

  before(async () => {
    server = await startFakeLosant({ orgs: 30, seed: 7 });
  });
  after(() => server.close());
  beforeEach(async () => {
    server.reseed(30, 7);
    server.setFault(undefined);
    const token = server.tokens.all;
    const state = (): ClientState => ({
      kind: 'ready',
      client: new LosantClient({ apiUrl: server.url, token, retry: { retries: 0 } }),
      apiUrl: server.url,
      settings: { ...settingsFrom(() => undefined), apiUrl: server.url, pageSize: 10 },
      account: { label: 'Dana', key: 'u1' },
      tokenExpiresAt: tokenExpiry(token),
    });
    listing = new OrganizationsListing(() => Promise.resolve(state()));
    all = (await new LosantClient({ apiUrl: server.url, token }).listOrganizations({ perPage: 100, sortField: 'name' })).items;
  });
  afterEach(() => listing.dispose());

  const entriesOf = (pins: { id: string; name: string }[]) =>
    pinnedEntries(
      pins,
      (id) => listing.find(id),
      (id) => listing.fetchOrganization(id),
    );

  it('one on a loaded page comes from the list; one beyond it is fetched by id, with its summary', async () => {
    await listing.loaded();
    const [onPage, beyond] = [all[0], all[25]];
    server.clearRequests();
    const entries = await entriesOf([beyond, onPage].map((o) => ({ id: o.id, name: o.name })));
    assert.deepEqual(
      entries.map((e) => [e.kind, e.kind === 'available' ? e.org.name : '']),
      [
        ['available', beyond.name],
        ['available', onPage.name],
      ],
    );
    assert.deepEqual(
      server.requests.map((r) => r.path),
      [`/orgs/${beyond.id}`],
      'only the one beyond the loaded page is asked for',
    );
    const fetched = entries[0].kind === 'available' ? entries[0].org : undefined;
    assert.equal(typeof fetched?.summary?.memberCount, 'number');
  });

  it('one deleted on the server is no longer available, and keeps the name it was pinned with', async () => {
    const client = new LosantClient({ apiUrl: server.url, token: server.tokens.all });
    const gone = await client.createOrganization({ name: 'Zzz made to be deleted' });
    await listing.loaded();
    await client.deleteOrganization(gone.id);
    const [entry] = await entriesOf([{ id: gone.id, name: 'As pinned' }]);
    assert.equal(entry.kind, 'unavailable');
    assert.equal(entry.pin.name, 'As pinned');
  });

  it('a token signed in before org.get was asked for: a pin beyond the pages says to sign in again, never "no longer available", and sends nothing', async () => {
    const token = server.signToken({ scope: ['orgs.get', 'orgs.post', 'me.get'] });
    const narrow = new OrganizationsListing(() =>
      Promise.resolve({
        kind: 'ready',
        client: new LosantClient({ apiUrl: server.url, token, retry: { retries: 0 } }),
        apiUrl: server.url,
        settings: { ...settingsFrom(() => undefined), apiUrl: server.url, pageSize: 10 },
        scopes: ['orgs.get', 'orgs.post', 'me.get'],
      } satisfies ClientState),
    );
    try {
      await narrow.loaded();
      server.clearRequests();
      const [entry] = await pinnedEntries(
        [{ id: all[25].id, name: all[25].name }],
        (id) => narrow.find(id),
        (id) => narrow.fetchOrganization(id),
      );
      assert.equal(entry.kind, 'failed');
      assert.match(entry.kind === 'failed' ? entry.error.message : '', /needs the scope org\.get.*sign in again/);
      assert.deepEqual(server.requests, []);
    } finally {
      narrow.dispose();
    }
  });

  it('a server that cannot be reached is a failure to retry, not "no longer available"', async () => {
    await listing.loaded();
    server.setFault({ kind: 'status', status: 503 });
    const [entry] = await entriesOf([{ id: all[28].id, name: all[28].name }]);
    assert.equal(entry.kind, 'failed');
  });

  it('reloading in place keeps the pages loaded and picks up an organization created behind its back', async () => {
    await listing.loaded();
    await listing.loadMore();
    const before = listing.state.kind === 'listed' ? listing.state.listing.organizations.length : 0;
    assert.equal(before, 20);
    const created = await new LosantClient({ apiUrl: server.url, token: server.tokens.all }).createOrganization({ name: 'Aaaa first by name' });
    const changes: string[] = [];
    listing.onDidChange((c) => changes.push(c.cause));
    assert.equal(await listing.reloadInPlace(), true);
    const l = listing.state.kind === 'listed' ? listing.state.listing : undefined;
    assert.equal(l?.organizations.length, 20, 'still two pages');
    assert.equal(l?.organizations[0].id, created.id);
    assert.equal(l?.totalCount, 31);
    assert.deepEqual(changes, ['update'], 'one update, never a loading state');
  });

  it('reloading in place keeps an organization Go to added beyond the pages, at the end, and never twice', async () => {
    await listing.loaded();
    const [beyond, later] = [all[25], all[12]];
    listing.include(beyond);
    listing.include(later);
    const ids = () => (listing.state.kind === 'listed' ? listing.state.listing.organizations.map((o) => o.id) : []);
    assert.equal(await listing.reloadInPlace(), true);
    assert.deepEqual(ids().slice(10), [beyond.id, later.id], 'both stay after the first page');
    await listing.loadMore(); // the second page has all[12]: it is listed once
    assert.equal(await listing.reloadInPlace(), true);
    assert.equal(ids().filter((id) => id === later.id).length, 1);
    assert.equal(ids().at(-1), beyond.id);
  });

  it('a failed reload in place keeps the list shown', async () => {
    await listing.loaded();
    const shown = listing.state;
    server.setFault({ kind: 'status', status: 500 });
    assert.equal(await listing.reloadInPlace(), false);
    assert.equal(listing.state, shown);
  });
});
