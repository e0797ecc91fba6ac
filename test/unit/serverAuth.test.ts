// The local Losant server's sign-in routes (GET /auth/ssoDomain, POST /auth/user) and GET /me against
// the contract ("Signing in without pasting a token"), over real HTTP. Every body is checked
// against Losant's schemas by call().
import assert from 'node:assert/strict';
import { startFakeLosant, type FakeLosant } from '../server/fakeLosant';
import { FakeClock } from './fakeClock';
import { totpCode } from '../server/totp';
import { assertError, call, type Reply } from './serverCall';

interface Claims {
  sub: string;
  scope: string[];
  iat: number;
  exp?: number;
}

const claimsOf = (token: string): Claims => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Claims;

describe('fake Losant server: signing in', function () {
  let server: FakeLosant;

  // A fresh server for each test: failed sign-ins count against an email for a minute.
  beforeEach(async function () {
    server = await startFakeLosant({ orgs: 3 });
  });
  afterEach(async function () {
    await server.close();
  });

  const signIn = (json: unknown, token: string | null = null): Promise<Reply> => call(server, '/auth/user', { method: 'POST', token, json });

  async function tokenFor(json: unknown): Promise<string> {
    const reply = await signIn(json);
    assert.equal(reply.status, 200, reply.text);
    return (reply.body as { token: string }).token;
  }

  describe('GET /auth/ssoDomain', function () {
    it("answers 200 SAML with the identity provider's URL for an email of an SSO domain, whatever its case", async function () {
      for (const email of [server.accounts.sso.email, `Someone.Else@${server.accounts.ssoDomain.toUpperCase()}`]) {
        const reply = await call(server, `/auth/ssoDomain?email=${encodeURIComponent(email)}`, { token: null });
        assert.equal(reply.status, 200, reply.text);
        const body = reply.body as { ssoType: string; ssoRequest: string };
        assert.equal(body.ssoType, 'SAML');
        assert.match(body.ssoRequest, /^https:\/\/[^/]+\/.*SAMLRequest=/);
      }
    });

    it('answers 204 with no body for any other email, known or not', async function () {
      for (const email of [server.accounts.demo.email, server.accounts.twoFactor.email, 'nobody@example.com', `x@not-${server.accounts.ssoDomain}`]) {
        assert.equal((await call(server, `/auth/ssoDomain?email=${encodeURIComponent(email)}`, { token: null })).status, 204, email);
      }
    });

    it('needs no token and ignores one that is invalid', async function () {
      assert.equal((await call(server, `/auth/ssoDomain?email=${encodeURIComponent(server.accounts.demo.email)}`, { token: 'garbage' })).status, 204);
    });

    it('400 Validation without an email, or with two', async function () {
      assertError(await call(server, '/auth/ssoDomain', { token: null }), 400, 'Validation', 'email is required');
      assertError(await call(server, '/auth/ssoDomain?email=', { token: null }), 400, 'Validation', 'email is required');
      assertError(await call(server, '/auth/ssoDomain?email=a@b.co&email=c@d.co', { token: null }), 400, 'Validation', 'email is the wrong type');
    });
  });

  describe('POST /auth/user', function () {
    it('signs the demo account in (email in any case) with an all.User token that works', async function () {
      const reply = await signIn({ email: server.accounts.demo.email.toUpperCase(), password: server.accounts.demo.password });
      assert.equal(reply.status, 200, reply.text);
      const body = reply.body as { userId: string; token: string; needsToVerifyEmail?: boolean };
      assert.equal(body.userId, server.accounts.demo.id);
      assert.equal(body.needsToVerifyEmail, undefined);
      const claims = claimsOf(body.token);
      assert.deepEqual(claims.scope, ['all.User']);
      assert.equal(claims.sub, server.accounts.demo.id);
      assert.equal(claims.exp, undefined, 'a token without tokenTTL does not expire');
      assert.equal((await call(server, '/orgs', { method: 'POST', json: { name: 'Via Login' }, token: body.token })).status, 201);
    });

    it('gives a token with exactly the requested scopes, and only their rights', async function () {
      const { email, password } = server.accounts.demo;
      const token = await tokenFor({ email, password, requestedScopes: ['orgs.get', 'orgs.post', 'me.get'] });
      assert.deepEqual(claimsOf(token).scope, ['orgs.get', 'orgs.post', 'me.get']);
      assert.equal((await call(server, '/orgs', { token })).status, 200);
      assert.equal((await call(server, '/orgs', { method: 'POST', json: { name: 'Least Privilege' }, token })).status, 201);
      assert.equal(((await call(server, '/me', { token })).body as { email: string }).email, email);

      const orgsOnly = await tokenFor({ email, password, requestedScopes: ['orgs.get'] });
      assert.deepEqual(claimsOf(orgsOnly).scope, ['orgs.get']);
      assertError(await call(server, '/me', { token: orgsOnly }), 403, 'Forbidden');
      assertError(await call(server, '/orgs', { method: 'POST', json: { name: 'Nope' }, token: orgsOnly }), 403, 'Forbidden');
    });

    it('a tokenTTL above 0 makes the token expire after that many seconds; 0 never', async function () {
      const { email, password } = server.accounts.demo;
      const expiring = claimsOf(await tokenFor({ email, password, tokenTTL: 3600 }));
      assert.equal(expiring.exp, expiring.iat + 3600);
      assert.equal(claimsOf(await tokenFor({ email, password, tokenTTL: 0 })).exp, undefined);
    });

    const valid = { email: 'demo@losant-explorer.test', password: 'demo-password-1' };
    for (const [label, body, message] of [
      ['an array', [], 'credentials is the wrong type'],
      ['no email', { password: valid.password }, 'credentials.email is required'],
      ['no password', { email: valid.email }, 'credentials.password is required'],
      ['another property', { ...valid, remember: true }, 'credentials has additional properties'],
      ['a number as email', { ...valid, email: 42 }, 'credentials.email is the wrong type'],
      ['an email without a domain', { ...valid, email: 'demo' }, 'credentials.email must be email format'],
      ['an email of 1025 characters', { ...valid, email: `${'a'.repeat(1013)}@example.com` }, 'credentials.email has longer length than allowed'],
      ['a 7-character password', { ...valid, password: 'seven77' }, 'credentials.password has less length than allowed'],
      ['a 2049-character password', { ...valid, password: 'p'.repeat(2049) }, 'credentials.password has longer length than allowed'],
      ['a number as two-factor code', { ...valid, twoFactorCode: 123456 }, 'credentials.twoFactorCode is the wrong type'],
      ['a string as requestedScopes', { ...valid, requestedScopes: 'orgs.get' }, 'credentials.requestedScopes is the wrong type'],
      ['a repeated scope', { ...valid, requestedScopes: ['orgs.get', 'orgs.get'] }, 'credentials.requestedScopes must be unique'],
      ['an unknown scope', { ...valid, requestedScopes: ['orgs.get', 'orgs.delete'] }, 'credentials.requestedScopes.1 must be an enum value'],
      ['a negative tokenTTL', { ...valid, tokenTTL: -1 }, 'credentials.tokenTTL is less than minimum'],
      ['a fractional tokenTTL', { ...valid, tokenTTL: 1.5 }, 'credentials.tokenTTL is the wrong type'],
    ] as const) {
      it(`400 "${message}" for ${label}, and no token`, async function () {
        assertError(await signIn(body), 400, 'Validation', message);
      });
    }

    it('400 for a body that is not JSON', async function () {
      assertError(await call(server, '/auth/user', { method: 'POST', token: null, raw: '{"email":' }), 400, 'Validation', 'Request body is not valid JSON');
    });

    it('401 "Invalid email or password" for a wrong password, an unknown email, or an SSO account', async function () {
      const { demo, sso } = server.accounts;
      for (const body of [
        { email: demo.email, password: 'not-the-password' },
        { email: 'nobody@example.com', password: demo.password },
        { email: sso.email, password: demo.password },
      ]) {
        assertError(await signIn(body), 401, 'Unauthorized', 'Invalid email or password');
      }
    });

    it('checks the body before the credentials', async function () {
      assertError(
        await signIn({ email: server.accounts.demo.email, password: 'wrong' }),
        400,
        'Validation',
        'credentials.password has less length than allowed',
      );
    });

    describe('two-factor authentication', function () {
      it('asks for the code, refuses a wrong one, and accepts the current TOTP code', async function () {
        const { email, password, id } = server.accounts.twoFactor;
        assertError(await signIn({ email, password }), 401, 'Unauthorized', 'Two factor authentication code required');
        assertError(await signIn({ email, password, twoFactorCode: '' }), 401, 'Unauthorized', 'Two factor authentication code required');
        const code = server.twoFactorCode();
        const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
        assertError(await signIn({ email, password, twoFactorCode: wrong }), 401, 'Unauthorized', 'Invalid two factor authentication code');
        const reply = await signIn({ email, password, twoFactorCode: code });
        assert.equal(reply.status, 200, reply.text);
        assert.equal((reply.body as { userId: string }).userId, id);
      });

      it('accepts the codes of the steps before and after (clocks a little apart), not one two steps away', async function () {
        await server.close();
        // A stopped clock, in the middle of a step, so that no step ends during the test.
        const now = 1_700_000_015_000;
        server = await startFakeLosant({ orgs: 0, now: () => new Date(now) });
        const { email, password, totpSecret } = server.accounts.twoFactor;
        for (const offset of [-1, 1]) {
          assert.equal((await signIn({ email, password, twoFactorCode: totpCode(totpSecret, now, offset) })).status, 200, `step ${offset}`);
        }
        for (const offset of [-2, 2]) {
          assertError(
            await signIn({ email, password, twoFactorCode: totpCode(totpSecret, now, offset) }),
            401,
            'Unauthorized',
            'Invalid two factor authentication code',
          );
        }
      });

      it('checks the password first: a wrong password with the right code is "Invalid email or password"', async function () {
        const { email } = server.accounts.twoFactor;
        assertError(
          await signIn({ email, password: 'not-the-password', twoFactorCode: server.twoFactorCode() }),
          401,
          'Unauthorized',
          'Invalid email or password',
        );
      });

      it("computes RFC 6238's published codes (SHA-1, its test key, which is this account's secret)", function () {
        const secret = server.accounts.twoFactor.totpSecret;
        for (const [seconds, code] of [
          [59, '94287082'],
          [1111111109, '07081804'],
          [1234567890, '89005924'],
          [2000000000, '69279037'],
        ] as const) {
          assert.equal(totpCode(secret, seconds * 1000, 0, 8), code);
        }
        assert.equal(server.twoFactorCode(59_000), '287082');
      });
    });

    it('a locked account: 401 AccountLocked with the right password, the usual 401 with a wrong one', async function () {
      const { email, password } = server.accounts.locked;
      assertError(await signIn({ email, password }), 401, 'AccountLocked');
      assertError(await signIn({ email, password: 'not-the-password' }), 401, 'Unauthorized', 'Invalid email or password');
    });

    it('an unverified email signs in with needsToVerifyEmail, which /me repeats', async function () {
      const { email, password, id } = server.accounts.unverified;
      const reply = await signIn({ email, password });
      assert.equal(reply.status, 200, reply.text);
      const body = reply.body as { userId: string; token: string; needsToVerifyEmail?: boolean };
      assert.equal(body.userId, id);
      assert.equal(body.needsToVerifyEmail, true);
      const me = (await call(server, '/me', { token: body.token })).body as { needsToVerifyEmail: boolean; emailVerified: boolean };
      assert.deepEqual([me.needsToVerifyEmail, me.emailVerified], [true, false]);
    });

    describe('rate limiting of failed sign-ins', function () {
      const wrongPassword = (email: string): Promise<Reply> => signIn({ email, password: 'not-the-password' });

      it('after 5 failures for an email, refuses even the right password with 429 "Retry in N seconds" and no Retry-After', async function () {
        const { email, password } = server.accounts.demo;
        for (let i = 0; i < 5; i++) assertError(await wrongPassword(email), 401, 'Unauthorized');
        for (const attempt of [await wrongPassword(email), await signIn({ email: email.toUpperCase(), password })]) {
          assertError(attempt, 429, 'TooManyRequests', /^Over rate limit, request throttled\. Retry in \d+ seconds$/);
          const seconds = Number(/Retry in (\d+)/.exec((attempt.body as { message: string }).message)![1]);
          assert.ok(seconds >= 1 && seconds <= 60, `${seconds} s`);
          assert.equal(attempt.headers.get('retry-after'), null);
        }
        // Another email is not affected.
        assert.equal((await signIn({ email: server.accounts.unverified.email, password: server.accounts.unverified.password })).status, 200);
      });

      it('counts wrong two-factor codes, but not a missing one', async function () {
        const { email, password } = server.accounts.twoFactor;
        for (let i = 0; i < 6; i++) assertError(await signIn({ email, password }), 401, 'Unauthorized', 'Two factor authentication code required');
        for (let i = 0; i < 5; i++) assertError(await signIn({ email, password, twoFactorCode: '000000x' }), 401, 'Unauthorized');
        assertError(await signIn({ email, password, twoFactorCode: server.twoFactorCode() }), 429, 'TooManyRequests');
      });

      it('a successful sign-in clears the count', async function () {
        const { email, password } = server.accounts.demo;
        for (let i = 0; i < 4; i++) await wrongPassword(email);
        assert.equal((await signIn({ email, password })).status, 200);
        for (let i = 0; i < 4; i++) assertError(await wrongPassword(email), 401, 'Unauthorized');
      });

      it('lets the email try again once the window has passed', async function () {
        await server.close();
        // The server's clock is a fake one: the window passes without a second of waiting.
        const clock = new FakeClock();
        server = await startFakeLosant({ orgs: 0, signInThrottle: { maxFailures: 2, windowSeconds: 1 }, now: clock.date });
        const { email, password } = server.accounts.demo;
        await wrongPassword(email);
        await wrongPassword(email);
        assertError(await signIn({ email, password }), 429, 'TooManyRequests', /Retry in 1 seconds/);
        clock.advance(1100);
        assert.equal((await signIn({ email, password })).status, 200);
      });
    });
  });

  describe('GET /me', function () {
    it('returns the user, and 403s for narrow scopes', async function () {
      const me = await call(server, '/me');
      assert.equal(me.status, 200);
      const body = me.body as { id: string; email: string; firstName: string; fullName: string };
      const { demo } = server.accounts;
      assert.deepEqual([body.id, body.email, body.firstName, body.fullName], [demo.id, demo.email, demo.firstName, `${demo.firstName} ${demo.lastName}`]);
      assert.equal((await call(server, '/me', { token: server.tokens.readOnly })).status, 200);
      assertError(await call(server, '/me', { token: server.tokens.orgsGetOnly }), 403, 'Forbidden');
      assertError(await call(server, '/me', { token: null }), 403, 'Forbidden');
      assertError(await call(server, '/me', { token: server.tokens.expired }), 401, 'Unauthorized', 'Access token has expired');
    });

    it('names the signed-in account, with its two-factor setting', async function () {
      const { email, password, id } = server.accounts.twoFactor;
      const token = await tokenFor({ email, password, twoFactorCode: server.twoFactorCode() });
      const me = (await call(server, '/me', { token })).body as { id: string; email: string; twoFactorAuthEnabled: boolean };
      assert.deepEqual([me.id, me.email, me.twoFactorAuthEnabled], [id, email, true]);
    });

    it('401 for a well-signed token of a user who does not exist', async function () {
      assertError(
        await call(server, '/me', { token: server.signToken({ scope: ['all.User'], userId: 'aaaaaaaaaaaaaaaaaaaaaaaa' }) }),
        401,
        'Unauthorized',
        'Invalid access token',
      );
    });
  });
});
