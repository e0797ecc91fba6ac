// The sign-in flow's logic (src/model/signInFlow.ts) against the local Losant server, over real
// HTTP on 127.0.0.1: every way a sign-in goes, and the password kept out of everything it returns
// or logs.
import * as assert from 'node:assert/strict';
import { LosantClient, render, type ConnectionOptions, type RequestLogEntry } from '../../src/losant';
import { describeAccount } from '../../src/model/accountLabel';
import { lookUpEmail, REQUESTED_SCOPES, signInScopes, signInWithPassword, type SignInOutcome } from '../../src/model/signInFlow';
import { startFakeLosant, type FakeLosant } from '../server/fakeLosant';
import { FakeClock } from './fakeClock';

const claimsOf = (token: string): { scope: string[]; sub: string } =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { scope: string[]; sub: string };

describe('signing in with email and password (the flow below VS Code)', () => {
  let server: FakeLosant;
  let connection: ConnectionOptions;
  const logs: RequestLogEntry[] = [];
  const outcomes: unknown[] = [];
  const passwords = new Set<string>();

  /** Signs in and keeps the outcome, to be searched for the password after each test. */
  async function signIn(input: { email: string; password: string; twoFactorCode?: string }): Promise<SignInOutcome> {
    // An empty password is "in" every string; it is refused before anything is sent anyway.
    if (input.password !== '') passwords.add(input.password);
    const outcome = await signInWithPassword(connection, input);
    outcomes.push(outcome);
    return outcome;
  }

  function failure(outcome: SignInOutcome): Extract<SignInOutcome, { kind: 'failed' }> {
    assert.equal(outcome.kind, 'failed', JSON.stringify(outcome));
    return outcome as Extract<SignInOutcome, { kind: 'failed' }>;
  }

  function signedIn(outcome: SignInOutcome): Extract<SignInOutcome, { kind: 'signedIn' }> {
    assert.equal(outcome.kind, 'signedIn', JSON.stringify(outcome));
    return outcome as Extract<SignInOutcome, { kind: 'signedIn' }>;
  }

  // A fresh server for each test: failed sign-ins count against an email for a minute.
  beforeEach(async () => {
    server = await startFakeLosant({ orgs: 2 });
    connection = { apiUrl: server.url, onLog: (e) => logs.push(e) };
    logs.length = 0;
    outcomes.length = 0;
  });
  afterEach(async () => {
    await server.close();
    // Whatever the flow returned (messages rendered too) and logged holds no password typed.
    const returned = JSON.stringify(outcomes) + outcomes.map((o) => ('message' in (o as object) ? render((o as { message: never }).message) : '')).join('\n');
    const logged = JSON.stringify(logs);
    for (const password of passwords) {
      assert.ok(!returned.includes(password), `the password is in what the flow returned: ${returned}`);
      assert.ok(!logged.includes(password), `the password is in the log: ${logged}`);
    }
    passwords.clear();
  });

  describe('the email step', () => {
    it('an email that signs in with a password: ask for it next (email trimmed)', async () => {
      assert.deepEqual(await lookUpEmail(connection, `  ${server.accounts.demo.email} `), { kind: 'password', email: server.accounts.demo.email });
    });

    it('an SSO domain: explain that a user API token is the way in', async () => {
      const step = await lookUpEmail(connection, server.accounts.sso.email);
      assert.equal(step.kind, 'sso');
      if (step.kind !== 'sso') return;
      assert.equal(step.ssoType, 'SAML');
      assert.match(render(step.message), /single sign-on \(SSO\).*user API token/);
      assert.ok(render(step.message).includes(server.accounts.sso.email));
    });

    it('an email that is not one: a message, and no request', async () => {
      for (const email of ['', '   ', 'demo', 'demo@losant', 'two words@example.com', `${'a'.repeat(1020)}@example.com`]) {
        const step = await lookUpEmail(connection, email);
        assert.equal(step.kind, 'failed', email);
        if (step.kind === 'failed') assert.equal(step.failure, 'invalidInput');
      }
      assert.equal(server.requests.length, 0);
    });

    it('an unreachable server: unavailable, with the reason, and the email kept', async () => {
      const url = server.url;
      await server.close();
      const step = await lookUpEmail({ apiUrl: url, retry: { baseDelayMs: 1 } }, 'someone@example.com');
      assert.equal(step.kind, 'failed');
      if (step.kind !== 'failed') return;
      assert.equal(step.failure, 'unavailable');
      assert.match(render(step.message), /Could not reach the Losant API/);
      assert.deepEqual(step.form, { email: 'someone@example.com', askTwoFactorCode: false });
    });
  });

  describe('the password step', () => {
    it('signs in with exactly the least-privilege scopes, a token that lists, creates and reads /me, and the account label', async () => {
      const { email, password, id, firstName, lastName } = server.accounts.demo;
      const done = signedIn(await signIn({ email: ` ${email}`, password }));
      assert.equal(done.apiUrl, server.url);
      assert.deepEqual([...REQUESTED_SCOPES], ['orgs.get', 'orgs.post', 'org.get', 'me.get']);
      assert.deepEqual(claimsOf(done.token).scope, ['orgs.get', 'orgs.post', 'org.get', 'me.get']);
      assert.deepEqual(done.scopes, REQUESTED_SCOPES);
      assert.deepEqual(done.account, { label: `${firstName} ${lastName} (${email})`, userId: id, fromProfile: true });
      assert.equal(done.notice, undefined);
      const client = new LosantClient({ apiUrl: server.url, token: done.token });
      assert.equal((await client.listOrganizations()).totalCount, 2);
      assert.equal((await client.createOrganization({ name: 'Signed In With A Password' })).name, 'Signed In With A Password');
      assert.equal((await client.me()).id, id);
      // The password travelled once, in the body of POST /auth/user, and nowhere else.
      const carrying = server.requests.filter((r) => JSON.stringify(r).includes(password));
      assert.deepEqual(
        carrying.map((r) => `${r.method} ${r.path}`),
        ['POST /auth/user'],
      );
    });

    it('an unverified email: signed in, with a notice to verify it', async () => {
      const done = signedIn(await signIn(server.accounts.unverified));
      assert.match(render(done.notice!), new RegExp(`verified the email address ${server.accounts.unverified.email.replace(/\./g, '\\.')}`));
    });

    it('two-factor: asks for the code (keeping the email), refuses a wrong one, accepts the code with its spaces', async () => {
      const { email, password } = server.accounts.twoFactor;
      const missing = failure(await signIn({ email, password }));
      assert.equal(missing.failure, 'twoFactorRequired');
      assert.deepEqual(missing.form, { email, askTwoFactorCode: true });
      assert.match(render(missing.message), /two-factor authentication/);

      const code = server.twoFactorCode();
      const wrong = failure(await signIn({ email, password, twoFactorCode: code === '123456' ? '654321' : '123456' }));
      assert.equal(wrong.failure, 'twoFactorWrong');
      assert.deepEqual(wrong.form, { email, askTwoFactorCode: true });

      const done = signedIn(await signIn({ email, password, twoFactorCode: `${code.slice(0, 3)} ${code.slice(3)}` }));
      assert.equal(done.account.userId, server.accounts.twoFactor.id);
      assert.equal((server.requests.at(-2)?.body as { twoFactorCode?: string }).twoFactorCode, code);
    });

    it('a wrong password: its own message, the email kept for the retry, and nothing else', async () => {
      const outcome = failure(await signIn({ email: server.accounts.demo.email, password: 'not-the-password' }));
      assert.equal(outcome.failure, 'wrongCredentials');
      assert.match(render(outcome.message), /did not accept this email and password/);
      assert.deepEqual(outcome.form, { email: server.accounts.demo.email, askTwoFactorCode: false });
      assert.deepEqual(Object.keys(outcome.form).sort(), ['askTwoFactorCode', 'email']);
    });

    it('a locked account: its own message', async () => {
      const outcome = failure(await signIn(server.accounts.locked));
      assert.equal(outcome.failure, 'accountLocked');
      assert.match(render(outcome.message), /locked this account/);
    });

    it('after repeated failures: throttled, with the wait in the message, then signs in once the wait is over', async () => {
      await server.close();
      // The server's clock is a fake one: the wait passes without a second of waiting.
      const clock = new FakeClock();
      server = await startFakeLosant({ orgs: 0, signInThrottle: { maxFailures: 3, windowSeconds: 1 }, now: clock.date });
      connection = { apiUrl: server.url, onLog: (e) => logs.push(e) };
      const { email, password } = server.accounts.demo;
      for (let i = 0; i < 3; i++) assert.equal(failure(await signIn({ email, password: 'not-the-password' })).failure, 'wrongCredentials');
      const throttled = failure(await signIn({ email, password }));
      assert.equal(throttled.failure, 'throttled');
      assert.equal(throttled.retryAfterSeconds, 1);
      assert.equal(render(throttled.message), 'Too many sign-in attempts for this account. Wait 1 seconds, then try again.');
      assert.deepEqual(throttled.form, { email, askTwoFactorCode: false });
      clock.advance(throttled.retryAfterSeconds! * 1000 + 100);
      signedIn(await signIn({ email, password }));
    });

    it('checks what was typed before sending anything', async () => {
      const { email } = server.accounts.demo;
      for (const [input, says] of [
        [{ email: 'not-an-email', password: 'long-enough-1' }, /whole email address/],
        [{ email, password: '' }, /Enter your Losant password/],
        [{ email, password: 'short' }, /at least 8 characters/],
        [{ email, password: 'p'.repeat(2049) }, /at most 2048 characters/],
        [{ email, password: 'long-enough-1', twoFactorCode: '12ab56' }, /6 digits/],
        [{ email, password: 'long-enough-1', twoFactorCode: '12345' }, /6 digits/],
      ] as const) {
        const outcome = failure(await signIn(input));
        assert.equal(outcome.failure, 'invalidInput');
        assert.match(render(outcome.message), says);
      }
      assert.equal(server.requests.length, 0);
    });

    it('labels the account with the host when /me is forbidden', async () => {
      server.setFault({ kind: 'status', status: 403, path: '/me', body: { type: 'Forbidden', message: 'Access is forbidden' } });
      const done = signedIn(await signIn(server.accounts.demo));
      assert.deepEqual(done.account, { label: new URL(server.url).host, fromProfile: false });
    });
  });

  describe('the scopes another extension asks for through VS Code', () => {
    it("adds only what the product's own scopes do not cover", () => {
      assert.deepEqual(signInScopes([]), { ok: true, scopes: REQUESTED_SCOPES, extra: [] });
      assert.deepEqual(signInScopes(['orgs.get', 'devices.get', 'devices.get', 'application.*']), {
        ok: true,
        scopes: ['orgs.get', 'orgs.post', 'org.get', 'me.get', 'devices.get', 'application.*'],
        extra: ['devices.get', 'application.*'],
      });
    });

    it('refuses what is not a scope name, quoting it briefly, and more than twenty extra scopes', () => {
      for (const bad of ['', 'orgs get', '[x](command:losant.signOut)', '.orgs', 'a'.repeat(101), 7, undefined, null]) {
        const result = signInScopes(['orgs.get', bad]);
        assert.equal(result.ok, false, String(bad));
        if (!result.ok) assert.match(render(result.message), /is not a Losant scope name/);
      }
      const long = signInScopes(['x'.repeat(100) + '!']);
      assert.ok(!long.ok && render(long.message).length < 200, 'the quoted name is cut short');
      const emoji = signInScopes([`a${'🛰'.repeat(50)}`]);
      assert.ok(!emoji.ok && !/\\ud[89ab]/i.test(render(emoji.message)), `the cut splits no emoji: ${!emoji.ok && render(emoji.message)}`);
      const many = signInScopes(Array.from({ length: 21 }, (_, i) => `resource${i}.get`));
      assert.ok(!many.ok && /25 scopes; a sign-in asks for at most 24/.test(render(many.message)));
      const flood = signInScopes(Array.from({ length: 100_000 }, () => 'orgs.get'));
      assert.ok(!flood.ok && /100000 scopes/.test(render(flood.message)), 'a flood is refused by its length');
    });

    it('signs in with them: Losant issues a token with the extra scopes, and refuses a name its schema lacks', async () => {
      const { email, password } = server.accounts.demo;
      passwords.add(password);
      const wanted = signInScopes(['devices.get']);
      assert.ok(wanted.ok);
      const done = signedIn(await signInWithPassword(connection, { email, password }, {}, wanted.scopes));
      assert.deepEqual(claimsOf(done.token).scope, ['orgs.get', 'orgs.post', 'org.get', 'me.get', 'devices.get']);
      assert.deepEqual(done.scopes, ['orgs.get', 'orgs.post', 'org.get', 'me.get', 'devices.get']);
      const unknown = signInScopes(['madeUp.get']);
      assert.ok(unknown.ok, 'well formed: Losant is the judge of the name');
      const refused = failure(await signInWithPassword(connection, { email, password }, {}, unknown.scopes));
      assert.equal(refused.failure, 'invalidInput');
      assert.match(render(refused.message), /requestedScopes/);
      assert.deepEqual(refused.form, { email, askTwoFactorCode: false });
    });
  });

  describe('the account label of a pasted token', () => {
    it("is the user's name and email when the token may read /me", async () => {
      const { firstName, lastName, email } = server.accounts.demo;
      const account = await describeAccount(new LosantClient({ apiUrl: server.url, token: server.tokens.readOnly }));
      assert.equal(account.label, `${firstName} ${lastName} (${email})`);
    });

    it('is the host for a token that may only list organizations', async () => {
      const account = await describeAccount(new LosantClient({ apiUrl: server.url, token: server.tokens.orgsGetOnly, retry: { retries: 0 } }));
      assert.deepEqual(account, { label: `127.0.0.1:${server.port}`, fromProfile: false });
    });
  });
});
