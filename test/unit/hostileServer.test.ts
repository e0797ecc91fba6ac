// The client against a server that is not Losant: a proxy in the way, or a hostile or broken server
// that says odd things in places other than the body. A raw HTTP server on 127.0.0.1 answers
// exactly what each test sets.
import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkApiUrl, LosantClient } from '../../src/losant';
import { rejection } from './rejection';

interface Answer {
  status: number;
  statusText?: string;
  headers?: Record<string, string>;
  body?: string;
}

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJob3N0aWxlLXRlc3QifQ.c2lnbmF0dXJlLW9mLXRoZS10ZXN0';

describe('LosantClient against a server that is not Losant', () => {
  let server: http.Server;
  let url: string;
  let answer: Answer;
  let client: LosantClient;

  before(async () => {
    server = http.createServer((_req, res) => {
      res.writeHead(answer.status, answer.statusText ?? http.STATUS_CODES[answer.status] ?? '', answer.headers ?? {});
      res.end(answer.body ?? '');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    client = new LosantClient({ apiUrl: url, token: TOKEN, retry: { retries: 0 } });
  });
  after(() => new Promise((r) => server.close(r)));

  describe('a proxy or gateway refusing the request is not a token problem', () => {
    const html = { 'Content-Type': 'text/html' };
    for (const [status, body] of [
      [403, '<html><body>Blocked by corporate policy</body></html>'],
      [401, '<html><body>Authentication required</body></html>'],
      [407, '<html><body>Proxy authentication required</body></html>'],
      [403, '{"error":"forbidden by gateway"}'],
    ] as const) {
      it(`${status} with ${body.slice(0, 20)}…: "a proxy or gateway refused", with the status`, async () => {
        answer = { status, headers: html, body };
        const e = await rejection(client.listOrganizations());
        assert.equal(e.kind, 'proxy');
        assert.equal(e.status, status);
        assert.match(e.message, new RegExp(`proxy or gateway .* refused the request \\(HTTP ${status} `));
        assert.match(e.message, /http\.proxy/);
      });
    }

    it("a 407 is a proxy's even with a JSON error body", async () => {
      answer = { status: 407, headers: { 'Content-Type': 'application/json' }, body: '{"type":"Unauthorized","message":"Proxy says no"}' };
      assert.equal((await rejection(client.listOrganizations())).kind, 'proxy');
    });

    it("a 401 or 403 with Losant's JSON error body is still the token's problem", async () => {
      answer = { status: 401, headers: { 'Content-Type': 'application/json' }, body: '{"type":"Unauthorized","message":"Invalid access token"}' };
      assert.equal((await rejection(client.listOrganizations())).kind, 'unauthorized');
      answer = { status: 403, headers: { 'Content-Type': 'application/json' }, body: '{"type":"Forbidden","message":"Access is forbidden"}' };
      assert.equal((await rejection(client.listOrganizations())).kind, 'forbidden');
    });
  });

  describe('every string built from a response is masked and bounded', () => {
    it('masks the token in the status text', async () => {
      answer = { status: 502, statusText: `Bad ${TOKEN} Gateway`, body: '<html>oops</html>' };
      const e = await rejection(client.listOrganizations());
      assert.match(e.message, /HTTP 502 Bad \*\*\* Gateway/);
      assert.ok(!e.message.includes(TOKEN));
    });

    it("masks the token in a proxy's status text", async () => {
      answer = { status: 407, statusText: `Need ${TOKEN}`, body: '' };
      const e = await rejection(client.listOrganizations());
      assert.ok(!e.message.includes(TOKEN), e.message);
    });

    it('masks the token in the content type of a body that is not JSON', async () => {
      answer = { status: 200, headers: { 'Content-Type': `text/html; x=${TOKEN}` }, body: '<html></html>' };
      const e = await rejection(client.listOrganizations());
      assert.equal(e.kind, 'unexpectedResponse');
      assert.ok(!e.message.includes(TOKEN), e.message);
      assert.match(e.message, /text\/html; x=\*\*\*/);
    });

    it('masks the token in a redirect location', async () => {
      answer = { status: 302, headers: { Location: `https://evil.example/?t=${TOKEN}` } };
      const e = await rejection(client.listOrganizations());
      assert.ok(!e.message.includes(TOKEN), e.message);
    });

    it("bounds an enormous error message and Losant's type", async () => {
      const message = `${'blah '.repeat(100_000)}${TOKEN}`;
      answer = { status: 400, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'V'.repeat(5000), message }) };
      const e = await rejection(client.listOrganizations());
      assert.equal(e.kind, 'validation');
      assert.ok(e.message.length <= 500, `message of ${e.message.length} characters`);
      assert.ok(e.message.endsWith('…'));
      assert.ok((e.type ?? '').length <= 500);
    });
  });

  describe('a page larger than asked for', () => {
    it('keeps perPage items of a page of 20,000 and says how many it ignored', async () => {
      const items = Array.from({ length: 20_000 }, (_, i) => ({ id: i.toString(16).padStart(24, '0'), name: `Org ${i}` }));
      answer = {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ items, count: 20_000, totalCount: 20_000, perPage: 20_000, page: 0 }),
      };
      const page = await client.listOrganizations({ perPage: 100 });
      assert.equal(page.items.length, 100);
      assert.equal(page.count, 100);
      assert.equal(page.extra, 19_900);
      assert.deepEqual(
        page.items.map((o) => o.name),
        items.slice(0, 100).map((o) => o.name),
      );
    });

    it('ignores nothing when the page is the size asked for', async () => {
      const items = Array.from({ length: 10 }, (_, i) => ({ id: i.toString(16).padStart(24, '0'), name: `Org ${i}` }));
      answer = {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ items, count: 10, totalCount: 30, perPage: 10, page: 0 }),
      };
      const page = await client.listOrganizations({ perPage: 10 });
      assert.equal(page.items.length, 10);
      assert.equal(page.extra, 0);
    });
  });
});

describe('which API URLs may receive the token over plain HTTP', () => {
  it('trusts only localhost, 127.0.0.0/8 and ::1 as this machine', () => {
    for (const ok of ['http://localhost:8080', 'http://LOCALHOST', 'http://127.0.0.1:1', 'http://127.255.0.9', 'http://[::1]:9']) {
      assert.equal(checkApiUrl(ok).ok, true, ok);
    }
  });

  it('refuses names under .localhost, which ordinary DNS resolves, and other look-alikes', () => {
    for (const bad of [
      'http://api.localhost',
      'http://evil.localhost:8080',
      'http://localhost.evil.example',
      'http://127.0.0.1.evil.example',
      'http://0.0.0.0',
      'http://[::2]',
    ]) {
      const check = checkApiUrl(bad);
      assert.equal(check.ok, false, bad);
      assert.equal(!check.ok && check.insecure, true, bad);
    }
  });
});
