// The stores behind the view and the Accounts menu, in plain Node against an in-memory SecretStorage
// and Memento: one token per installation, the sessions made for other extensions beside it, the
// records, the filter, and word of a change made in another window.
import * as assert from 'node:assert/strict';
import { FilterStore } from '../../src/model/filterStore';
import { SessionStore } from '../../src/model/sessionStore';
import { TokenStore } from '../../src/model/tokenStore';
import { MemorySecrets, MemoryState } from './memoryStorage';

const DANA = { label: 'Dana Rivera (dana@example.com)', userId: 'u1', fromProfile: true };
const VIEW_SCOPES = ['orgs.get', 'orgs.post', 'org.get', 'me.get'];
const API = 'https://api.losant.com';
const OTHER = 'https://losant.acme.example';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the stores', () => {
  describe('TokenStore', () => {
    it('keeps one token per installation, read from SecretStorage once until it changes', async () => {
      const secrets = new MemorySecrets();
      const tokens = new TokenStore(secrets);
      await tokens.set(API, 'token-a');
      await tokens.set(OTHER, 'token-b');
      assert.equal(await tokens.get(API), 'token-a');
      assert.equal(await tokens.get(API), 'token-a');
      assert.equal(secrets.reads.filter((k) => k === `losant.apiToken:${API}`).length, 1, 'the second read comes from memory');
      assert.equal(await tokens.get(OTHER), 'token-b');
      await tokens.delete(API);
      assert.equal(await tokens.get(API), undefined);
    });

    it('follows a change another window made, and says which installation changed', async () => {
      const secrets = new MemorySecrets();
      const tokens = new TokenStore(secrets);
      const told: string[] = [];
      tokens.onDidChange((apiUrl) => told.push(apiUrl));
      await tokens.set(API, 'old');
      assert.equal(await tokens.get(API), 'old');
      secrets.fromAnotherWindow(`losant.apiToken:${API}`, 'new');
      secrets.fromAnotherWindow('some.other.key', 'x');
      assert.equal(await tokens.get(API), 'new');
      assert.deepEqual(told, [API, API]);
    });

    it('a write SecretStorage refuses throws, so the caller can say so', async () => {
      const secrets = new MemorySecrets();
      secrets.failWrites = true;
      await assert.rejects(new TokenStore(secrets).set(API, 'token'), /keyring locked/);
      assert.equal(secrets.values.size, 0);
    });
  });

  describe('SessionStore', () => {
    function stores() {
      const secrets = new MemorySecrets();
      const tokens = new TokenStore(secrets);
      return { secrets, tokens, sessions: new SessionStore(secrets, tokens) };
    }

    it("saves the view's session: the token under its installation, a record beside it with nothing secret", async () => {
      const { secrets, tokens, sessions } = stores();
      const record = await sessions.save(API, 'view-token', DANA, VIEW_SCOPES);
      assert.equal(await tokens.get(API), 'view-token');
      assert.deepEqual(await sessions.record(API), record);
      assert.deepEqual([record.account, record.userId, record.scopes], [DANA.label, 'u1', VIEW_SCOPES]);
      const stored = secrets.values.get('losant.sessions') ?? '';
      assert.ok(!stored.includes('view-token'), 'the record holds no token');
      assert.deepEqual(
        (await sessions.stored()).map((s) => [s.apiUrl, s.token === 'view-token', s.record?.id]),
        [[API, true, record.id]],
      );
    });

    it("a session for other extensions goes beside the view's, never replacing its token; one per scope set", async () => {
      const { tokens, sessions } = stores();
      await sessions.save(API, 'view-token', DANA, VIEW_SCOPES);
      const first = await sessions.save(API, 'devices-token', DANA, ['devices.get'], { forExtensions: true });
      const second = await sessions.save(API, 'devices-token-2', DANA, ['devices.get'], { forExtensions: true });
      await sessions.save(API, 'all-token', DANA, ['all.User'], { forExtensions: true });
      assert.equal(await tokens.get(API), 'view-token');
      const stored = await sessions.stored();
      assert.deepEqual(
        stored.map((s) => [s.record?.forExtensions === true, s.record?.scopes]),
        [
          [false, VIEW_SCOPES],
          [true, ['devices.get']],
          [true, ['all.User']],
        ],
      );
      assert.ok(!stored.some((s) => s.record?.id === first.id), 'the same scope set replaced the older one');
      assert.ok(stored.some((s) => s.record?.id === second.id && s.token === 'devices-token-2'));
    });

    it("with no view session there, a broader sign-in becomes the view's own", async () => {
      const { tokens, sessions } = stores();
      const record = await sessions.save(API, 'all-token', DANA, ['all.User'], { forExtensions: true });
      assert.equal(record.forExtensions, undefined);
      assert.equal(await tokens.get(API), 'all-token');
    });

    it("Sign Out forgets every session of the installation and counts those for other extensions; others' stay", async () => {
      const { secrets, sessions } = stores();
      await sessions.save(API, 'view-token', DANA, VIEW_SCOPES);
      await sessions.save(API, 'devices-token', DANA, ['devices.get'], { forExtensions: true });
      await sessions.save(OTHER, 'other-token', DANA, VIEW_SCOPES);
      assert.equal(await sessions.remove(API), 1);
      assert.deepEqual(
        (await sessions.stored()).map((s) => s.apiUrl),
        [OTHER],
      );
      assert.ok(![...secrets.values.values()].some((v) => v === 'view-token' || v === 'devices-token'), 'no token of the installation is left');
    });

    it("the Accounts menu's Sign Out forgets exactly the session named", async () => {
      const { tokens, sessions } = stores();
      await sessions.save(API, 'view-token', DANA, VIEW_SCOPES);
      const devices = await sessions.save(API, 'devices-token', DANA, ['devices.get'], { forExtensions: true });
      await sessions.removeForExtensions(devices.id);
      assert.deepEqual(
        (await sessions.stored()).map((s) => s.token === 'view-token'),
        [true],
      );
      await sessions.save(API, 'devices-token', DANA, ['devices.get'], { forExtensions: true });
      await sessions.removeView(API);
      assert.equal(await tokens.get(API), undefined);
      assert.deepEqual(
        (await sessions.stored()).map((s) => s.record?.scopes),
        [['devices.get']],
      );
    });

    it('a token stored before records existed is still listed for the current installation', async () => {
      const { secrets, sessions } = stores();
      secrets.fromAnotherWindow(`losant.apiToken:${API}`, 'old-token');
      assert.deepEqual(await sessions.stored(), []);
      assert.deepEqual(
        (await sessions.stored(API)).map((s) => [s.apiUrl, s.record]),
        [[API, undefined]],
      );
    });

    it('tells which installation changed when another window signs in or out there', async () => {
      const other = stores();
      const { secrets, sessions } = stores();
      const told: string[] = [];
      sessions.onDidChange((apiUrl) => told.push(apiUrl));
      // Another window's sign-in: its writes reach this window's SecretStorage.
      await other.sessions.save(OTHER, 'other-token', DANA, VIEW_SCOPES);
      for (const [key, value] of other.secrets.values) secrets.fromAnotherWindow(key, value);
      await tick();
      assert.ok(told.includes(OTHER));
      assert.equal((await sessions.record(OTHER))?.account, DANA.label);
    });

    it('a failed write throws and leaves no token half-saved', async () => {
      const { secrets, tokens, sessions } = stores();
      secrets.failWrites = true;
      await assert.rejects(sessions.save(API, 'view-token', DANA, VIEW_SCOPES), /keyring locked/);
      secrets.failWrites = false;
      assert.equal(await tokens.get(API), undefined);
      assert.deepEqual(await sessions.stored(API), []);
    });
  });

  describe('FilterStore', () => {
    it('remembers one filter per installation; an empty one is forgotten', async () => {
      const state = new MemoryState();
      const filters = new FilterStore(state);
      await filters.set(API, 'acme*');
      await filters.set(OTHER, 'beta');
      assert.deepEqual([filters.get(API), filters.get(OTHER)], ['acme*', 'beta']);
      await filters.set(API, '');
      assert.equal(filters.get(API), undefined);
      assert.equal(state.values.size, 1);
    });
  });
});
