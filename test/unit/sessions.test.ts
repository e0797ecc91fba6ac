// The "Losant" authentication provider's sessions below VS Code: the record kept beside each token
// (never anything secret), the sessions built from them, the scope filter and the change events.
import * as assert from 'node:assert/strict';
import { render, tokenScopes } from '../../src/losant';
import {
  coversScopes,
  legacySessionId,
  narrowestFirst,
  parseSessionRecords,
  sessionsFrom,
  replacedBy,
  serializeSessionRecords,
  sessionAfterSignIn,
  sessionChanges,
  sessionsFor,
  type Session,
  type SessionRecord,
  viewRecord,
} from '../../src/model/sessions';

const jwt = (claims: object): string => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;

const DANA: SessionRecord = {
  apiUrl: 'https://api.losant.com',
  id: 'a1',
  account: 'Dana Rivera (dana@example.com)',
  userId: '5e8f',
  scopes: ['orgs.get', 'orgs.post', 'org.get', 'me.get'],
};
const ACME: SessionRecord = { apiUrl: 'http://127.0.0.1:8080', id: 'b2', account: '', scopes: [] };

describe('the sessions of the Losant authentication provider', () => {
  describe('the records beside the tokens', () => {
    it('round-trip through storage as JSON keyed by API URL, with no token in them', () => {
      const json = serializeSessionRecords([DANA, ACME]);
      assert.deepEqual([...parseSessionRecords(json).values()], [DANA, ACME]);
      assert.doesNotMatch(json, /token|password/i);
    });

    it('leave out what is unreadable: not JSON, unusable URLs, missing ids; labels made inert', () => {
      assert.equal(parseSessionRecords(undefined).size, 0);
      assert.equal(parseSessionRecords('{not json').size, 0);
      assert.equal(parseSessionRecords('[1,2]').size, 0);
      const records = parseSessionRecords(
        JSON.stringify({
          'http://evil.example': { id: 'x', account: 'a', scopes: [] },
          'https://API.losant.com/': { id: 'c3', account: '[run](command:losant.signOut) $(alert)', scopes: ['orgs.get', 7] },
          'https://losant.acme.example': { account: 'no id' },
        }),
      );
      assert.deepEqual(
        [...records.values()],
        [{ apiUrl: 'https://api.losant.com', id: 'c3', account: '[run] (command:losant.signOut) $ (alert)', scopes: ['orgs.get'] }],
      );
    });
    it('refuse records that are not ours: two with one id (neither is trusted), over-long scope names', () => {
      const records = parseSessionRecords(
        JSON.stringify({
          'https://api.losant.com': { id: 'same', account: 'Dana', scopes: ['orgs.get'] },
          'https://losant.acme.example': { id: 'same', account: 'Mallory', scopes: ['all.User'] },
          'http://127.0.0.1:8080': { id: 'b2', account: '', scopes: ['orgs.get', `x${'y'.repeat(100)}`] },
        }),
      );
      assert.deepEqual([...records.values()], [{ apiUrl: 'http://127.0.0.1:8080', id: 'b2', account: '', scopes: ['orgs.get'] }]);
    });
  });

  describe('the sessions', () => {
    it("are handed out for the token's own scopes, not for what a tampered record claims", () => {
      const tampered: SessionRecord = { ...DANA, scopes: ['all.User'] };
      const [session] = sessionsFrom([{ apiUrl: DANA.apiUrl, token: jwt({ scope: ['orgs.get'] }), record: tampered }]);
      assert.deepEqual(session.scopes, ['orgs.get']);
      assert.equal(coversScopes(session.scopes, ['all.User']), false);
    });

    it('one per stored token, labelled with the account and the installation; a token without a record by the host', () => {
      const sessions = sessionsFrom([
        { apiUrl: DANA.apiUrl, token: 'tok-1', record: DANA },
        { apiUrl: 'https://losant.acme.example', token: jwt({ scope: ['all.User'] }) },
      ]);
      assert.deepEqual(
        sessions.map((s) => [s.id, render(s.accountLabel), s.scopes]),
        [
          ['a1', 'Dana Rivera (dana@example.com) on api.losant.com', ['orgs.get', 'orgs.post', 'org.get', 'me.get']],
          [legacySessionId('https://losant.acme.example'), 'Losant at losant.acme.example', ['all.User']],
        ],
      );
    });

    it("a pasted token's scopes come from its claims (unique, bounded; none when it is no JWT)", () => {
      assert.deepEqual(tokenScopes(jwt({ scope: ['orgs.get', 'orgs.get', '', 3, 'x'.repeat(101), 'me.get'] })), ['orgs.get', 'me.get']);
      assert.deepEqual(tokenScopes(jwt({ scope: 'all.User.read orgs.get' })), ['all.User.read', 'orgs.get']);
      assert.deepEqual(tokenScopes('not-a-jwt'), []);
    });

    it('are offered for the scopes asked when they cover them: exactly, all.User, all.User.read for reads, resource.*', () => {
      const ours = ['orgs.get', 'orgs.post', 'org.get', 'me.get'];
      assert.equal(coversScopes(ours, []), true);
      assert.equal(coversScopes(ours, ['orgs.get', 'me.get']), true);
      assert.equal(coversScopes(ours, ['devices.get']), false);
      assert.equal(coversScopes(['all.User'], ['devices.post']), true);
      assert.equal(coversScopes(['all.User.read'], ['orgs.get']), true);
      assert.equal(coversScopes(['all.User.read'], ['orgs.post']), false);
      assert.equal(coversScopes(['orgs.*'], ['orgs.post']), true);
    });

    it('a session made for other extensions is an account of its own, named with its scopes; the view keeps its own', () => {
      const broader: SessionRecord = { ...DANA, id: 'x9', scopes: ['orgs.get', 'orgs.post', 'org.get', 'me.get', 'devices.get'], forExtensions: true };
      const [view, extension] = sessionsFrom([
        { apiUrl: DANA.apiUrl, token: 'view-token', record: DANA },
        { apiUrl: DANA.apiUrl, token: 'extension-token', record: broader },
      ]);
      assert.deepEqual([render(view.accountLabel), view.accessToken], ['Dana Rivera (dana@example.com) on api.losant.com', 'view-token']);
      assert.deepEqual(
        [extension.apiUrl, render(extension.accountLabel), extension.accessToken],
        [DANA.apiUrl, 'Dana Rivera (dana@example.com) on api.losant.com (orgs.get, orgs.post, org.get, me.get, devices.get)', 'extension-token'],
      );
      // Asked for orgs.get, the view's narrower session comes first; all.User last.
      const all = { ...view, id: 'all', scopes: ['all.User'] };
      assert.deepEqual(
        narrowestFirst([all, extension, view]).map((s) => s.id),
        ['a1', 'x9', 'all'],
      );
    });

    it('keeps one session per scope set: a new one for other extensions replaces only the same scopes for the same account', () => {
      const devices: SessionRecord = { ...DANA, id: 'd1', scopes: ['devices.get', 'orgs.get'], forExtensions: true };
      const everything: SessionRecord = { ...DANA, id: 'e1', scopes: ['all.User'], forExtensions: true };
      const records = [DANA, devices, everything];
      assert.deepEqual(
        replacedBy(records, { apiUrl: DANA.apiUrl, userId: DANA.userId, scopes: ['orgs.get', 'devices.get'] }).map((r) => r.id),
        ['d1'],
      );
      assert.deepEqual(replacedBy(records, { apiUrl: DANA.apiUrl, userId: 'someone-else', scopes: ['all.User'] }), []);
      assert.deepEqual(replacedBy(records, { apiUrl: 'https://other.example', userId: DANA.userId, scopes: ['all.User'] }), []);
      assert.equal(viewRecord(records, DANA.apiUrl)?.id, 'a1', "the view's record is never one made for other extensions");
      // Stored and read back, both kinds survive, by id.
      assert.deepEqual([...parseSessionRecords(serializeSessionRecords(records)).keys()], ['a1', 'd1', 'e1']);
    });

    it('two view sessions for one installation in storage are not ours: neither is trusted', () => {
      const json = serializeSessionRecords([DANA, { ...DANA, id: 'a2' }, { ...DANA, id: 'x1', forExtensions: true }]);
      assert.deepEqual([...parseSessionRecords(json).keys()], ['x1']);
    });

    it('changes are told once each: added, removed, and changed when the token or label differs', () => {
      const [dana, acme] = sessionsFrom([
        { apiUrl: DANA.apiUrl, token: 't1', record: DANA },
        { apiUrl: ACME.apiUrl, token: 't2', record: ACME },
      ]);
      const relabelled: Session = { ...dana, accessToken: 't1-new' };
      const ids = (c: ReturnType<typeof sessionChanges>) => [c.added, c.removed, c.changed].map((l) => l.map((s) => s.id));
      assert.deepEqual(ids(sessionChanges([], [dana, acme])), [['a1', 'b2'], [], []]);
      assert.deepEqual(ids(sessionChanges([dana, acme], [acme])), [[], ['a1'], []]);
      assert.deepEqual(ids(sessionChanges([dana, acme], [relabelled, acme])), [[], [], ['a1']]);
      assert.deepEqual(ids(sessionChanges([dana], [dana])), [[], [], []]);
    });

    describe('handed to an extension (getSessions)', () => {
      const label = (s: Session) => render(s.accountLabel);
      const broader: SessionRecord = { ...DANA, id: 'x9', scopes: ['orgs.get', 'orgs.post', 'org.get', 'me.get', 'devices.get'], forExtensions: true };
      const all = sessionsFrom([
        { apiUrl: DANA.apiUrl, token: 'view-token', record: DANA },
        { apiUrl: DANA.apiUrl, token: 'extension-token', record: broader },
        { apiUrl: ACME.apiUrl, token: 'acme-token', record: { ...ACME, scopes: ['all.User'] } },
      ]);

      it('for scopes: the narrowest session that covers them, one per installation', () => {
        assert.deepEqual(
          sessionsFor(all, ['orgs.get'], undefined, label).map((s) => s.id),
          ['a1', 'b2'],
        );
        assert.deepEqual(
          sessionsFor(all, ['devices.get'], undefined, label).map((s) => s.id),
          ['x9', 'b2'],
        );
        assert.deepEqual(
          sessionsFor(all, ['workflows.post'], undefined, label).map((s) => s.id),
          ['b2'],
        );
      });

      it('for no scopes: every session, narrowest first (the Accounts menu lists them all)', () => {
        assert.deepEqual(
          sessionsFor(all, undefined, undefined, label).map((s) => s.id),
          ['a1', 'x9', 'b2'],
        );
      });

      it('for an account VS Code names: only that installation, and only the session of that label', () => {
        assert.deepEqual(
          sessionsFor(all, ['orgs.get'], { id: DANA.apiUrl }, label).map((s) => s.id),
          ['a1', 'x9'],
        );
        const broaderLabel = label(all[1]);
        assert.deepEqual(
          sessionsFor(all, ['orgs.get'], { id: DANA.apiUrl, label: broaderLabel }, label).map((s) => s.id),
          ['x9'],
        );
        assert.deepEqual(sessionsFor(all, ['orgs.get'], { id: 'https://elsewhere.example' }, label), []);
      });

      it('after a sign-in: the narrowest there that covers the scopes, or what the token lacks', () => {
        assert.deepEqual(sessionAfterSignIn(all, DANA.apiUrl, ['devices.get']), { session: all[1], missing: [] });
        const lacking = sessionAfterSignIn(all, DANA.apiUrl, ['devices.get', 'workflows.post']);
        assert.deepEqual([lacking?.session.id, lacking?.missing], ['a1', ['devices.get', 'workflows.post']]);
        assert.equal(sessionAfterSignIn(all, 'https://elsewhere.example', ['orgs.get']), undefined);
      });
    });
  });
});
