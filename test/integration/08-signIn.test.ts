// Signing in with email and password, the "Losant" authentication provider and several
// installations, inside VS Code against local Losant servers: Sign In driven with arguments goes
// through the same code as the quick inputs (only the form is skipped), and VS Code's own
// authentication API sees the sessions.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TestChannel } from '../channel/extension';
import type { SignInResult } from '../../src/flows/signIn';
import type { FakeLosant } from '../server/fakeLosant';
import {
  activateExtension,
  EXTENSION_ID,
  issuedTokens,
  losantLogLine,
  losantLogMark,
  setSetting,
  settledLabels,
  signOutAndReset,
  startServer,
  typedSecrets,
  waitFor,
} from './helpers';
import { hostOf } from '../../src/model/settingOrigin';

type Credentials = { email: string; password?: string; twoFactorCode?: string };

const DANA = 'Dana Rivera (demo@losant-explorer.test)';
const TOMASZ = 'Tomasz Wójcik (two-factor@losant-explorer.test)';

/** Runs Sign In with the credentials, remembering every password and code typed for the last test's log scan. */
async function signInWith(credentials: Credentials): Promise<SignInResult> {
  if (credentials.password) typedSecrets.add(credentials.password);
  if (credentials.twoFactorCode) typedSecrets.add(credentials.twoFactorCode);
  const result = await activeApi().signIn(credentials);
  // The tokens Losant issued to the sign-ins: the last test checks no log holds them.
  for (const s of await activeApi().authProvider.getSessions(undefined, {})) issuedTokens.add(s.accessToken);
  return result;
}

let api: TestChannel | undefined;
const activeApi = (): TestChannel => {
  if (!api) throw new Error('not activated');
  return api;
};

/** The accounts VS Code's Accounts menu lists for the Losant provider, by label. */
async function accountLabels(): Promise<string[]> {
  return (await vscode.authentication.getAccounts('losant')).map((a) => a.label).sort();
}

/** The organization names the server holds, sorted (the view lists them sorted by name). */
const orgNames = (server: FakeLosant): string[] => (server.organizations as { name: string }[]).map((o) => o.name).sort();

async function usesInstallation(server: FakeLosant): Promise<void> {
  await setSetting('apiUrl', server.url);
  await waitFor('the setting in effect', () => vscode.workspace.getConfiguration('losant').get('apiUrl') === server.url || undefined);
}

