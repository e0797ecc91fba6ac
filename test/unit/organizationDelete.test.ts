// Deleting an organization below VS Code, against the local Losant server over real HTTP: the
// figures read fresh for the question, the name typed to confirm, one DELETE, Losant's refusals,
// a lost answer checked before anything is claimed, and the listing after a delete.
import * as assert from 'node:assert/strict';
import { LosantClient, render, tokenExpiry, type ListedOrganization, type LosantApiError } from '../../src/losant';
import { confirmsName, deleteOrganizationOnce, freshOrganization, lossFigures, type DeleteOptions } from '../../src/model/organizationDelete';
import { OrganizationsListing, type Listing, type ListingState } from '../../src/model/organizationsListing';
import type { ClientState } from '../../src/model/clientState';
import { settingsFrom } from '../../src/model/settings';
import { startFakeLosant, type FakeLosant } from '../server/fakeLosant';
import { COLLEAGUES, DEMO_USER, memberFor } from '../server/users';

const describeError = (e: LosantApiError): string => render(e.text);
const OPTIONS: DeleteOptions = { describe: describeError };
const [PRIYA] = COLLEAGUES;

function listed(state: ListingState): Listing {
  assert.equal(state.kind, 'listed', `expected a list, got ${JSON.stringify(state)}`);
  return (state as Extract<ListingState, { kind: 'listed' }>).listing;
}

