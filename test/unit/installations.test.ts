// Several installations: the rows "Losant: Switch Installation…" shows, the check of an added one,
// and the account labels they carry.
import * as assert from 'node:assert/strict';
import { render, type LosantUser } from '../../src/losant';
import { accountLabel } from '../../src/model/accountLabel';
import { checkNewInstallation, installationRows, installationSummary } from '../../src/model/installations';

describe('installations', () => {
  describe('the Switch Installation rows', () => {
    it('lists each stored session once (URLs normalized), the current one first and marked, the rest by host', () => {
      const rows = installationRows(
        [
          { apiUrl: 'https://api.losant.com', label: 'Dana Rivera (dana@example.com)' },
          { apiUrl: 'https://losant.acme.example/api/', label: 'Dana (acme)' },
          { apiUrl: 'https://API.Losant.com/', label: 'a duplicate' },
          { apiUrl: 'http://127.0.0.1:8080' },
        ],
        'https://losant.acme.example/api',
      );
      assert.deepEqual(rows, [
        { apiUrl: 'https://losant.acme.example/api', host: 'losant.acme.example', account: 'Dana (acme)', signedIn: true, current: true },
        { apiUrl: 'http://127.0.0.1:8080', host: '127.0.0.1:8080', signedIn: true, current: false },
        { apiUrl: 'https://api.losant.com', host: 'api.losant.com', account: 'Dana Rivera (dana@example.com)', signedIn: true, current: false },
      ]);
    });

    it('includes the current installation even when signed out there', () => {
      const rows = installationRows([{ apiUrl: 'https://api.losant.com', label: 'Dana' }], 'https://losant.acme.example');
      assert.deepEqual(rows[0], { apiUrl: 'https://losant.acme.example', host: 'losant.acme.example', signedIn: false, current: true });
      assert.equal(rows.length, 2);
    });

    it('leaves out URLs that may not receive a token, and shows stored labels as inert, bounded text', () => {
      const rows = installationRows(
        [
          { apiUrl: 'http://evil.example', label: 'x' },
          { apiUrl: 'not a url', label: 'y' },
          { apiUrl: 'https://api.losant.com', label: `[Sign out](command:losant.signOut) $(zap)\n${'n'.repeat(300)}` },
        ],
        'https://api.losant.com',
      );
      assert.equal(rows.length, 1);
      const account = rows[0].account ?? '';
      assert.ok(!account.includes('](') && !account.includes('$(') && !account.includes('\n'), account);
      assert.equal(Array.from(account).length, 200);
      assert.ok(account.endsWith('…'));
    });
  });

  describe('adding an installation', () => {
    const rows = installationRows([{ apiUrl: 'https://api.losant.com', label: 'Dana' }], 'https://api.losant.com');

    it('takes an HTTPS URL (normalized), and says when it is already listed', () => {
      assert.deepEqual(checkNewInstallation(' https://losant.acme.example/api/ ', rows), { ok: true, apiUrl: 'https://losant.acme.example/api' });
      const again = checkNewInstallation('https://API.losant.com/', rows);
      assert.ok(again.ok);
      assert.equal(again.ok && again.existing?.account, 'Dana');
    });

    it('refuses an empty, malformed or plain-HTTP URL with the reason', () => {
      for (const [raw, says] of [
        ['', /Enter the API URL/],
        ['api.losant.com', /not a valid URL/],
        ['ftp://api.losant.com', /must start with https/],
        ['http://losant.acme.example', /plain HTTP/],
      ] as const) {
        const check = checkNewInstallation(raw, rows);
        assert.equal(check.ok, false, raw);
        if (!check.ok) assert.match(render(check.reason), says);
      }
    });
  });

  describe('account labels', () => {
    const user = (fields: Partial<LosantUser>): LosantUser => ({ id: '5e8f1c2a9b3d4e5f60718293', ...fields });
    const api = 'https://losant.acme.example:8443/api';

    it('is "Full Name (email)", or whichever of the two there is', () => {
      assert.equal(accountLabel(user({ fullName: 'Dana Rivera', email: 'dana@example.com' }), api).label, 'Dana Rivera (dana@example.com)');
      assert.equal(accountLabel(user({ firstName: 'Dana', lastName: 'Rivera', email: 'dana@example.com' }), api).label, 'Dana Rivera (dana@example.com)');
      assert.equal(accountLabel(user({ email: 'dana@example.com' }), api).label, 'dana@example.com');
      assert.equal(accountLabel(user({ firstName: 'Dana' }), api).label, 'Dana');
    });

    it("is the installation's host when the user is unknown or nameless", () => {
      assert.deepEqual(accountLabel(undefined, api), { label: 'losant.acme.example:8443', fromProfile: false });
      assert.equal(accountLabel(user({ fullName: '  ' }), api).label, 'losant.acme.example:8443');
    });

    it('shows names from the server as one inert line', () => {
      const label = accountLabel(user({ fullName: '[Dana](command:losant.signOut)\n$(zap)', email: 'd@example.com' }), api).label;
      assert.ok(!label.includes('](') && !label.includes('$(') && !label.includes('\n'), label);
    });

    it('names the installation and the account the view lists', () => {
      assert.equal(render(installationSummary(api, 'Dana Rivera (dana@example.com)')), 'Dana Rivera (dana@example.com) on losant.acme.example:8443');
      assert.equal(render(installationSummary('https://api.losant.com')), 'Losant at api.losant.com');
    });
  });
});
