// The API client against the local Losant server, over real HTTP on 127.0.0.1.
import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AuthClient, LosantApiError, LosantClient, type RequestLogEntry } from '../../src/losant';
import { FakeClock } from './fakeClock';
import { rejection } from './rejection';
import { startFakeLosant, type FakeLosant } from '../server/fakeLosant';

describe('LosantClient', () => {
  let server: FakeLosant;
  let client: LosantClient;
  const logs: RequestLogEntry[] = [];

  before(async () => {
    server = await startFakeLosant({ orgs: 25, seed: 3 });
    // No retries here, so each error kind is seen as the first answer gave it; retries have their own tests.
    client = new LosantClient({ apiUrl: server.url, token: server.tokens.all, onLog: (e) => logs.push(e), retry: { retries: 0 } });
  });
  after(() => server.close());
  beforeEach(() => {
    server.setFault(undefined);
    server.clearRequests();
    logs.length = 0;
  });

  describe('GET /orgs', () => {
    it('lists the first page with the server defaults when no query is given', async () => {
      const page = await client.listOrganizations();
      assert.equal(page.items.length, 25);
      assert.equal(page.totalCount, 25);
      assert.equal(page.count, 25);
      assert.equal(page.page, 0);
      assert.equal(page.perPage, 100);
      assert.deepEqual(page.skipped, []);
      const q = server.requests[0].query;
      assert.equal(q.sortField, undefined);
      assert.equal(q.perPage, undefined);
    });

    it('sends the headers the official clients send', async () => {
      await client.listOrganizations({ perPage: 1 });
      const h = server.requests[0].headers;
      assert.equal(h.authorization, `Bearer ${server.tokens.all}`);
      assert.equal(h.accept, 'application/json');
      assert.equal(h['accept-version'], '^1.30.0');
      assert.equal(h['content-type'], undefined, 'no content type without a body');
      const q = server.requests[0].query;
      assert.deepEqual([q._actions, q._links, q._embedded], ['false', 'true', 'true']);
    });

    for (const sortField of ['name', 'id', 'creationDate', 'lastUpdated'] as const) {
      for (const sortDirection of ['asc', 'desc'] as const) {
        it(`sends sortField=${sortField} sortDirection=${sortDirection} and keeps the server's order`, async () => {
          const page = await client.listOrganizations({ sortField, sortDirection });
          assert.equal(server.requests[0].query.sortField, sortField);
          assert.equal(server.requests[0].query.sortDirection, sortDirection);
          const values = page.items.map((o) => String(o[sortField]));
          const cmp = (a: string, b: string) => (sortField === 'name' ? a.localeCompare(b, 'en', { sensitivity: 'base' }) : a < b ? -1 : a > b ? 1 : 0);
          const sorted = [...values].sort((a, b) => (sortDirection === 'asc' ? cmp(a, b) : cmp(b, a)));
          assert.deepEqual(values, sorted);
        });
      }
    }

    it('pages with page and perPage, 0-based, and reports the total', async () => {
      const all = (await client.listOrganizations({ sortField: 'id' })).items.map((o) => o.id);
      const p0 = await client.listOrganizations({ sortField: 'id', perPage: 10, page: 0 });
      const p2 = await client.listOrganizations({ sortField: 'id', perPage: 10, page: 2 });
      const past = await client.listOrganizations({ sortField: 'id', perPage: 10, page: 3 });
      assert.deepEqual(
        p0.items.map((o) => o.id),
        all.slice(0, 10),
      );
      assert.deepEqual(
        p2.items.map((o) => o.id),
        all.slice(20),
      );
      assert.equal(p2.count, 5);
      assert.equal(past.items.length, 0);
      assert.equal(past.totalCount, 25);
      assert.equal(server.requests.at(-1)?.query.page, '3');
      assert.equal(server.requests.at(-1)?.query.perPage, '10');
    });

    it('filters by name on the server with filterField=name and a glob', async () => {
      const target = (await client.listOrganizations()).items[4].name;
      const glob = `${target.slice(0, 3).toUpperCase()}*`;
      const page = await client.listOrganizations({ filter: glob });
      assert.equal(server.requests.at(-1)?.query.filterField, 'name');
      assert.equal(server.requests.at(-1)?.query.filter, glob);
      assert.ok(page.items.some((o) => o.name === target));
      assert.ok(page.items.every((o) => o.name.toLowerCase().startsWith(target.slice(0, 3).toLowerCase())));
      assert.equal(page.totalCount, page.items.length);
    });

    it('sends summaryInclude and summaryExclude as comma-separated lists', async () => {
      const inc = await client.listOrganizations({ summaryInclude: ['deviceCount', 'appCount'] });
      assert.equal(server.requests.at(-1)?.query.summaryInclude, 'deviceCount,appCount');
      assert.deepEqual(Object.keys(inc.items[0].summary ?? {}).sort(), ['appCount', 'deviceCount']);
      const exc = await client.listOrganizations({ summaryExclude: ['payloadCount'] });
      assert.equal(server.requests.at(-1)?.query.summaryExclude, 'payloadCount');
      assert.ok(exc.items[0].summary && !('payloadCount' in exc.items[0].summary));
      assert.ok(exc.items[0].summary.deviceCount !== undefined);
    });

    it('logs each request as method, path, status and milliseconds, without the token', async () => {
      await client.listOrganizations({ perPage: 2 });
      assert.equal(logs.length, 1);
      assert.equal(logs[0].method, 'GET');
      assert.match(logs[0].path, /^\/orgs\?perPage=2&/);
      assert.equal(logs[0].status, 200);
      assert.ok(logs[0].ms >= 0);
      assert.ok(!JSON.stringify(logs).includes(server.tokens.all));
    });

    it('verifies a token with GET /orgs?perPage=1', async () => {
      assert.equal(await client.verifyToken(), 25);
      assert.equal(server.requests[0].query.perPage, '1');
    });
  });

  describe('POST /orgs', () => {
    it('creates an organization and returns it as the server made it', async () => {
      const org = await client.createOrganization({ name: 'Client Test Org', description: 'from the unit tests' });
      assert.match(org.id, /^[0-9a-f]{24}$/);
      assert.equal(org.name, 'Client Test Org');
      assert.equal(org.description, 'from the unit tests');
      const req = server.requests[0];
      assert.equal(req.method, 'POST');
      assert.equal(req.headers['content-type'], 'application/json');
      assert.deepEqual(req.body, { name: 'Client Test Org', description: 'from the unit tests' });
      const page = await client.listOrganizations({ filter: 'Client Test Org' });
      assert.deepEqual(
        page.items.map((o) => o.id),
        [org.id],
      );
    });
  });

  describe('errors', () => {
    it("400: validation, with Losant's type and message", async () => {
      const e = await rejection(client.createOrganization({ name: '' }));
      assert.equal(e.kind, 'validation');
      assert.equal(e.status, 400);
      assert.equal(e.type, 'Validation');
      assert.match(e.message, /organization\.name/);
    });

    it('400: an invalid sort field is refused by the server', async () => {
      const e = await rejection(client.listOrganizations({ sortField: 'color' as never }));
      assert.equal(e.kind, 'validation');
      assert.equal(e.message, 'sortField must be an enum value');
    });

    it('401: an invalid token', async () => {
      const bad = new LosantClient({ apiUrl: server.url, token: 'not.a.jwt' });
      const e = await rejection(bad.listOrganizations());
      assert.equal(e.kind, 'unauthorized');
      assert.equal(e.status, 401);
      assert.equal(e.message, 'Invalid access token');
    });

    it('401: an expired token', async () => {
      const e = await rejection(new LosantClient({ apiUrl: server.url, token: server.tokens.expired }).listOrganizations());
      assert.equal(e.kind, 'unauthorized');
      assert.equal(e.message, 'Access token has expired');
    });

    it('403: a read-only token cannot create', async () => {
      const e = await rejection(new LosantClient({ apiUrl: server.url, token: server.tokens.readOnly }).createOrganization({ name: 'Nope' }));
      assert.equal(e.kind, 'forbidden');
      assert.equal(e.type, 'Forbidden');
    });

    it('403: a token without an orgs scope cannot list', async () => {
      const e = await rejection(new LosantClient({ apiUrl: server.url, token: server.tokens.noOrgsScope }).listOrganizations());
      assert.equal(e.kind, 'forbidden');
    });

    it('404: an API URL with a wrong path prefix', async () => {
      const e = await rejection(new LosantClient({ apiUrl: `${server.url}/v9`, token: server.tokens.all }).listOrganizations());
      assert.equal(e.kind, 'notFound');
      assert.equal(e.status, 404);
      assert.equal(e.type, 'NotFound');
    });

    it('network: nothing listens at the URL', async () => {
      const probe = http.createServer();
      await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
      const port = (probe.address() as AddressInfo).port;
      await new Promise((r) => probe.close(r));
      // The default retries, their waits passed on a fake clock.
      const e = await rejection(
        new LosantClient({ apiUrl: `http://127.0.0.1:${port}`, token: 'x.y.z', retry: { sleep: new FakeClock().sleep } }).listOrganizations(),
      );
      assert.equal(e.kind, 'network');
      assert.match(e.message, /refused/);
    });

    it('names its API URL in the one form, as the sign-in client does (one connection under both)', () => {
      for (const connection of [new LosantClient({ apiUrl: `${server.url}/`, token: 't' }), new AuthClient({ apiUrl: `${server.url.toUpperCase()}//` })]) {
        assert.equal(connection.apiUrl, server.url);
      }
    });

    it('refuses plain HTTP to another host before any request', () => {
      assert.throws(
        () => new LosantClient({ apiUrl: 'http://api.example.com', token: server.tokens.all }),
        (e: LosantApiError) => e.kind === 'invalidConfiguration' && /plain HTTP/.test(e.message) && !e.message.includes(server.tokens.all),
      );
      for (const ok of ['https://api.losant.com', 'http://localhost:1', 'http://127.0.0.2:8080/', 'http://[::1]:9']) {
        assert.doesNotThrow(() => new LosantClient({ apiUrl: ok, token: 't' }), ok);
      }
      for (const bad of ['ftp://api.losant.com', 'api.losant.com', '', 'https://user:pw@api.losant.com', 'http://10.0.0.1']) {
        assert.throws(() => new LosantClient({ apiUrl: bad, token: 't' }), LosantApiError, bad);
      }
    });

    it('429: throttled, with the wait from Losant\'s "Retry in N seconds" message', async () => {
      server.setFault({ kind: 'status', status: 429, retryAfterSeconds: 4, times: 1 });
      const e = await rejection(client.listOrganizations());
      assert.equal(e.kind, 'throttled');
      assert.equal(e.status, 429);
      assert.equal(e.type, 'TooManyRequests');
      assert.equal(e.retryAfterSeconds, 4);
    });

    it('429: throttled, with the wait from a Retry-After header', async () => {
      server.setFault({ kind: 'status', status: 429, retryAfterSeconds: 9, retryAfterHeader: true, times: 1 });
      const e = await rejection(client.listOrganizations());
      assert.equal(e.retryAfterSeconds, 9);
    });

    for (const status of [500, 502, 503]) {
      it(`${status}: server`, async () => {
        server.setFault({ kind: 'status', status, times: 1 });
        const e = await rejection(client.listOrganizations());
        assert.equal(e.kind, 'server');
        assert.equal(e.status, status);
      });
    }

    it('5xx with an HTML body: server, with the status in the message', async () => {
      server.setFault({ kind: 'notJson', status: 502, times: 1 });
      const e = await rejection(client.listOrganizations());
      assert.equal(e.kind, 'server');
      assert.match(e.message, /HTTP 502/);
    });

    it('timeout: the API does not answer in time', async () => {
      // Margins wide enough for a loaded machine: the point is 0.2 s, not the server's 5 s.
      server.setFault({ kind: 'delay', ms: 5000, times: 1 });
      const slow = new LosantClient({ apiUrl: server.url, token: server.tokens.all, timeoutMs: 200, retry: { retries: 0 } });
      const started = Date.now();
      const e = await rejection(slow.listOrganizations());
      assert.equal(e.kind, 'timeout');
      assert.match(e.message, /0\.2 seconds/);
      assert.ok(Date.now() - started < 4000, 'gave up at the timeout, not when the server answered');
    });

    it('cancelled: aborting while the request is in flight', async () => {
      server.setFault({ kind: 'delay', ms: 2000, times: 1 });
      const ac = new AbortController();
      setTimeout(() => ac.abort(), 100);
      const e = await rejection(client.listOrganizations({}, { signal: ac.signal }));
      assert.equal(e.kind, 'cancelled');
    });

    it('unexpected response: a 200 that is not JSON', async () => {
      server.setFault({ kind: 'notJson', status: 200, times: 1 });
      const e = await rejection(client.listOrganizations());
      assert.equal(e.kind, 'unexpectedResponse');
      assert.match(e.message, /not JSON/);
    });

    it('unexpected response: a 200 of the wrong shape', async () => {
      server.setFault({ kind: 'status', status: 200, body: { organizations: [] }, times: 1 });
      const e = await rejection(client.listOrganizations());
      assert.equal(e.kind, 'unexpectedResponse');
      assert.match(e.message, /items/);
    });

    it('network: the body is cut off', async () => {
      server.setFault({ kind: 'truncated', times: 1 });
      const e = await rejection(client.listOrganizations());
      assert.ok(e.kind === 'network' || e.kind === 'unexpectedResponse', e.kind);
    });

    it('network: the connection drops without an answer', async () => {
      server.setFault({ kind: 'drop', when: 'onArrival', times: 1 });
      const e = await rejection(client.listOrganizations());
      assert.equal(e.kind, 'network');
    });

    it('a redirect to another host is not followed, so the token stays here', async () => {
      server.setFault({ kind: 'redirect', times: 1 });
      const e = await rejection(client.listOrganizations());
      assert.equal(e.kind, 'unexpectedResponse');
      assert.match(e.message, /redirected/);
      assert.equal(server.requests.length, 1, 'only the first request reached a server');
    });

    it('tolerates valid JSON with a wrong content type', async () => {
      server.setFault({ kind: 'wrongContentType', times: 1 });
      const page = await client.listOrganizations();
      assert.ok(page.items.length > 0);
    });

    it('refuses an enormous response cleanly instead of exhausting memory', async () => {
      server.setFault({ kind: 'huge', bytes: 8 * 1024 * 1024, times: 1 });
      const small = new LosantClient({ apiUrl: server.url, token: server.tokens.all, maxResponseBytes: 1024 * 1024, retry: { retries: 0 } });
      const e = await rejection(small.listOrganizations());
      assert.equal(e.kind, 'unexpectedResponse');
      assert.match(e.message, /larger than 1 MB/);
    });

    it('skips malformed organizations and keeps the valid ones', async () => {
      server.setFault({ kind: 'malformedOrgs', times: 1 });
      const page = await client.listOrganizations();
      assert.ok(page.items.length > 0);
      assert.ok(page.skipped.length > 0);
      assert.ok(page.items.every((o) => typeof o.id === 'string' && typeof o.name === 'string'));
    });

    it('never puts the token in an error message, even when the server echoes it', async () => {
      server.setFault({ kind: 'status', status: 500, body: { type: 'Error', message: `bad token ${server.tokens.all}` }, times: 1 });
      const e = await rejection(client.listOrganizations());
      assert.ok(!e.message.includes(server.tokens.all));
      assert.match(e.message, /bad token \*\*\*/);
    });

    it('cancelled: an aborted signal stops the request', async () => {
      const ac = new AbortController();
      ac.abort();
      const e = await rejection(client.listOrganizations({}, { signal: ac.signal }));
      assert.equal(e.kind, 'cancelled');
    });
  });

  describe('retries', () => {
    let retrying: LosantClient;
    // Waits pass on this clock at once: the tests read how long the client waited from it.
    const clock = new FakeClock();
    const policy = { retries: 2, baseDelayMs: 20, maxDelayMs: 3000 };
    const notices: { attempt: number; delayMs: number; kind: string }[] = [];
    const onRetry = (n: { attempt: number; delayMs: number; error: LosantApiError }) =>
      notices.push({ attempt: n.attempt, delayMs: n.delayMs, kind: n.error.kind });
    const gets = () => server.requests.filter((r) => r.method === 'GET').length;

    before(() => {
      retrying = new LosantClient({ apiUrl: server.url, token: server.tokens.all, retry: { ...policy, sleep: clock.sleep } });
    });
    beforeEach(() => {
      notices.length = 0;
    });

    for (const status of [502, 503]) {
      it(`retries a read after ${status} and succeeds, telling the caller it waits`, async () => {
        server.setFault({ kind: 'status', status, times: 1 });
        const page = await retrying.listOrganizations({}, { onRetry });
        assert.ok(page.items.length > 0);
        assert.equal(gets(), 2);
        assert.deepEqual(
          notices.map((n) => [n.attempt, n.kind]),
          [[1, 'server']],
        );
      });
    }

    it('honours Losant\'s "Retry in N seconds" on 429', async () => {
      server.setFault({ kind: 'status', status: 429, retryAfterSeconds: 1, times: 1 });
      const started = clock.now();
      await retrying.listOrganizations({}, { onRetry });
      assert.ok(clock.now() - started >= 950, 'waited the second Losant asked for');
      assert.equal(notices[0].delayMs, 1000);
      assert.equal(gets(), 2);
    });

    it('honours a Retry-After header on 429', async () => {
      server.setFault({ kind: 'status', status: 429, retryAfterSeconds: 1, retryAfterHeader: true, times: 1 });
      await retrying.listOrganizations({}, { onRetry });
      assert.equal(notices[0].delayMs, 1000);
    });

    it('retries a read after a dropped connection', async () => {
      server.setFault({ kind: 'drop', when: 'onArrival', times: 1 });
      await retrying.listOrganizations();
      assert.equal(server.requests.length, 2);
    });

    it('gives up after the bounded number of retries', async () => {
      server.setFault({ kind: 'status', status: 503, times: 10 });
      const e = await rejection(retrying.listOrganizations({}, { onRetry }));
      assert.equal(e.status, 503);
      assert.equal(gets(), 3);
      assert.equal(notices.length, 2);
    });

    it('does not retry a 500, a 400 or a 401', async () => {
      server.setFault({ kind: 'status', status: 500, times: 5 });
      await rejection(retrying.listOrganizations());
      assert.equal(gets(), 1);
      server.setFault(undefined);
      await rejection(retrying.listOrganizations({ sortField: 'nope' as never }));
      await rejection(new LosantClient({ apiUrl: server.url, token: 'x.y.z', retry: { retries: 2, baseDelayMs: 1 } }).listOrganizations());
      assert.equal(gets(), 3);
    });

    it('does not wait longer than it accepts when Losant asks for a long pause', async () => {
      server.setFault({ kind: 'status', status: 429, retryAfterSeconds: 60, times: 1 });
      const started = clock.now();
      const e = await rejection(retrying.listOrganizations());
      assert.equal(e.kind, 'throttled');
      assert.equal(e.retryAfterSeconds, 60);
      assert.ok(clock.now() - started < 10_000, 'passed the answer on instead of waiting a minute');
    });

    it('stops waiting when cancelled', async () => {
      server.setFault({ kind: 'status', status: 429, retryAfterSeconds: 3, times: 1 });
      const ac = new AbortController();
      setTimeout(() => ac.abort(), 100);
      const started = Date.now();
      // Real time here: the real wait is the one a cancellation must end.
      const e = await rejection(new LosantClient({ apiUrl: server.url, token: server.tokens.all, retry: policy }).listOrganizations({}, { signal: ac.signal }));
      assert.equal(e.kind, 'cancelled');
      assert.ok(Date.now() - started < 2500, 'stopped waiting the 3 s Losant asked for');
    });

    it('never retries a create, even when the connection drops', async () => {
      server.setFault({ kind: 'drop', when: 'afterAction', method: 'POST', times: 1 });
      const e = await rejection(retrying.createOrganization({ name: 'Dropped Create' }));
      assert.equal(e.kind, 'network');
      assert.equal(server.requests.filter((r) => r.method === 'POST').length, 1);
    });
  });
});