describe('deleting an organization below VS Code', () => {
  let server: FakeLosant;
  let client: LosantClient;

  before(async () => {
    server = await startFakeLosant({ orgs: 5, seed: 3 });
    client = new LosantClient({ apiUrl: server.url, token: server.tokens.all, retry: { retries: 0 }, timeoutMs: 2000 });
  });
  after(() => server.close());
  beforeEach(() => {
    server.setFault(undefined);
    server.clearRequests();
  });

  const exists = (id: string): boolean => server.organizations.some((o) => (o as { id: string }).id === id);
  const deletes = (): string[] => server.requests.filter((r) => r.method === 'DELETE').map((r) => r.path);
  /** A new organization Dana administers, with another member, as the listing has it. */
  function adminOrg(name: string, summary: Record<string, number> = {}): ListedOrganization {
    const org = server.addOrganization({ name, members: [memberFor(DEMO_USER, 'admin'), memberFor(PRIYA, 'edit')], summary });
    return org as ListedOrganization;
  }

  describe('what the question says', () => {
    it('names what is lost in the organization’s own figures, and says so when its summary does not', () => {
      const figures = (org: ListedOrganization) => lossFigures(org).map((f) => `${render(f.label)}: ${render(f.value)}`);
      const org = { id: 'a', name: 'A', summary: { appCount: 3, deviceCount: 1204, dashCount: 0, memberCount: 5, flowCount: 9 } };
      assert.deepEqual(figures(org), ['Applications: 3', `Devices: ${(1204).toLocaleString()}`, 'Dashboards: 0', 'Members (who lose access): 5']);
      assert.deepEqual(figures({ id: 'b', name: 'B', summary: { appCount: -1, deviceCount: 2.5 } }), [
        'Applications: not known',
        'Devices: not known',
        'Dashboards: not known',
        'Members (who lose access): not known',
      ]);
    });

    it('reads the figures fresh: what Losant counts now, not what was listed', async () => {
      const org = adminOrg('Fresh Figures Org', { appCount: 2, deviceCount: 10 });
      const asListed = { ...org, summary: { ...org.summary, appCount: 1, deviceCount: 1 } };
      const fresh = await freshOrganization(client, asListed);
      assert.equal(fresh.kind, 'fresh');
      assert.deepEqual(
        lossFigures(fresh.org).map((f) => render(f.value)),
        ['2', '10', '0', '2'],
      );
      assert.deepEqual(
        server.requests.map((r) => `${r.method} ${r.path}`),
        [`GET /orgs/${org.id}`],
      );
    });

    it('an organization Losant no longer has is gone; one it will not show (a scope missing) keeps the listed figures, with the reason', async () => {
      const org = adminOrg('Read Then Gone Org');
      await client.deleteOrganization(org.id);
      assert.equal((await freshOrganization(client, org)).kind, 'gone');
      const other = adminOrg('Unreadable Org', { appCount: 4 });
      const narrow = new LosantClient({ apiUrl: server.url, token: server.signToken({ scope: ['orgs.get', 'org.delete'] }), retry: { retries: 0 } });
      const fresh = await freshOrganization(narrow, other);
      assert.equal(fresh.kind, 'listed');
      assert.ok(fresh.kind === 'listed');
      assert.equal(fresh.org, other, 'the figures as listed');
      assert.equal(fresh.error.kind, 'forbidden');
    });
  });

  describe('the name typed to confirm', () => {
    it('is the exact name: not trimmed, case counts, no other', () => {
      assert.equal(confirmsName('Berlin Pilot', 'Berlin Pilot'), true);
      for (const typed of ['', 'berlin pilot', ' Berlin Pilot', 'Berlin Pilot ', 'Berlin', 'Berlin  Pilot']) {
        assert.equal(confirmsName(typed, 'Berlin Pilot'), false, JSON.stringify(typed));
      }
    });

    it('is also the name as shown, for a name with characters that do not show or would form a link', () => {
      assert.equal(confirmsName('Invoice⟨U+202E⟩gpj.exe', 'Invoice\u202egpj.exe'), true);
      assert.equal(confirmsName('Invoice\u202egpj.exe', 'Invoice\u202egpj.exe'), true);
      assert.equal(confirmsName('Invoicegpj.exe', 'Invoice\u202egpj.exe'), false);
      assert.equal(confirmsName('[x] (command:y)', '[x](command:y)'), true);
    });
  });

  describe('the DELETE', () => {
    it('is sent once, through the given wrapper, and Losant deletes it', async () => {
      const org = adminOrg('Deleted Once Org');
      let wrapped = 0;
      const outcome = await deleteOrganizationOnce(client, org.id, { ...OPTIONS, sending: (send) => (wrapped++, send()) });
      assert.deepEqual(outcome, { kind: 'deleted' });
      assert.equal(wrapped, 1);
      assert.deepEqual(deletes(), [`/orgs/${org.id}`]);
      assert.equal(exists(org.id), false);
    });

    it('Losant’s refusal of a viewer (403) is shown as it is, and nothing is deleted or checked', async () => {
      const org = server.addOrganization({ name: 'Viewed Org', members: [memberFor(PRIYA, 'admin'), memberFor(DEMO_USER, 'view')] }) as ListedOrganization;
      const outcome = await deleteOrganizationOnce(client, org.id, OPTIONS);
      assert.equal(outcome.kind, 'refused');
      assert.ok(outcome.kind === 'refused');
      assert.equal(outcome.error.status, 403);
      assert.equal(outcome.reason, outcome.error.message);
      assert.equal(exists(org.id), true);
      assert.deepEqual(
        server.requests.map((r) => r.method),
        ['DELETE'],
      );
    });

    it('a token without org.delete is refused (403) the same way', async () => {
      const org = adminOrg('Scope Missing Org');
      const narrow = new LosantClient({ apiUrl: server.url, token: server.signToken({ scope: ['orgs.get', 'orgs.post', 'me.get'] }), retry: { retries: 0 } });
      const outcome = await deleteOrganizationOnce(narrow, org.id, OPTIONS);
      assert.equal(outcome.kind, 'refused');
      assert.equal(exists(org.id), true);
    });

    it('a 400 is refused with Losant’s message', async () => {
      const org = adminOrg('Bad Request Org');
      const body = { type: 'Validation', message: 'The organization still has an active subscription' };
      server.setFault({ kind: 'status', status: 400, method: 'DELETE', times: 1, body });
      const outcome = await deleteOrganizationOnce(client, org.id, OPTIONS);
      assert.ok(outcome.kind === 'refused', outcome.kind);
      assert.equal(outcome.reason, body.message);
      assert.equal(exists(org.id), true);
      assert.equal(deletes().length, 1);
    });

    it('a 404 says it is gone already (deleted, or the user was removed), with Losant’s reason', async () => {
      const org = adminOrg('Gone Before Delete Org');
      await client.deleteOrganization(org.id);
      server.clearRequests();
      const outcome = await deleteOrganizationOnce(client, org.id, OPTIONS);
      assert.ok(outcome.kind === 'alreadyGone', outcome.kind);
      assert.equal(outcome.error.status, 404);
      assert.equal(deletes().length, 1);
    });
  });

  describe('a lost answer', () => {
    it('lost after Losant deleted it: the check (404) says it was deleted; DELETE is not sent again', async () => {
      const org = adminOrg('Lost After Delete Org');
      server.setFault({ kind: 'drop', when: 'afterAction', method: 'DELETE', times: 1 });
      const lost: string[] = [];
      const outcome = await deleteOrganizationOnce(client, org.id, { ...OPTIONS, onLostAnswer: (r) => lost.push(r) });
      assert.equal(outcome.kind, 'deletedDespiteLostAnswer');
      assert.equal(lost.length, 1);
      assert.deepEqual(
        server.requests.map((r) => `${r.method} ${r.path} ${r.status}`),
        [`DELETE /orgs/${org.id} 0`, `GET /orgs/${org.id} 404`],
      );
    });

    it('lost before Losant acted: the check (200) says it was not deleted, safe to try again', async () => {
      const org = adminOrg('Lost Before Delete Org');
      server.setFault({ kind: 'drop', when: 'afterBody', method: 'DELETE', times: 1 });
      const outcome = await deleteOrganizationOnce(client, org.id, OPTIONS);
      assert.ok(outcome.kind === 'notDeletedAfterLostAnswer', outcome.kind);
      assert.equal(outcome.error.kind, 'network');
      assert.equal(exists(org.id), true);
      assert.equal(deletes().length, 1);
    });

    it('a timeout is a lost answer too, checked at once: Losant may still be deleting it, so the outcome keeps the timeout', async () => {
      const org = adminOrg('Slow Delete Org');
      const impatient = new LosantClient({ apiUrl: server.url, token: server.tokens.all, retry: { retries: 0 }, timeoutMs: 200 });
      server.setFault({ kind: 'delay', ms: 600, method: 'DELETE', times: 1 });
      const outcome = await deleteOrganizationOnce(impatient, org.id, OPTIONS);
      assert.ok(outcome.kind === 'notDeletedAfterLostAnswer', outcome.kind);
      assert.equal(outcome.error.kind, 'timeout', 'so the command says it may still be deleting it');
      assert.ok(server.requests.some((r) => r.method === 'GET' && r.path === `/orgs/${org.id}` && r.status === 200));
      // The slow DELETE lands after the check: why "still had it" is not "will never be deleted".
      await new Promise((resolve) => setTimeout(resolve, 700));
      assert.equal(exists(org.id), false);
    });

    it('a server error (a gateway’s 502) is checked before it is called a refusal', async () => {
      const org = adminOrg('Gateway Delete Org');
      server.setFault({ kind: 'status', status: 502, method: 'DELETE', times: 1 });
      const outcome = await deleteOrganizationOnce(client, org.id, OPTIONS);
      assert.equal(outcome.kind, 'notDeletedAfterLostAnswer');
      assert.equal(exists(org.id), true);
    });

    it('when the check fails too, it is unknown, with both reasons', async () => {
      const org = adminOrg('Unknown Delete Org');
      server.setFault({ kind: 'drop', when: 'onArrival', path: `/orgs/${org.id}` });
      const outcome = await deleteOrganizationOnce(client, org.id, OPTIONS);
      assert.ok(outcome.kind === 'unknown', outcome.kind);
      assert.equal(outcome.error.kind, 'network');
      assert.equal(outcome.checkError.kind, 'network');
      assert.deepEqual(
        server.requests.map((r) => r.method),
        ['DELETE', 'GET'],
      );
    });

    it('a check refused for a missing scope (org.get) is unknown, never "not deleted"', async () => {
      const org = adminOrg('Unchecked Delete Org');
      const narrow = new LosantClient({ apiUrl: server.url, token: server.signToken({ scope: ['orgs.get', 'org.delete'] }), retry: { retries: 0 } });
      server.setFault({ kind: 'drop', when: 'afterAction', method: 'DELETE', times: 1 });
      const outcome = await deleteOrganizationOnce(narrow, org.id, OPTIONS);
      assert.ok(outcome.kind === 'unknown', outcome.kind);
      assert.equal(outcome.checkError.kind, 'forbidden');
      assert.equal(exists(org.id), false);
    });
  });

  describe('the listing after a delete', () => {
    let listing: OrganizationsListing;
    const state = (filter?: string) => {
      const ready: ClientState = {
        kind: 'ready',
        client: new LosantClient({ apiUrl: server.url, token: server.tokens.all, retry: { retries: 0 } }),
        apiUrl: server.url,
        settings: { ...settingsFrom(() => undefined), apiUrl: server.url, sortField: 'name', sortDirection: 'asc', pageSize: 10, includePayloadCounts: false },
        tokenExpiresAt: tokenExpiry(server.tokens.all),
      };
      return new OrganizationsListing(
        () => Promise.resolve(ready),
        () => filter,
      );
    };
    /** The first of these organizations that Dana administers, at or after `from`. */
    const administered = (orgs: readonly ListedOrganization[], from = 0): ListedOrganization => {
      const org = orgs.slice(from).find((o) => o.members?.some((m) => m.userId === DEMO_USER.id && m.role === 'admin'));
      assert.ok(org, 'an organization Dana administers');
      return org;
    };
    const serverIds = async (): Promise<string[]> => (await client.listOrganizations({ perPage: 1000, sortField: 'name' })).items.map((o) => o.id);

    beforeEach(() => server.reseed(25, 11));
    afterEach(() => listing.dispose());

    it('remove then reloadInPlace: the count drops by one and Load more skips no organization', async () => {
      listing = state();
      await listing.loaded();
      await listing.loadMore();
      const before = listed(listing.state);
      assert.deepEqual([before.organizations.length, before.totalCount], [20, 25]);
      const victim = administered(before.organizations, 4);
      await client.deleteOrganization(victim.id);
      assert.equal(listing.remove(victim.id), true);
      assert.equal(listed(listing.state).totalCount, 24);
      assert.equal(await listing.reloadInPlace(), true);
      const after = listed(listing.state);
      assert.deepEqual([after.organizations.length, after.totalCount, after.hasMore], [20, 24, true], 'the pages loaded, loaded again');
      await listing.loadMore();
      const all = listed(listing.state);
      assert.deepEqual(
        all.organizations.map((o) => o.id),
        await serverIds(),
        'every organization once, none skipped',
      );
      assert.equal(all.hasMore, false);
    });

    it('without the reload, the shifted pages would skip one (why the reload is needed)', async () => {
      listing = state();
      await listing.loaded();
      const victim = administered(listed(listing.state).organizations, 2);
      await client.deleteOrganization(victim.id);
      listing.remove(victim.id);
      await listing.loadMore();
      await listing.loadMore();
      const ids = listed(listing.state).organizations.map((o) => o.id);
      assert.equal(ids.length, 23, 'one organization was skipped');
      assert.notDeepEqual(ids, await serverIds());
    });

    it('under a filter, the total without it loses the organization too', async () => {
      const names = (await client.listOrganizations({ perPage: 1000, sortField: 'name' })).items.map((o) => o.name);
      listing = state(`${names[0].slice(0, 2)}*`);
      const first = listed(await listing.loaded());
      assert.equal(first.unfilteredTotal, 25);
      const victim = administered(first.organizations);
      await client.deleteOrganization(victim.id);
      listing.remove(victim.id);
      assert.deepEqual([listed(listing.state).totalCount, listed(listing.state).unfilteredTotal], [first.totalCount - 1, 24]);
      await listing.reloadInPlace();
      assert.deepEqual([listed(listing.state).totalCount, listed(listing.state).unfilteredTotal], [first.totalCount - 1, 24]);
    });

    it('removing an organization not listed changes nothing', async () => {
      listing = state();
      await listing.loaded();
      assert.equal(listing.remove('0123456789abcdef01234567'), false);
      assert.equal(listed(listing.state).totalCount, 25);
    });
  });
});
