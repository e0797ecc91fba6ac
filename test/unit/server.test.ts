// The fake Losant API against the contract (/work/shared/losant-orgs-api.md), over real HTTP.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { startFakeLosant, type FakeLosant } from '../server/fakeLosant';
import { parseFaultSpec } from '../server/faultSpec';
import orgsExample from '../fixtures/losant/orgs.json';
import { assertError, call, type Reply, type Target } from './serverCall';

interface Org {
  id: string;
  orgId: string;
  name: string;
  description?: string;
  creationDate: string;
  lastUpdated: string;
  members: Array<{ userId: string; role: string; email: string }>;
  summary: Record<string, unknown>;
  [field: string]: unknown;
}

interface OrgList {
  items: Org[];
  count: number;
  totalCount: number;
  perPage: number;
  page: number;
  sortField: string;
  sortDirection: string;
  filterField?: string;
  filter?: string;
}

async function list(server: Target, query: string, token?: string): Promise<OrgList> {
  const reply = await call(server, `/orgs${query}`, { token });
  assert.equal(reply.status, 200, reply.text);
  return reply.body as OrgList;
}

const names = (l: OrgList): string[] => l.items.map((o) => o.name);

describe('fake Losant server', function () {
  let server: FakeLosant;

  before(async function () {
    server = await startFakeLosant({ port: 0, orgs: 25, seed: 7 });
  });
  after(async function () {
    await server.close();
  });

  describe('GET /orgs defaults and paging', function () {
    it('lists with the documented defaults and integer fields', async function () {
      const l = await list(server, '');
      assert.equal(l.perPage, 100);
      assert.equal(l.page, 0);
      assert.equal(l.sortField, 'name');
      assert.equal(l.sortDirection, 'asc');
      assert.equal(l.count, 25);
      assert.equal(l.totalCount, 25);
      assert.equal(l.items.length, 25);
      assert.ok(!('filterField' in l) && !('filter' in l));
    });

    it('every org carries 24-hex id equal to orgId, _type and _links', async function () {
      const l = await list(server, '');
      for (const org of l.items) {
        assert.match(org.id, /^[0-9a-f]{24}$/);
        assert.equal(org.orgId, org.id);
        assert.equal(org._type, 'organization');
        assert.deepEqual((org._links as { self: { href: string } }).self, { href: `/orgs/${org.id}` });
      }
    });

    it('pages are 0-based, the last page is partial, and pages add up to the whole list', async function () {
      const all = names(await list(server, ''));
      const p0 = await list(server, '?perPage=10&page=0');
      const p2 = await list(server, '?perPage=10&page=2');
      assert.deepEqual(names(p0), all.slice(0, 10));
      assert.equal(p2.count, 5);
      assert.equal(p2.totalCount, 25);
      assert.deepEqual(names(p2), all.slice(20));
      const p1 = await list(server, '?perPage=10&page=1');
      assert.deepEqual([...names(p0), ...names(p1), ...names(p2)], all);
    });

    it('a page past the end is empty with the real totalCount', async function () {
      const l = await list(server, '?perPage=10&page=3');
      assert.deepEqual(l.items, []);
      assert.equal(l.count, 0);
      assert.equal(l.totalCount, 25);
      assert.equal(l.page, 3);
    });

    it('perPage=1 returns exactly one org per page', async function () {
      const all = names(await list(server, ''));
      const last = await list(server, '?perPage=1&page=24');
      assert.deepEqual(names(last), [all[24]]);
      assert.equal(last.perPage, 1);
    });

    it("ignores the official clients' _actions/_links/_embedded flags", async function () {
      const plain = await list(server, '?perPage=5');
      const flagged = await list(server, '?perPage=5&_actions=false&_links=true&_embedded=true');
      assert.deepEqual(flagged.items, plain.items);
    });

    for (const [query, message] of [
      ['sortField=description', 'sortField must be an enum value'],
      ['sortField=', 'sortField must be an enum value'],
      ['sortDirection=up', 'sortDirection must be an enum value'],
      ['filterField=description&filter=x', 'filterField must be an enum value'],
      ['page=-1', 'page must be a non-negative integer'],
      ['page=abc', 'page must be a non-negative integer'],
      ['page=1.5', 'page must be a non-negative integer'],
      ['perPage=0', 'perPage must be an integer of at least 1'],
      ['perPage=ten', 'perPage must be an integer of at least 1'],
    ]) {
      it(`rejects ${query} with 400 "${message}"`, async function () {
        assertError(await call(server, `/orgs?${query}`), 400, 'Validation', message);
      });
    }
  });

  describe('GET /orgs sorting', function () {
    let sorted: FakeLosant;
    before(async function () {
      sorted = await startFakeLosant({ orgs: 0 });
      const add = (id: string, name: string, creationDate: string, lastUpdated: string): unknown =>
        sorted.addOrganization({ id: `a0000000000000000000000${id}`, name, creationDate, lastUpdated });
      add('1', 'bravo', '2020-01-01T00:00:00.000Z', '2024-05-01T00:00:00.000Z');
      add('2', 'Alpha', '2021-01-01T00:00:00.000Z', '2022-01-01T00:00:00.000Z');
      add('3', 'charlie', '2019-01-01T00:00:00.000Z', '2023-01-01T00:00:00.000Z');
      add('0', 'ALPHA', '2022-06-01T00:00:00.000Z', '2021-01-01T00:00:00.000Z');
      add('4', 'Äpfel', '2023-03-01T00:00:00.000Z', '2024-12-01T00:00:00.000Z');
      add('5', 'delta', '2020-01-01T00:00:00.000Z', '2020-06-01T00:00:00.000Z');
    });
    after(async function () {
      await sorted.close();
    });

    const expected: Record<string, string[]> = {
      // ALPHA/Alpha tie case-insensitively: id ...0 before ...2.
      name: ['ALPHA', 'Alpha', 'Äpfel', 'bravo', 'charlie', 'delta'],
      id: ['ALPHA', 'bravo', 'Alpha', 'charlie', 'Äpfel', 'delta'],
      // bravo and delta share a creationDate: id ...1 before ...5.
      creationDate: ['charlie', 'bravo', 'delta', 'Alpha', 'ALPHA', 'Äpfel'],
      lastUpdated: ['delta', 'ALPHA', 'Alpha', 'charlie', 'bravo', 'Äpfel'],
    };
    for (const [field, order] of Object.entries(expected)) {
      it(`sorts by ${field} ascending`, async function () {
        const l = await list(sorted, `?sortField=${field}&sortDirection=asc`);
        assert.deepEqual(names(l), order);
        assert.equal(l.sortField, field);
      });
      it(`sorts by ${field} descending (exact reverse)`, async function () {
        const l = await list(sorted, `?sortField=${field}&sortDirection=desc`);
        assert.deepEqual(names(l), [...order].reverse());
        assert.equal(l.sortDirection, 'desc');
      });
    }

    it('re-sorts after a create (the sort cache is invalidated)', async function () {
      assert.deepEqual(names(await list(sorted, '?perPage=1')), ['ALPHA']);
      const reply = await call(sorted, '/orgs', { method: 'POST', json: { name: 'aardvark' } });
      assert.equal(reply.status, 201);
      assert.deepEqual(names(await list(sorted, '?perPage=1')), ['aardvark']);
      assert.equal((await list(sorted, '')).totalCount, 7);
    });
  });

  describe('GET /orgs filter and summary selection', function () {
    let filtered: FakeLosant;
    const all = ['Alpha', 'ALPHA two', 'abc', 'a.c', 'ac', 'abbc', 'Plant #3 (Pilot) [x]', 'x+y^z$', 'Zürich Cold Chain – EU'];
    before(async function () {
      filtered = await startFakeLosant({ orgs: 0 });
      for (const name of all) filtered.addOrganization({ name });
    });
    after(async function () {
      await filtered.close();
    });

    const find = async (glob: string): Promise<string[]> => names(await list(filtered, `?filterField=name&filter=${encodeURIComponent(glob)}`)).sort();

    it('* matches any run, case-insensitively, against the whole name', async function () {
      assert.deepEqual(await find('al*'), ['Alpha', 'ALPHA two'].sort());
      assert.deepEqual(await find('*TWO'), ['ALPHA two']);
      assert.deepEqual(await find('alph'), []);
    });

    it('? matches exactly one character', async function () {
      assert.deepEqual(await find('a?c'), ['a.c', 'abc']);
    });

    it('regex characters are literal', async function () {
      assert.deepEqual(await find('a.c'), ['a.c']);
      assert.deepEqual(await find('*(pilot) [x]'), ['Plant #3 (Pilot) [x]']);
      assert.deepEqual(await find('x+y^z$'), ['x+y^z$']);
      assert.deepEqual(await find('[x]'), []);
    });

    it('matches unicode names case-insensitively', async function () {
      assert.deepEqual(await find('zÜRICH*– eu'), ['Zürich Cold Chain – EU']);
    });

    it('counts and pages within the filtered set and echoes the filter', async function () {
      const l = await list(filtered, '?filterField=name&filter=a*&perPage=2&page=1');
      assert.equal(l.totalCount, 6);
      assert.equal(l.count, 2);
      assert.equal(l.filterField, 'name');
      assert.equal(l.filter, 'a*');
    });

    it('a blank filter or filterField means no filtering', async function () {
      assert.equal((await list(filtered, '?filterField=name&filter=')).totalCount, all.length);
      assert.equal((await list(filtered, '?filterField=&filter=al*')).totalCount, all.length);
    });

    it('summaryInclude keeps only the named summary fields', async function () {
      const l = await list(server, '?summaryInclude=deviceCount,%20appCount');
      for (const org of l.items) assert.deepEqual(Object.keys(org.summary).sort(), ['appCount', 'deviceCount']);
    });

    it('summaryExclude drops the named fields and leaves the stored org intact', async function () {
      const l = await list(server, '?summaryExclude=payloadCount,storageStats');
      for (const org of l.items) {
        assert.ok(!('payloadCount' in org.summary) && !('storageStats' in org.summary));
        assert.equal(typeof org.summary.deviceCount, 'number');
      }
      const again = await list(server, '?perPage=1');
      assert.ok('payloadCount' in again.items[0].summary);
    });
  });

  describe('POST /orgs', function () {
    const post = (json: unknown, token?: string | null): Promise<Reply> => call(server, '/orgs', { method: 'POST', json, token });

    for (const [label, body, message] of [
      ['missing name', { description: 'x' }, 'organization.name is required'],
      ['empty name', { name: '' }, 'organization.name has less length than allowed'],
      ['256-char name', { name: 'n'.repeat(256) }, 'organization.name has longer length than allowed'],
      ['numeric name', { name: 5 }, 'organization.name is the wrong type'],
      ['null name', { name: null }, 'organization.name is the wrong type'],
      ['additional property', { name: 'ok', color: 'red' }, 'organization has additional properties'],
      ['32768-char description', { name: 'ok', description: 'd'.repeat(32768) }, 'organization.description has longer length than allowed'],
      ['65-char iconColor', { name: 'ok', iconColor: 'c'.repeat(65) }, 'organization.iconColor has longer length than allowed'],
      ['array body', [{ name: 'ok' }], 'organization is the wrong type'],
    ] as Array<[string, unknown, string]>) {
      it(`rejects ${label} with 400 "${message}" and creates nothing`, async function () {
        const before = server.organizations.length;
        assertError(await post(body), 400, 'Validation', message);
        assert.equal(server.organizations.length, before);
      });
    }

    it('rejects a body that is not JSON with 400 Validation', async function () {
      assertError(await call(server, '/orgs', { method: 'POST', raw: '{name: oops' }), 400, 'Validation', /JSON/);
    });

    it('creates an org: 201 with a full Organization that then lists', async function () {
      const before = (await list(server, '')).totalCount;
      const started = Date.now();
      const reply = await post({ name: 'Created Org Ünïcode', description: 'made by a test', iconColor: '#43A047' });
      assert.equal(reply.status, 201, reply.text);
      const org = reply.body as Org;
      assert.match(org.id, /^[0-9a-f]{24}$/);
      assert.equal(org.orgId, org.id);
      assert.equal(org.name, 'Created Org Ünïcode');
      assert.equal(org.description, 'made by a test');
      assert.equal(org.iconColor, '#43A047');
      assert.ok(Date.parse(org.creationDate) >= started - 1000 && Date.parse(org.creationDate) <= Date.now() + 1000);
      assert.ok(Date.parse(org.lastUpdated) >= Date.parse(org.creationDate));
      assert.deepEqual(
        org.members.map((m) => [m.userId, m.role]),
        [[server.user.id, 'admin']],
      );
      assert.equal(org.summary.memberCount, 1);
      assert.equal(org.summary.deviceCount, 0);
      assert.deepEqual(org.summary.storageStats, { count: 0, size: 0 });
      assert.deepEqual(org.summary.payloadCount, {}, 'no payloads yet');
      assert.equal(org.isEnterprise, false);
      assert.equal(org.isReadOnly, false);
      assert.equal(org.disabledAt, false);
      assert.equal(typeof org.planId, 'string');
      assert.equal(typeof org.mfaMode, 'string');
      assert.equal(org._type, 'organization');
      const after = await list(server, `?filterField=name&filter=${encodeURIComponent('created org ü*')}`);
      assert.deepEqual(
        after.items.map((o) => o.id),
        [org.id],
      );
      assert.equal((await list(server, '')).totalCount, before + 1);
    });

    it('accepts a 255-char name (the upper bound)', async function () {
      const reply = await post({ name: 'm'.repeat(255) });
      assert.equal(reply.status, 201);
    });

    it('records the request, its body and status', async function () {
      server.clearRequests();
      await post({ name: 'Recorded Org' });
      assert.equal(server.requests.length, 1);
      const [r] = server.requests;
      assert.equal(r.method, 'POST');
      assert.equal(r.path, '/orgs');
      assert.deepEqual(r.body, { name: 'Recorded Org' });
      assert.equal(r.status, 201);
      assert.equal(r.headers.authorization, `Bearer ${server.tokens.all}`);
    });
  });

  describe('authentication and authorization', function () {
    const forged = (token: string): string => token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA');

    it('checks validation before authentication', async function () {
      assertError(await call(server, '/orgs?sortField=bogus', { token: null }), 400, 'Validation');
      assertError(await call(server, '/orgs?sortField=bogus', { token: 'garbage' }), 400, 'Validation');
      assertError(await call(server, '/orgs', { method: 'POST', json: { name: '' }, token: server.tokens.readOnly }), 400, 'Validation');
    });

    it('checks authentication before authorization', async function () {
      assertError(await call(server, '/orgs', { token: forged(server.tokens.noOrgsScope) }), 401, 'Unauthorized', 'Invalid access token');
      const expiredNoScope = server.signToken({ scope: ['devices.get'], expiresInSeconds: -10 });
      assertError(await call(server, '/orgs', { token: expiredNoScope }), 401, 'Unauthorized', 'Access token has expired');
    });

    it('401 Invalid access token for malformed, forged or foreign tokens', async function () {
      const other = await startFakeLosant({ orgs: 0 });
      try {
        const header = Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url');
        const payload = Buffer.from(JSON.stringify({ sub: server.user.id, scope: ['all.User'], iat: 1 })).toString('base64url');
        for (const token of ['garbage', 'a.b.c', forged(server.tokens.all), other.tokens.all, `${header}.${payload}.`]) {
          assertError(await call(server, '/orgs', { token }), 401, 'Unauthorized', 'Invalid access token');
        }
        assertError(await call(server, '/orgs', { token: null, headers: { Authorization: 'Basic abc' } }), 401, 'Unauthorized');
      } finally {
        await other.close();
      }
    });

    it('401 Access token has expired for an expired token', async function () {
      assertError(await call(server, '/orgs', { token: server.tokens.expired }), 401, 'Unauthorized', 'Access token has expired');
    });

    it('403 without a token or without a fitting scope', async function () {
      assertError(await call(server, '/orgs', { token: null }), 403, 'Forbidden', 'Access is forbidden');
      assertError(await call(server, '/orgs', { token: server.tokens.noOrgsScope }), 403, 'Forbidden', 'Access is forbidden');
    });

    it('read-only and GET-only tokens can list but not create', async function () {
      for (const token of [server.tokens.readOnly, server.tokens.orgsGetOnly]) {
        assert.equal((await list(server, '?perPage=1', token)).count, 1);
        const before = server.organizations.length;
        assertError(await call(server, '/orgs', { method: 'POST', json: { name: 'Nope' }, token }), 403, 'Forbidden');
        assert.equal(server.organizations.length, before);
      }
    });

    it('an orgs.post token can create but not list', async function () {
      const token = server.signToken({ scope: ['orgs.post'] });
      assert.equal((await call(server, '/orgs', { method: 'POST', json: { name: 'Post Only' }, token })).status, 201);
      assertError(await call(server, '/orgs', { token }), 403, 'Forbidden');
    });

    it('a token with a future exp works', async function () {
      assert.equal((await list(server, '?perPage=1', server.signToken({ scope: ['orgs.*'], expiresInSeconds: 60 }))).count, 1);
    });
  });

  describe('routing and errors', function () {
    it('404 NotFound JSON for unknown routes', async function () {
      assertError(await call(server, '/applications'), 404, 'NotFound');
      assertError(await call(server, '/orgs/extra/segments', { token: null }), 404, 'NotFound');
    });

    it('405 MethodNotAllowed for a known path with another method', async function () {
      assertError(await call(server, '/orgs', { method: 'DELETE' }), 405, 'MethodNotAllowed', 'DELETE is not allowed');
      assertError(await call(server, '/me', { method: 'PUT', json: {} }), 405, 'MethodNotAllowed', 'PUT is not allowed');
    });

    it('accepts a trailing slash like the real router', async function () {
      assert.equal((await call(server, '/orgs/?perPage=1')).status, 200);
    });

    it('500 {type: Error} JSON on an internal error', async function () {
      const orgs = server.organizations as unknown[];
      orgs.push(null);
      try {
        assertError(await call(server, '/orgs'), 500, 'Error');
      } finally {
        orgs.pop();
      }
      assert.equal((await call(server, '/orgs')).status, 200);
    });
  });

  describe('seed data', function () {
    it('is deterministic per seed', async function () {
      const a = await startFakeLosant({ orgs: 30, seed: 3 });
      const b = await startFakeLosant({ orgs: 30, seed: 3 });
      const c = await startFakeLosant({ orgs: 30, seed: 4 });
      try {
        const ids = (s: FakeLosant): string[] => (s.organizations as Org[]).map((o) => `${o.id} ${o.name}`);
        assert.deepEqual(ids(a), ids(b));
        assert.notDeepEqual(ids(a), ids(c));
        b.reseed(30, 4);
        assert.deepEqual(ids(b), ids(c));
      } finally {
        await Promise.all([a.close(), b.close(), c.close()]);
      }
    });

    it('10,000 realistic, distinct and consistent organizations', async function () {
      const big = await startFakeLosant({ orgs: 10_000 });
      try {
        const orgs = big.organizations as Org[];
        assert.equal(new Set(orgs.map((o) => o.name)).size, 10_000);
        assert.equal(new Set(orgs.map((o) => o.id)).size, 10_000);
        assert.ok(
          orgs.some((o) => /[^ -~]/.test(o.name)),
          'some unicode names',
        );
        assert.ok(
          orgs.some((o) => /^[a-z]/.test(o.name)),
          'some names start lowercase',
        );
        assert.ok(orgs.some((o) => o.description === undefined) && orgs.some((o) => o.description === ''));
        assert.ok(orgs.some((o) => (o.description ?? '').length > 1000));
        assert.ok(orgs.some((o) => typeof o.iconColor === 'string'));
        assert.ok(orgs.some((o) => o.isReadOnly === true) && orgs.some((o) => typeof o.disabledAt === 'string'));
        for (const o of orgs) {
          assert.equal(o.summary.memberCount, o.members.length);
          assert.ok(Date.parse(o.lastUpdated) >= Date.parse(o.creationDate));
          assert.equal(o.orgId, o.id);
        }
        const years = new Set(orgs.map((o) => o.creationDate.slice(0, 4)));
        assert.ok(years.size >= 5, `creation years ${[...years].join(',')}`);
        // Losant's two-level payload counts (type → source → count), several types and sources.
        const payloads = orgs.map((o) => o.summary.payloadCount as Record<string, Record<string, number>>);
        assert.ok(payloads.some((p) => Object.keys(p).length >= 4 && Object.keys(p.deviceState ?? {}).length === 2));
        assert.ok(
          payloads.some((p) => Object.keys(p).length === 0),
          'some organizations have no payloads',
        );
        const roles = new Set(orgs.flatMap((o) => o.members.map((m) => m.role)));
        assert.ok(roles.has('admin') && roles.has('view'));
      } finally {
        await big.close();
      }
    });

    it('the 25-org default already shows a read-only and a disabled org', async function () {
      const orgs = server.organizations as Org[];
      assert.ok(orgs.some((o) => o.isReadOnly === true));
      assert.ok(orgs.some((o) => typeof o.disabledAt === 'string'));
    });

    // How fast is the bench's business (npm run bench), not a test's: a timed assertion flakes.
    it('lists 10,000 orgs in pages of 1,000, each exactly once, in two sort orders', async function () {
      this.timeout(60_000);
      const big = await startFakeLosant({ orgs: 10_000 });
      try {
        for (const sort of ['sortField=name', 'sortField=lastUpdated&sortDirection=desc']) {
          const seen = new Set<string>();
          for (let page = 0; page < 10; page++) {
            const l = await list(big, `?${sort}&perPage=1000&page=${page}`);
            assert.equal(l.count, 1000);
            for (const o of l.items) seen.add(o.id);
          }
          assert.equal(seen.size, 10_000);
        }
      } finally {
        await big.close();
      }
    });
  });

  describe('close()', function () {
    it('returns promptly even with a request in flight', async function () {
      const s = await startFakeLosant({ orgs: 1, fault: { kind: 'delay', ms: 30_000 } });
      const pending = fetch(`${s.url}/orgs`).then(
        () => 'answered',
        () => 'failed',
      );
      await new Promise((r) => setTimeout(r, 100));
      const started = Date.now();
      await s.close();
      assert.ok(Date.now() - started < 10_000, 'did not wait out the 30 s request');
      assert.equal(await pending, 'failed');
    });
  });

  describe('CLI', function () {
    const cli = path.resolve(__dirname, '../server/cli.js');

    function run(args: string[]): { child: ChildProcess; lines: Promise<Record<string, string>>; exit: Promise<number | null> } {
      const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      const lines = new Promise<Record<string, string>>((resolve, reject) => {
        const values: Record<string, string> = {};
        const rl = createInterface({ input: child.stdout! });
        rl.on('line', (line) => {
          const eq = line.indexOf('=');
          values[line.slice(0, eq)] = line.slice(eq + 1);
          if (Object.keys(values).length === 5) resolve(values);
        });
        child.on('exit', () => reject(new Error('cli exited before printing its lines')));
      });
      return { child, lines, exit };
    }

    it('prints URL, tokens and the demo account, serves the API, and exits 0 on SIGTERM', async function () {
      const { child, lines, exit } = run(['--port', '0', '--orgs', '3']);
      try {
        const v = await lines;
        assert.match(v.LOSANT_API_URL, /^http:\/\/127\.0\.0\.1:\d+$/);
        const cliServer: Target = { url: v.LOSANT_API_URL, tokens: { all: v.LOSANT_TOKEN } };
        assert.equal((await list(cliServer, '')).totalCount, 3);
        assertError(await call(cliServer, '/orgs', { method: 'POST', json: { name: 'x' }, token: v.LOSANT_READONLY_TOKEN }), 403, 'Forbidden');
        assert.equal((await call(cliServer, '/orgs', { method: 'POST', json: { name: 'x' } })).status, 201);
        const signedIn = await call(cliServer, '/auth/user', { method: 'POST', token: null, json: { email: v.LOSANT_EMAIL, password: v.LOSANT_PASSWORD } });
        assert.equal(signedIn.status, 200, signedIn.text);
      } finally {
        child.kill('SIGTERM');
      }
      assert.equal(await exit, 0);
    });

    it('applies --fault from the command line', async function () {
      const { child, lines, exit } = run(['--orgs', '1', '--fault', 'status:503,path=/orgs']);
      try {
        const v = await lines;
        assertError(await call({ url: v.LOSANT_API_URL, tokens: { all: v.LOSANT_TOKEN } }, '/orgs'), 503, 'ServiceUnavailable');
      } finally {
        child.kill('SIGINT');
      }
      assert.equal(await exit, 0);
    });

    it('exits 2 with a message on a bad option', async function () {
      const child = spawn(process.execPath, [cli, '--port', 'abc'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      assert.equal(code, 2);
      assert.match(stderr, /--port/);
    });

    it('parses fault specs as documented', function () {
      assert.deepEqual(parseFaultSpec('slow:2000'), { kind: 'delay', ms: 2000 });
      assert.deepEqual(parseFaultSpec('throttle:5,header,path=/orgs,times=2'), {
        kind: 'status',
        status: 429,
        retryAfterSeconds: 5,
        retryAfterHeader: true,
        path: '/orgs',
        times: 2,
      });
      assert.deepEqual(parseFaultSpec('drop:afterAction,method=post'), { kind: 'drop', when: 'afterAction', method: 'POST' });
      assert.throws(() => parseFaultSpec('explode'), /unknown fault kind/);
    });
  });

  describe('fault injection', function () {
    afterEach(function () {
      server.setFault(undefined);
    });

    it('delay answers normally after the given time', async function () {
      server.setFault({ kind: 'delay', ms: 300 });
      const started = Date.now();
      const l = await list(server, '?perPage=1');
      assert.ok(Date.now() - started >= 280);
      assert.equal(l.count, 1);
    });

    it("429 with Losant's throttling message and no Retry-After by default", async function () {
      server.setFault({ kind: 'status', status: 429 });
      const reply = await call(server, '/orgs');
      assertError(reply, 429, 'TooManyRequests', 'Over rate limit, request throttled. Retry in 1 seconds');
      assert.equal(reply.headers.get('retry-after'), null);
    });

    it('429 with a Retry-After header when asked', async function () {
      server.setFault({ kind: 'status', status: 429, retryAfterSeconds: 7, retryAfterHeader: true });
      const reply = await call(server, '/orgs');
      assertError(reply, 429, 'TooManyRequests', /Retry in 7 seconds/);
      assert.equal(reply.headers.get('retry-after'), '7');
    });

    for (const [status, type] of [
      [500, 'Error'],
      [502, 'BadGateway'],
      [503, 'ServiceUnavailable'],
    ] as const) {
      it(`status ${status} answers a JSON ${type} body`, async function () {
        server.setFault({ kind: 'status', status });
        assertError(await call(server, '/orgs'), status, type);
      });
    }

    it('notJson answers an HTML error page', async function () {
      server.setFault({ kind: 'notJson' });
      const reply = await call(server, '/orgs', { anyContentType: true });
      assert.equal(reply.status, 502);
      assert.match(reply.headers.get('content-type') ?? '', /^text\/html/);
      assert.equal(reply.body, undefined);
      assert.match(reply.text, /^<!DOCTYPE html>/);
    });

    it('truncated cuts the body off and closes the connection', async function () {
      server.setFault({ kind: 'truncated' });
      const res = await fetch(`${server.url}/orgs`, { headers: { Authorization: `Bearer ${server.tokens.all}` } });
      assert.equal(res.status, 200);
      await assert.rejects(res.text());
    });

    for (const when of ['onArrival', 'afterBody'] as const) {
      it(`drop (${when}) closes the connection without an answer and creates nothing`, async function () {
        server.setFault({ kind: 'drop', when });
        const before = server.organizations.length;
        server.clearRequests();
        await assert.rejects(call(server, '/orgs', { method: 'POST', json: { name: `Dropped ${when}` } }));
        assert.equal(server.organizations.length, before);
        assert.equal(server.requests[0].status, 0);
        assert.equal(server.requests[0].fault, 'drop');
      });
    }

    it('drop (afterAction) creates the org, then closes without an answer', async function () {
      server.setFault({ kind: 'drop', when: 'afterAction', method: 'POST', times: 1 });
      await assert.rejects(call(server, '/orgs', { method: 'POST', json: { name: 'Created But Dropped' } }));
      assert.equal(server.fault, undefined);
      const l = await list(server, '?filterField=name&filter=Created%20But%20Dropped');
      assert.equal(l.totalCount, 1);
    });

    it('wrongContentType sends valid JSON labelled text/plain', async function () {
      server.setFault({ kind: 'wrongContentType' });
      const reply = await call(server, '/orgs', { anyContentType: true });
      assert.match(reply.headers.get('content-type') ?? '', /^text\/plain/);
      assert.equal((reply.body as OrgList).totalCount, server.organizations.length);
    });

    it('huge streams a valid JSON org list of the requested size', async function () {
      server.setFault({ kind: 'huge', bytes: 300_000 });
      const reply = await call(server, '/orgs');
      assert.ok(reply.text.length >= 300_000);
      const body = reply.body as OrgList;
      assert.equal(body.items.length, body.count);
      assert.ok(body.count > 10);
    });

    it('huge defaults to about 50 MB', async function () {
      this.timeout(30_000);
      server.setFault({ kind: 'huge' });
      const res = await fetch(`${server.url}/orgs`, { headers: { Authorization: `Bearer ${server.tokens.all}` } });
      let bytes = 0;
      const reader = res.body!.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.length;
      }
      assert.ok(bytes >= 50 * 1024 * 1024, `${bytes} bytes`);
    });

    it('malformedOrgs mixes orgs with missing, null and wrongly typed fields among valid ones', async function () {
      server.setFault({ kind: 'malformedOrgs' });
      const reply = await call(server, '/orgs?perPage=10', { offContract: 'malformedOrgs corrupts items on purpose' });
      assert.equal(reply.status, 200);
      const l = reply.body as OrgList;
      const kinds = l.items.map((o) => (!('name' in o) ? 'missing' : o.name === null ? 'null' : typeof o.name));
      assert.ok(kinds.includes('missing') && kinds.includes('null') && kinds.includes('number') && kinds.includes('string'), kinds.join());
      assert.ok(l.items.some((o) => o.summary === null) && l.items.some((o) => typeof o.summary === 'string'));
      server.setFault(undefined);
      assert.ok((await list(server, '?perPage=10')).items.every((o) => typeof o.name === 'string'));
    });

    it("replaceBody answers a successful request with the given body (Losant's example), after the usual checks", async function () {
      server.setFault({ kind: 'replaceBody', method: 'GET', path: '/orgs', body: orgsExample });
      assertError(await call(server, '/orgs?sortField=bogus'), 400, 'Validation');
      assertError(await call(server, '/orgs', { token: server.tokens.expired }), 401, 'Unauthorized', 'Access token has expired');
      assert.deepEqual((await call(server, '/orgs?perPage=1')).body, orgsExample);
    });

    it('redirect answers 302 to another host, or to a given URL', async function () {
      server.setFault({ kind: 'redirect' });
      const reply = await call(server, '/orgs?perPage=2');
      assert.equal(reply.status, 302);
      assert.equal(reply.headers.get('location'), `http://127.0.0.2:${server.port}/orgs?perPage=2`);
      server.setFault({ kind: 'redirect', location: 'https://evil.example/steal' });
      assert.equal((await call(server, '/orgs')).headers.get('location'), 'https://evil.example/steal');
    });

    it('applies only to the matching method and path, and only `times` times', async function () {
      server.setFault({ kind: 'status', status: 503, path: '/me', times: 2 });
      assert.equal((await call(server, '/orgs?perPage=1')).status, 200);
      assert.equal((await call(server, '/orgs', { method: 'POST', json: { name: 'Unaffected' } })).status, 201);
      server.clearRequests();
      assert.equal((await call(server, '/me')).status, 503);
      assert.equal((await call(server, '/me')).status, 503);
      assert.equal((await call(server, '/me')).status, 200);
      assert.equal(server.fault, undefined);
      assert.deepEqual(
        server.requests.map((r) => [r.status, r.fault]),
        [
          [503, 'status'],
          [503, 'status'],
          [200, undefined],
        ],
      );
    });
  });
});
