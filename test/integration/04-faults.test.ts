// What the user sees under the main faults: timeout, throttling, server errors, a dropped
// connection during Create, and a refresh racing a slow load.
import * as assert from 'node:assert/strict';
import type { TestChannel } from '../channel/extension';
import type { FakeLosant } from '../server/fakeLosant';
import { activateExtension, rootItems, setSetting, settledLabels, signIn, signOutAndReset, startServer, untilQuiet, waitFor } from './helpers';
import { nodeId } from '../../src/tree/nodes';

type Org = { id: string; name: string };

describe('Faults', function () {
  this.timeout(40_000);
  let server: FakeLosant;
  let api: TestChannel;

  before(async () => {
    server = await startServer({ orgs: 12, seed: 5 });
    api = await activateExtension();
    await signOutAndReset();
    await signIn(api, server);
  });

  afterEach(() => server.setFault(undefined));

  after(async () => {
    await signOutAndReset();
    await server.close();
  });

  it('a timeout shows an error row that says how long it waited, not an endless spinner', async () => {
    await setSetting('requestTimeoutSeconds', 1);
    await waitFor('the new timeout to apply', async () => (await settledLabels(api, 'signedIn')).length === 12);
    server.setFault({ kind: 'delay', ms: 4000, method: 'GET', path: '/orgs' });
    api.provider.refresh();
    const started = Date.now();
    const [row] = await waitFor('the error row', async () => {
      const items = await rootItems(api);
      return items[0]?.contextValue === 'error' ? items : undefined;
    });
    assert.ok(Date.now() - started < 3500, 'gave up at the timeout');
    assert.equal(row.label, 'Could not load organizations');
    assert.match(String(row.description), /did not answer within 1 seconds/);
    server.setFault(undefined);
    await setSetting('requestTimeoutSeconds', undefined);
    await waitFor('the tree back', async () => (await settledLabels(api, 'signedIn')).length === 12);
  });

  it('429 with "Retry in N seconds": says it is waiting, then shows the organizations', async () => {
    server.setFault({ kind: 'status', status: 429, retryAfterSeconds: 1, method: 'GET', path: '/orgs', times: 1 });
    api.provider.refresh();
    await waitFor('the waiting message', () => /throttling.*Retrying in 1 s/.test(String(api.treeView.message)));
    const labels = await waitFor('the organizations', async () => {
      const l = await settledLabels(api, 'signedIn');
      return l.length === 12 ? l : undefined;
    });
    assert.equal(labels.length, 12);
    assert.equal(api.treeView.message, undefined, 'the waiting message is gone');
    assert.equal(server.requests.filter((r) => r.method === 'GET').length >= 2, true);
  });

  it('a create whose connection drops after Losant made it: found by name, not made twice', async () => {
    server.setFault({ kind: 'drop', when: 'afterAction', method: 'POST', path: '/orgs', times: 1 });
    const org = await api.createOrganization({ name: 'Dropped * After Create?', description: '' });
    assert.ok(org, 'the command reports the organization that was made');
    assert.equal(server.organizations.filter((o) => (o as Org).name === 'Dropped * After Create?').length, 1);
    assert.equal(server.requests.filter((r) => r.method === 'POST').length >= 1, true);
    assert.ok((await rootItems(api)).some((i) => i.id === nodeId({ kind: 'organization', org })));
  });

  it('a create whose connection drops before Losant made it: reports failure and creates nothing', async () => {
    server.clearRequests();
    server.setFault({ kind: 'drop', when: 'afterBody', method: 'POST', path: '/orgs', times: 1 });
    const org = await api.createOrganization({ name: 'Dropped Before Create', description: '' });
    assert.equal(org, undefined);
    assert.equal(server.organizations.filter((o) => (o as Org).name === 'Dropped Before Create').length, 0);
    assert.equal(server.requests.filter((r) => r.method === 'POST').length, 1, 'never retried blindly');
    const check = server.requests.find((r) => r.method === 'GET' && r.query.filter === 'Dropped Before Create');
    assert.ok(check, 'asked the API whether it had been created');
  });

  it('refuses a second Create while one is in flight', async () => {
    server.setFault({ kind: 'delay', ms: 1000, method: 'POST', path: '/orgs', times: 1 });
    server.clearRequests();
    const first = api.createOrganization({ name: 'Only Once Org', description: '' });
    await waitFor('the first create to be sent', () => server.requests.some((r) => r.method === 'POST'));
    const second = await api.createOrganization({ name: 'Only Once Org', description: '' });
    assert.equal(second, undefined);
    assert.ok(await first);
    assert.equal(server.requests.filter((r) => r.method === 'POST').length, 1);
    assert.equal(server.organizations.filter((o) => (o as Org).name === 'Only Once Org').length, 1);
  });

  it('malformed organizations are skipped; the valid ones still show', async () => {
    server.setFault({ kind: 'malformedOrgs', method: 'GET', path: '/orgs', times: 1 });
    api.provider.refresh();
    const items = await waitFor('the rows', async () => {
      await settledLabels(api, 'signedIn');
      const i = await rootItems(api);
      return i.length > 0 ? i : undefined;
    });
    assert.ok(
      items.every((i) => /^organization(Admin)?$/.test(String(i.contextValue)) && typeof i.label === 'string' && i.label.length > 0),
      items.map((i) => `${String(i.label)}:${i.contextValue}`).join(', '),
    );
    assert.ok(items.length >= 4 && items.length < 12, `${items.length} valid of 12`);
    assert.match(String(api.treeView.message), /\d+ organizations sent incomplete by the API are not shown/);
  });

  it('bad input gets no request: names, descriptions and tokens the API would refuse', async () => {
    server.clearRequests();
    for (const [name, description] of [
      ['', ''],
      ['   ', ''],
      ['n'.repeat(256), ''],
      ['Tab\tName', ''],
      ['Fine Name', 'd'.repeat(32768)],
    ]) {
      assert.equal(await api.createOrganization({ name, description }), undefined, JSON.stringify(name.slice(0, 20)));
    }
    for (const token of ['', '   ', 'two words', '"line\nbreak"']) {
      assert.equal(await api.setApiToken(token), false, JSON.stringify(token));
    }
    assert.deepEqual(
      server.requests.map((r) => `${r.method} ${r.path}`),
      [],
    );
  });

  it('an API URL that is not http(s), or not a URL at all, is refused before any request', async () => {
    for (const url of ['ftp://api.losant.com', 'not a url', 'https://user:secret@api.losant.com']) {
      server.clearRequests();
      await setSetting('apiUrl', url);
      await settledLabels(api, 'badApiUrl');
      const reason = String(api.chrome.current()?.reason);
      assert.match(reason, /The Losant API URL/, reason);
      assert.equal(api.chrome.current()?.detail, '', 'the welcome text for an unusable URL, not the plain-HTTP one');
      assert.equal(server.requests.length, 0);
    }
    await setSetting('apiUrl', server.url);
    await settledLabels(api, 'signedIn');
  });

  it('a losant.apiUrl or losant.appUrl that is not text (a hand-edited 42) is an unusable URL, said as usual; nothing throws', async () => {
    try {
      for (const [key, value] of [
        ['apiUrl', 42],
        ['apiUrl', { url: 'https://api.losant.com' }],
        ['appUrl', 42],
      ] as const) {
        // A reload the last setting caused must not count as this one's request.
        await untilQuiet(server);
        server.clearRequests();
        await setSetting(key, value);
        if (key === 'apiUrl') {
          await settledLabels(api, 'badApiUrl');
          assert.match(String(api.chrome.current()?.reason), /The Losant API URL .* is not a valid URL/, JSON.stringify(value));
          assert.deepEqual(
            server.requests.map((r) => `${r.method} ${r.path}`),
            [],
          );
        }
        // The Accounts menu asks the authentication provider, which reads the setting too.
        assert.ok(Array.isArray(await api.authProvider.getSessions(undefined, {})));
        await setSetting(key, key === 'apiUrl' ? server.url : undefined);
      }
    } finally {
      await setSetting('appUrl', undefined);
      await setSetting('apiUrl', server.url);
    }
    await settledLabels(api, 'signedIn');
  });
});
