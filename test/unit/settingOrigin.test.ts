// Where the API and app URLs in effect come from: the user, or an opened folder's settings.
import * as assert from 'node:assert/strict';
import { apiUrlOverride, appUrlOverride, hostOf } from '../../src/model/settingOrigin';

const DEFAULT = { defaultValue: 'https://api.losant.com' };

describe('API URL from the workspace settings', () => {
  it('is an override when a trusted folder sets it to another server, naming that host', () => {
    const o = apiUrlOverride({ ...DEFAULT, workspaceValue: 'https://evil.example/' }, true);
    assert.deepEqual(o, { value: 'https://evil.example', userValue: 'https://api.losant.com', host: 'evil.example' });
  });

  it("compares with the user's own value, and names the port", () => {
    const o = apiUrlOverride({ ...DEFAULT, globalValue: 'https://api.private.example', workspaceValue: 'http://127.0.0.1:4567' }, true);
    assert.equal(o?.userValue, 'https://api.private.example');
    assert.equal(o?.host, '127.0.0.1:4567');
  });

  it("is none in a workspace that is not trusted: VS Code ignores the folder's value of a restricted setting", () => {
    assert.equal(apiUrlOverride({ ...DEFAULT, workspaceValue: 'https://evil.example' }, false), undefined);
  });

  it('is none when the folder sets nothing, or the same server as the user (case, slash and default port aside)', () => {
    assert.equal(apiUrlOverride({ ...DEFAULT, globalValue: 'https://evil.example' }, true), undefined);
    assert.equal(apiUrlOverride({ ...DEFAULT, workspaceValue: 'HTTPS://API.losant.com:443/' }, true), undefined);
    assert.equal(apiUrlOverride({ ...DEFAULT, globalValue: 'https://api.private.example', workspaceValue: ' https://api.private.example ' }, true), undefined);
    assert.equal(apiUrlOverride(undefined, true), undefined);
  });

  it("takes the folder's value over the workspace file's, as VS Code does", () => {
    const o = apiUrlOverride({ ...DEFAULT, workspaceValue: 'https://a.example', workspaceFolderValue: 'https://b.example' }, true);
    assert.equal(o?.host, 'b.example');
  });

  it('treats a blank folder value as the default API, which is an override only when the user set another', () => {
    assert.equal(apiUrlOverride({ ...DEFAULT, workspaceValue: '  ' }, true), undefined);
    assert.equal(apiUrlOverride({ ...DEFAULT, globalValue: 'https://api.private.example', workspaceValue: '' }, true)?.host, 'api.losant.com');
  });

  it('ignores values that are not text', () => {
    assert.equal(apiUrlOverride({ ...DEFAULT, workspaceValue: 42 }, true), undefined);
  });
});

describe('app URL from the workspace settings', () => {
  it('is an override when a trusted folder sends Open in Losant elsewhere', () => {
    const o = appUrlOverride({ defaultValue: '', workspaceValue: 'https://app.losamt.example' }, true);
    assert.equal(o?.host, 'app.losamt.example');
  });

  it("is none when blank (derived from the API URL), the same as the user's, or untrusted", () => {
    assert.equal(appUrlOverride({ defaultValue: '', globalValue: 'https://app.example', workspaceValue: ' ' }, true), undefined);
    assert.equal(appUrlOverride({ defaultValue: '', globalValue: 'https://app.example', workspaceValue: 'https://app.example/' }, true), undefined);
    assert.equal(appUrlOverride({ defaultValue: '', workspaceValue: 'https://app.losamt.example' }, false), undefined);
  });
});

describe('hostOf', () => {
  it('shows an internationalized look-alike host in punycode', () => {
    assert.equal(hostOf('https://аpp.losant.com/x'), 'xn--pp-6kc.losant.com');
  });

  it('keeps text that is not a URL on one bounded line, with no link that could form', () => {
    assert.equal(hostOf('not a url\n[x](command:y)\u202e'), 'not a url [x] (command:y)⟨U+202E⟩');
    const long = hostOf('x'.repeat(500));
    assert.equal(long.length, 100);
    assert.ok(long.startsWith('…'));
  });

  it('cuts a long host from the left, so the registrable domain always shows', () => {
    const host = hostOf(`https://api.losant.com.${'a'.repeat(120)}.attacker.example/`);
    assert.equal(host.length, 100);
    assert.ok(host.startsWith('…') && host.endsWith('.attacker.example'), host);
  });
});