describe('Sign In with email and password, the Losant authentication provider, installations', () => {
  let first: FakeLosant;
  let second: FakeLosant;

  before(async () => {
    api = await activateExtension();
    first = await startServer({ orgs: 3, seed: 31 });
    second = await startServer({ orgs: 4, seed: 32 });
    await vscode.commands.executeCommand('workbench.view.extension.losant');
  });

  after(async () => {
    for (const server of [first, second]) {
      await usesInstallation(server);
      await signOutAndReset();
    }
    await first.close();
    await second.close();
  });

  it('signs in with email and password: least-privilege scopes, the organizations listed, the title names account and installation', async () => {
    await usesInstallation(first);
    await settledLabels(activeApi(), 'signedOut');
    const result = await signInWith({ email: first.accounts.demo.email, password: first.accounts.demo.password });
    assert.deepEqual(result, { signedIn: true, apiUrl: first.url, account: DANA });
    const post = first.requests.find((r) => r.method === 'POST' && r.path === '/auth/user');
    assert.deepEqual((post?.body as { requestedScopes?: string[] }).requestedScopes, ['orgs.get', 'orgs.post', 'org.get', 'me.get']);
    const labels = await settledLabels(activeApi(), 'signedIn');
    assert.deepEqual([...labels].sort(), orgNames(first));
    assert.equal(activeApi().treeView.title, `Organizations (3) — ${DANA} on ${hostOf(first.url)}`);
    await losantLogLine(
      activeApi(),
      /Signed in to .* as Dana Rivera .* with email and password; the token has the scopes orgs\.get, orgs\.post, org\.get, me\.get/,
    );
  });

  it("VS Code's authentication API sees the session (label, scopes, token), and hands it to no extension without the user's consent", async () => {
    const accounts = await vscode.authentication.getAccounts('losant');
    assert.deepEqual(
      accounts.map((a) => [a.id, a.label]),
      [[first.url, `${DANA} on ${hostOf(first.url)}`]],
    );
    const [session] = await activeApi().authProvider.getSessions(['orgs.get'], { account: accounts[0] });
    assert.equal(session.account.label, `${DANA} on ${hostOf(first.url)}`);
    assert.deepEqual(session.scopes, ['orgs.get', 'orgs.post', 'org.get', 'me.get']);
    const claims = JSON.parse(Buffer.from(session.accessToken.split('.')[1], 'base64url').toString()) as { scope: string[]; sub: string };
    assert.deepEqual([claims.sub, claims.scope], [first.accounts.demo.id, ['orgs.get', 'orgs.post', 'org.get', 'me.get']]);
    assert.deepEqual(await activeApi().authProvider.getSessions(['devices.post'], {}), [], 'a scope the token lacks finds no session');
    // Until the user allows it (a dialog, which the UI tests click), VS Code keeps the token from any extension.
    assert.equal(await vscode.authentication.getSession('losant', ['orgs.get'], { silent: true }), undefined);
  });

  it('getSession hands the session to an extension once the user allows it from the Accounts menu', async () => {
    // Asked without createIfNone (whose consent is a dialog, refused under extension tests), VS
    // Code answers nothing yet and puts "Grant access to Losant for …" in the Accounts menu. That
    // entry runs this command, which opens VS Code's account quick pick; the user picks Dana.
    assert.equal(await vscode.authentication.getSession('losant', ['orgs.get']), undefined);
    const grant = `losant${EXTENSION_ID}Access`;
    await waitFor('the access request in the Accounts menu', async () => (await vscode.commands.getCommands()).includes(grant) || undefined);
    await vscode.commands.executeCommand(grant);
    const session = await waitFor('the session, once the account is picked', async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return vscode.authentication.getSession('losant', ['orgs.get'], { silent: true });
    });
    assert.equal(session.account.label, `${DANA} on ${hostOf(first.url)}`);
    assert.equal(session.account.id, first.url);
    assert.deepEqual(session.scopes, ['orgs.get', 'orgs.post', 'org.get', 'me.get']);
    // The token VS Code hands out is the one Losant issued, and it works against the installation.
    const [stored] = await activeApi().authProvider.getSessions(undefined, { account: session.account });
    assert.ok(session.accessToken === stored.accessToken, 'the token VS Code hands out is the one stored');
    const me = await fetch(`${first.url}/me`, { headers: { authorization: `Bearer ${session.accessToken}` } });
    assert.equal(((await me.json()) as { email?: string }).email, first.accounts.demo.email);
    assert.equal(await vscode.authentication.getSession('losant', ['devices.post'], { silent: true }), undefined, 'no session for a scope the token lacks');
  });

  it('two installations give two sessions; a two-factor account signs in with its code', async () => {
    await usesInstallation(second);
    await settledLabels(activeApi(), 'signedOut');
    const result = await signInWith({
      email: second.accounts.twoFactor.email,
      password: second.accounts.twoFactor.password,
      twoFactorCode: second.twoFactorCode(),
    });
    assert.equal(result.signedIn, true, JSON.stringify(result));
    assert.deepEqual(await accountLabels(), [`${DANA} on ${hostOf(first.url)}`, `${TOMASZ} on ${hostOf(second.url)}`].sort());
    const labels = await settledLabels(activeApi(), 'signedIn');
    assert.deepEqual([...labels].sort(), orgNames(second));
    assert.equal(activeApi().treeView.title, `Organizations (4) — ${TOMASZ} on ${hostOf(second.url)}`);
  });

  it("Switch Installation sets losant.apiUrl and the view lists the other installation's organizations", async () => {
    const set = await activeApi().switchInstallation(first.url);
    assert.equal(set, first.url);
    assert.equal(vscode.workspace.getConfiguration('losant').get('apiUrl'), first.url);
    const labels = await waitFor("the first installation's organizations", async () => {
      const l = await settledLabels(activeApi(), 'signedIn');
      return activeApi().treeView.title?.includes(hostOf(first.url)) ? l : undefined;
    });
    assert.deepEqual([...labels].sort(), orgNames(first));
    assert.equal(activeApi().treeView.title, `Organizations (3) — ${DANA} on ${hostOf(first.url)}`);
  });

  it("removing the session through the provider (the Accounts menu's Sign Out) signs the view out, in step with VS Code", async () => {
    const removed = new Promise<void>((resolve) => {
      const sub = vscode.authentication.onDidChangeSessions((e) => {
        if (e.provider.id === 'losant') {
          sub.dispose();
          resolve();
        }
      });
    });
    const [session] = await activeApi().authProvider.getSessions(undefined, { account: { id: first.url, label: '' } });
    await activeApi().authProvider.removeSession(session.id);
    await removed;
    await settledLabels(activeApi(), 'signedOut');
    assert.deepEqual(await accountLabels(), [`${TOMASZ} on ${hostOf(second.url)}`]);
    assert.equal(await vscode.authentication.getSession('losant', ['orgs.get'], { silent: true }), undefined, 'the session granted earlier is gone');
    await losantLogLine(activeApi(), new RegExp(`Removed the API token for ${first.url.replace(/[.]/g, '\\.')}`));
  });

  it("the view's Sign Out removes the provider's session too", async () => {
    await usesInstallation(second);
    await settledLabels(activeApi(), 'signedIn');
    await vscode.commands.executeCommand('losant.signOut');
    await settledLabels(activeApi(), 'signedOut');
    assert.deepEqual(await waitFor('no Losant account', async () => ((await accountLabels()).length === 0 ? [] : undefined)), []);
  });

  it('a pasted token gets a session too: named from GET /me, or by the host when the token may not read /me', async () => {
    await usesInstallation(first);
    assert.equal(await activeApi().setApiToken(first.tokens.orgsGetOnly), true);
    assert.deepEqual(await accountLabels(), [`Losant at ${hostOf(first.url)}`]);
    assert.equal(await activeApi().setApiToken(first.tokens.all), true);
    assert.deepEqual(
      await waitFor('the relabelled account', async () => {
        const labels = await accountLabels();
        return labels[0]?.startsWith(DANA) ? labels : undefined;
      }),
      [`${DANA} on ${hostOf(first.url)}`],
    );
    await vscode.commands.executeCommand('losant.signOut');
    await settledLabels(activeApi(), 'signedOut');
  });

  it("another extension's broader sign-in is kept beside the view's session: the view's token, and what narrower askers get, stay as they were", async () => {
    await usesInstallation(first);
    const { email, password } = first.accounts.demo;
    assert.equal((await signInWith({ email, password })).signedIn, true);
    await settledLabels(activeApi(), 'signedIn');
    const [viewSession] = await activeApi().authProvider.getSessions(['orgs.get'], {});
    const viewToken = viewSession.accessToken;

    // Another extension asks for all.User (VS Code calls createSession, which runs this Sign In).
    assert.equal((await activeApi().signIn({ email, password }, ['all.User'])).signedIn, true);
    for (const s of await activeApi().authProvider.getSessions(undefined, {})) issuedTokens.add(s.accessToken);
    const [forOrgs] = await activeApi().authProvider.getSessions(['orgs.get'], {});
    // Tokens are compared, never printed (CI fails a run whose output holds one).
    assert.ok(forOrgs.accessToken === viewToken, 'an extension asking for orgs.get still gets the narrower session');
    assert.deepEqual(forOrgs.scopes, ['orgs.get', 'orgs.post', 'org.get', 'me.get']);
    const [forAll] = await activeApi().authProvider.getSessions(['all.User'], {});
    assert.deepEqual(forAll.scopes, ['orgs.get', 'orgs.post', 'org.get', 'me.get', 'all.User']);
    assert.ok(forAll.accessToken !== viewToken, 'the broader session has a token of its own');
    // The view lists with its own token: the next GET /orgs carries it.
    first.clearRequests();
    activeApi().provider.refresh();
    await settledLabels(activeApi(), 'signedIn');
    const listing = first.requests.find((r) => r.method === 'GET' && r.path === '/orgs');
    assert.ok(listing?.headers.authorization === `Bearer ${viewToken}`, 'the view lists with its own token');
    // Two accounts in the Accounts menu, the broader one named with its scopes.
    assert.deepEqual(await accountLabels(), [
      `${DANA} on ${hostOf(first.url)}`,
      `${DANA} on ${hostOf(first.url)} (orgs.get, orgs.post, org.get, me.get, all.User)`,
    ]);

    // Signing in for the same scopes again replaces that session only.
    assert.equal((await activeApi().signIn({ email, password }, ['all.User'])).signedIn, true);
    for (const s of await activeApi().authProvider.getSessions(undefined, {})) issuedTokens.add(s.accessToken);
    assert.equal((await activeApi().authProvider.getSessions(undefined, {})).length, 2);

    // The Accounts menu's Sign Out of the broader session forgets exactly it.
    const [broader] = await activeApi().authProvider.getSessions(['all.User'], {});
    await activeApi().authProvider.removeSession(broader.id);
    const left = await activeApi().authProvider.getSessions(undefined, {});
    assert.ok(left.length === 1 && left[0].accessToken === viewToken, "only the view's session is left");

    // The view's Sign Out forgets every session of the installation, and says so.
    assert.equal((await activeApi().signIn({ email, password }, ['all.User'])).signedIn, true);
    for (const s of await activeApi().authProvider.getSessions(undefined, {})) issuedTokens.add(s.accessToken);
    await vscode.commands.executeCommand('losant.signOut');
    await settledLabels(activeApi(), 'signedOut');
    assert.deepEqual(await activeApi().authProvider.getSessions(undefined, {}), []);
    await losantLogLine(activeApi(), /Removed the API token for .* and 1 session\(s\) made for other extensions\./);
  });

  describe('every failure has its own sentence, and nothing is stored', () => {
    let failures: FakeLosant;

    before(async () => {
      // Two failed attempts per email within a minute, then 429: enough for the throttling case.
      failures = await startServer({ orgs: 2, seed: 33, signInThrottle: { maxFailures: 2 } });
      await usesInstallation(failures);
      await settledLabels(activeApi(), 'signedOut');
    });
    after(() => failures.close());

    async function failsWith(credentials: Credentials, failure: string, sentence: RegExp): Promise<void> {
      const mark = losantLogMark(activeApi());
      const result = await signInWith(credentials);
      assert.equal(result.signedIn, false, JSON.stringify(result));
      if (result.signedIn) return;
      assert.equal(result.failure, failure);
      assert.match(result.message ?? '', sentence);
      // The user saw it (notifications are logged with it; this attempt's, not an earlier one's) and
      // no session appeared.
      await losantLogLine(activeApi(), sentence, mark);
      assert.deepEqual(await accountLabels(), []);
    }

    it('a wrong password', async () => {
      await failsWith({ email: failures.accounts.demo.email, password: 'not-the-password' }, 'wrongCredentials', /did not accept this email and password/);
    });

    it('a two-factor account without its code, and with a wrong one', async () => {
      const { email, password } = failures.accounts.twoFactor;
      await failsWith({ email, password }, 'twoFactorRequired', /uses two-factor authentication\. Enter the current code/);
      const stale = failures.twoFactorCode(Date.now() - 10 * 60_000);
      await failsWith({ email, password, twoFactorCode: stale }, 'twoFactorWrong', /did not accept the two-factor code/);
    });

    it('a locked account', async () => {
      await failsWith({ email: failures.accounts.locked.email, password: failures.accounts.locked.password }, 'accountLocked', /has locked this account/);
    });

    it('an SSO account: told to use a user API token, and no password is sent', async () => {
      failures.clearRequests();
      await failsWith({ email: failures.accounts.sso.email, password: 'whatever-password' }, 'sso', /single sign-on \(SSO\).*user API token/);
      assert.deepEqual(
        failures.requests.map((r) => `${r.method} ${r.path}`),
        ['GET /auth/ssoDomain'],
      );
    });

    it('too many attempts: throttled, with the wait', async () => {
      const email = failures.accounts.unverified.email;
      await failsWith({ email, password: 'wrong-password-1' }, 'wrongCredentials', /did not accept this email and password/);
      await failsWith({ email, password: 'wrong-password-2' }, 'wrongCredentials', /did not accept this email and password/);
      await failsWith({ email, password: failures.accounts.unverified.password }, 'throttled', /Too many sign-in attempts for this account\. Wait \d+ seconds/);
    });

    it('an unverified email signs in, and is told to verify the address', async () => {
      const result = await signInWith({ email: failures.accounts.demo.email, password: failures.accounts.demo.password });
      assert.equal(result.signedIn, true);
      // The demo account is verified: no notice. The unverified one is throttled above, so a fresh server.
      assert.equal(result.signedIn && result.notice, undefined);
      await vscode.commands.executeCommand('losant.signOut');
      const fresh = await startServer({ orgs: 1, seed: 34 });
      try {
        await usesInstallation(fresh);
        const mark = losantLogMark(activeApi());
        const unverified = await signInWith({ email: fresh.accounts.unverified.email, password: fresh.accounts.unverified.password });
        assert.equal(unverified.signedIn, true, JSON.stringify(unverified));
        assert.match((unverified.signedIn && unverified.notice) || '', /has not verified the email address unverified@losant-explorer\.test/);
        await losantLogLine(activeApi(), /has not verified the email address/, mark);
        await vscode.commands.executeCommand('losant.signOut');
      } finally {
        await usesInstallation(failures);
        await fresh.close();
      }
    });
  });
});
