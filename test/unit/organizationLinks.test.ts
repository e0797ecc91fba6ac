// Open in Losant: the web app's address of an organization, whatever id a server sends.
import * as assert from 'node:assert/strict';
import { appUrlFor, organizationPage } from '../../src/losant';

const asUrl = (p: { scheme: string; authority: string; path: string }): string => `${p.scheme}://${p.authority}${p.path}`;

describe('Open in Losant links', () => {
  it("links a Losant id to the organization's page", () => {
    assert.equal(asUrl(organizationPage('https://app.losant.com', '5f0c8a3b2d1e4f6a7b8c9d0e')), 'https://app.losant.com/organizations/5f0c8a3b2d1e4f6a7b8c9d0e');
    assert.equal(asUrl(organizationPage('https://losant.example.com/app/', '5F0C8A3B2D1E4F6A7B8C9D0E')), 'https://losant.example.com/app/organizations/5F0C8A3B2D1E4F6A7B8C9D0E');
  });

  it('links anything that is not a Losant id to the organization list, never elsewhere', () => {
    for (const id of ['../../../settings', '..%2F..%2Fsettings', '5f0c8a3b2d1e4f6a7b8c9d0e/../../x', 'a?b#c', 'javascript:alert(1)', '', ' 5f0c8a3b2d1e4f6a7b8c9d0e']) {
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
