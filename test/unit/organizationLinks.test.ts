// Open in Losant: the web app's address of an organization, whatever id a server sends.
import * as assert from 'node:assert/strict';
import { appUrlFor, normalizeUrl, OBJECT_ID, organizationPage } from '../../src/losant';

const asUrl = (p: { scheme: string; authority: string; path: string }): string => `${p.scheme}://${p.authority}${p.path}`;

describe('Open in Losant links', () => {
  it("links a Losant id to the organization's page", () => {
    assert.equal(
      asUrl(organizationPage('https://app.losant.com', '5f0c8a3b2d1e4f6a7b8c9d0e')),
      'https://app.losant.com/organizations/5f0c8a3b2d1e4f6a7b8c9d0e',
    );
    assert.equal(
      asUrl(organizationPage('https://losant.example.com/app/', '5F0C8A3B2D1E4F6A7B8C9D0E')),
      'https://losant.example.com/app/organizations/5F0C8A3B2D1E4F6A7B8C9D0E',
    );
  });

  it('links anything that is not a Losant id to the organization list, never elsewhere', () => {
    for (const id of [
      '../../../settings',
      '..%2F..%2Fsettings',
      '5f0c8a3b2d1e4f6a7b8c9d0e/../../x',
      'a?b#c',
      'javascript:alert(1)',
      '',
      ' 5f0c8a3b2d1e4f6a7b8c9d0e',
    ]) {
      assert.equal(asUrl(organizationPage('https://app.losant.com', id)), 'https://app.losant.com/organizations', JSON.stringify(id));
    }
    assert.equal(asUrl(organizationPage('https://app.losant.com')), 'https://app.losant.com/organizations');
  });

  it('derives the web app from the API URL, or takes the configured one', () => {
    assert.equal(appUrlFor('https://api.losant.com'), 'https://app.losant.com');
    assert.equal(appUrlFor('https://api.losant.example.com'), 'https://app.losant.example.com');
    assert.equal(appUrlFor('https://losant.example.com/api'), 'https://losant.example.com');
    assert.equal(appUrlFor('https://api.losant.com', 'https://eu.app.example.com/'), 'https://eu.app.example.com');
    assert.equal(appUrlFor('https://api.losant.com', 'javascript:alert(1)'), 'https://app.losant.com');
  });
});

describe('the one form of a URL and of a Losant id', () => {
  it('writes a URL as origin and path, without trailing slashes, so that the same place compares equal', () => {
    for (const [raw, normal] of [
      ['HTTPS://API.Losant.com/', 'https://api.losant.com'],
      ['https://api.losant.com:443//', 'https://api.losant.com'],
      ['http://localhost:8080/api/v1///', 'http://localhost:8080/api/v1'],
      ['https://user:pw@losant.example.com/app/?q=1#top', 'https://losant.example.com/app'],
    ]) {
      assert.equal(normalizeUrl(new URL(raw)), normal, raw);
    }
  });

  it('takes 24 hexadecimal characters, in either case, as a Losant id, and nothing else', () => {
    for (const id of ['5f0c8a3b2d1e4f6a7b8c9d0e', '5F0C8A3B2D1E4F6A7B8C9D0E']) assert.ok(OBJECT_ID.test(id), id);
    for (const id of [
      '',
      '5f0c8a3b2d1e4f6a7b8c9d0',
      '5f0c8a3b2d1e4f6a7b8c9d0e0',
      '5f0c8a3b2d1e4f6a7b8c9d0g',
      ' 5f0c8a3b2d1e4f6a7b8c9d0e',
      '5f0c8a3b2d1e4f6a7b8c9d0e\n',
    ]) {
      assert.ok(!OBJECT_ID.test(id), JSON.stringify(id));
    }
  });
});
