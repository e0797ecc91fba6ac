// The calls that sign in (AuthClient) and GET /me (LosantClient.me) against the local Losant
// server, over real HTTP on 127.0.0.1.
import * as assert from 'node:assert/strict';
import { AuthClient, LosantClient, render, SignInError, type RequestLogEntry, type SignInFailureKind } from '../../src/losant';
import { startFakeLosant, type FakeLosant } from '../server/fakeLosant';
import { rejection } from './rejection';

const signInFailure = (p: Promise<unknown>): Promise<SignInError> => rejection(p, SignInError);

describe('AuthClient and GET /me', () => {
  let server: FakeLosant;
  let auth: AuthClient;
  const logs: RequestLogEntry[] = [];

  // A fresh server for each test: failed sign-ins count against an email for a minute.
  beforeEach(async () => {
    server = await startFakeLosant({ orgs: 2 });
    logs.length = 0;
    auth = new AuthClient({ apiUrl: server.url, onLog: (e) => logs.push(e) });
  });
  afterEach(() => server.close());

  describe('GET /auth/ssoDomain', () => {
    it("answers the SSO type and the identity provider's URL for an SSO domain", async () => {
      const sso = await auth.ssoDomain(server.accounts.sso.email);
      assert.equal(sso?.ssoType, 'SAML');
      assert.match(sso?.ssoRequest ?? '', /^https:\/\//);
    });

    it('answers undefined (204) for an email that signs in with a password', async () => {
      assert.equal(await auth.ssoDomain(server.accounts.demo.email), undefined);
    });

    it('sends the email and no token, and keeps the email out of the log', async () => {
      await auth.ssoDomain(server.accounts.demo.email);
      const [request] = server.requests;
      assert.equal(request.query.email, server.accounts.demo.email);
      assert.equal(request.headers.authorization, undefined);
      assert.deepEqual([request.query._actions, request.query._links, request.query._embedded], ['false', 'true', 'true']);
      assert.equal(logs.length, 1);
      assert.equal(logs[0].status, 204);
      assert.match(logs[0].path, /^\/auth\/ssoDomain\?email=\*\*\*&/);
      assert.ok(!JSON.stringify(logs).includes('losant-explorer.test'), JSON.stringify(logs));
    });

    it('is retried like any read', async () => {
      server.setFault({ kind: 'status', status: 503, path: '/auth/ssoDomain', times: 1 });
      const retrying = new AuthClient({ apiUrl: server.url, retry: { baseDelayMs: 1 } });
      assert.equal(await retrying.ssoDomain(server.accounts.demo.email), undefined);
      assert.equal(server.requests.length, 2);
    });
  });

  describe('POST /auth/user', () => {
    it('signs in: a token for the requested scopes, the body as the schema allows, no token sent', async () => {
      const { email, password, id } = server.accounts.demo;
      const authed = await auth.signIn({ email, password, twoFactorCode: '', requestedScopes: ['orgs.get', 'me.get'] });
      assert.equal(authed.userId, id);
      assert.equal(authed.needsToVerifyEmail, undefined);
      const [request] = server.requests;
      assert.deepEqual(request.body, { email, password, requestedScopes: ['orgs.get', 'me.get'] }, 'no empty two-factor code');
      assert.equal(request.headers.authorization, undefined);
      assert.equal((await new LosantClient({ apiUrl: server.url, token: authed.token }).me()).id, id);
    });

    it('says when Losant wants the email verified', async () => {
      const { email, password } = server.accounts.unverified;
      assert.equal((await auth.signIn({ email, password })).needsToVerifyEmail, true);
    });

    const cases: Array<[string, (s: FakeLosant) => { email: string; password: string; twoFactorCode?: string }, SignInFailureKind, RegExp]> = [
      [
        'a wrong password',
        (s) => ({ email: s.accounts.demo.email, password: 'not-the-password' }),
        'wrongCredentials',
        /did not accept this email and password/,
      ],
      [
        'an unknown email',
        (s) => ({ email: 'nobody@example.com', password: s.accounts.demo.password }),
        'wrongCredentials',
        /did not accept this email and password/,
      ],
      ['no two-factor code', (s) => s.accounts.twoFactor, 'twoFactorRequired', /uses two-factor authentication/],
      [
        'a wrong two-factor code',
        (s) => ({ ...s.accounts.twoFactor, twoFactorCode: '000000' === s.twoFactorCode() ? '111111' : '000000' }),
        'twoFactorWrong',
        /did not accept the two-factor code/,
      ],
      ['a locked account', (s) => s.accounts.locked, 'accountLocked', /locked this account/],
      [
        'an email Losant does not take',
        (s) => ({ email: 'demo@localhost', password: s.accounts.demo.password }),
        'invalidInput',
        /refused the sign-in: credentials\.email must be email format/,
      ],
    ];
    for (const [label, credentials, reason, message] of cases) {
      it(`${label}: ${reason}, with a sentence of its own`, async () => {
        const e = await signInFailure(auth.signIn(credentials(server)));
        assert.equal(e.reason, reason);
        assert.match(e.message, message);
        assert.equal(server.requests.length, 1);
      });
    }

    it('throttled: the wait Losant names, and no retry', async () => {
      const { email, password } = server.accounts.demo;
      for (let i = 0; i < 5; i++) await signInFailure(auth.signIn({ email, password: 'not-the-password' }));
      server.clearRequests();
      // A client that retries reads must still send a sign-in once.
      const e = await signInFailure(new AuthClient({ apiUrl: server.url, retry: { baseDelayMs: 1 } }).signIn({ email, password }));
      assert.equal(e.reason, 'throttled');
      assert.ok(e.retryAfterSeconds !== undefined && e.retryAfterSeconds >= 1 && e.retryAfterSeconds <= 60, String(e.retryAfterSeconds));
      assert.equal(e.message, `Too many sign-in attempts for this account. Wait ${e.retryAfterSeconds} seconds, then try again.`);
      assert.equal(server.requests.length, 1);
    });

    it('is never retried, even on a 503 or a lost connection', async () => {
      const retrying = new AuthClient({ apiUrl: server.url, retry: { baseDelayMs: 1 } });
      for (const fault of [{ kind: 'status', status: 503 }, { kind: 'drop' }] as const) {
        server.clearRequests();
        server.setFault({ ...fault, path: '/auth/user' });
        const e = await signInFailure(retrying.signIn(server.accounts.demo));
        assert.equal(e.reason, 'unavailable');
        assert.equal(server.requests.length, 1, fault.kind);
      }
    });

    it('cancelled: nothing sent once the signal has fired', async () => {
      const e = await signInFailure(auth.signIn(server.accounts.demo, { signal: AbortSignal.abort() }));
      assert.equal(e.reason, 'cancelled');
      assert.equal(server.requests.length, 0);
    });

    it('an unreachable server: unavailable, with the reason', async () => {
      const url = server.url;
      await server.close();
      const e = await signInFailure(new AuthClient({ apiUrl: url }).signIn({ email: 'demo@losant-explorer.test', password: 'demo-password-1' }));
      assert.equal(e.reason, 'unavailable');
      assert.match(e.message, /Could not reach the Losant API/);
    });

    it('never puts the password (or code) in a message or the log, even when the server echoes them', async () => {
      const { email, password } = server.accounts.twoFactor;
      const twoFactorCode = '24681357';
      for (const [status, type] of [
        [400, 'Validation'],
        [500, 'Error'],
        [401, 'Unauthorized'],
      ] as const) {
        server.setFault({ kind: 'status', status, body: { type, message: `password ${password} with code ${twoFactorCode} for ${email}` }, times: 1 });
        const e = await signInFailure(auth.signIn({ email, password, twoFactorCode }));
        for (const shown of [e.message, render(e.text), JSON.stringify(e), JSON.stringify(e.text)]) {
          assert.ok(!shown.includes(password) && !shown.includes(twoFactorCode), `${status}: ${shown}`);
        }
      }
      assert.equal(logs.length, 3);
      assert.ok(!JSON.stringify(logs).includes(password), JSON.stringify(logs));
      assert.deepEqual(
        logs.map((l) => l.path),
        ['/auth/user', '/auth/user', '/auth/user'],
      );
    });
  });

  describe('GET /me', () => {
    it("returns the token's user, with the official clients' flags", async () => {
      const me = await new LosantClient({ apiUrl: server.url, token: server.tokens.all }).me();
      const { demo } = server.accounts;
      assert.equal(me.id, demo.id);
      assert.equal(me.email, demo.email);
      assert.equal(me.fullName, `${demo.firstName} ${demo.lastName}`);
      assert.equal(me.twoFactorAuthEnabled, false);
      assert.equal(server.requests[0].query._links, 'true');
    });

    it('is forbidden to a token that may only list organizations', async () => {
      const client = new LosantClient({ apiUrl: server.url, token: server.tokens.orgsGetOnly, retry: { retries: 0 } });
      await assert.rejects(client.me(), (e: { kind?: string }) => e.kind === 'forbidden');
    });

    it('refuses an answer without a user id', async () => {
      server.setFault({ kind: 'replaceBody', body: { email: 'someone@example.com' }, path: '/me' });
      const client = new LosantClient({ apiUrl: server.url, token: server.tokens.all });
      await assert.rejects(client.me(), (e: { kind?: string; message?: string }) => e.kind === 'unexpectedResponse' && /no id/.test(e.message ?? ''));
    });
  });
});
