// What surrounds the Organizations tree in each state of the listing, as a person sees it: the
// welcome content and the title bar's buttons (package.json's, picked by the context keys), the
// message above the rows, the title and the count beside it; and the reason the log is given.
import * as assert from 'node:assert/strict';
import { checkApiUrl, LosantApiError, LosantClient, render, type ListedOrganization } from '../../src/losant';
import { parseOrganizationsPage } from '../../src/losant/parseOrganizations';
import { OrganizationsListing, type Listing, type ListingState } from '../../src/model/organizationsListing';
import { settingsFrom } from '../../src/model/settings';
import { viewChromeFor, viewStateOf, waitingMessage, type ViewChrome } from '../../src/model/viewChrome';
import orgsExample from '../fixtures/losant/orgs.json';
import { startFakeLosant, type FakeLosant } from '../server/fakeLosant';
import { contextKeys, titleButtonsFor, welcomeFor } from './viewManifest';

const API_URL = 'https://api.losant.com';
const ACCOUNT = 'Dana Rivera (dana@example.com)';
/** Losant's documented example page: one organization of two (perPage 1). */
const examplePage = parseOrganizationsPage(orgsExample, 1);

function listed(extra: Partial<Listing> = {}): ListingState {
  const organizations: readonly ListedOrganization[] = examplePage.items;
  return {
    kind: 'listed',
    listing: { apiUrl: API_URL, account: ACCOUNT, organizations, totalCount: examplePage.totalCount, skipped: 0, hasMore: true, ...extra },
  };
}

function chromeOf(state: ListingState, sourceNote?: string): ViewChrome {
  const viewState = viewStateOf(state);
  assert.ok(viewState, `no view state for ${state.kind}`);
  return viewChromeFor(state, viewState, render, sourceNote);
}

/** Everything a person sees around the tree, and the reason the log gets. */
function seen(chrome: ViewChrome) {
  const keys = contextKeys(chrome);
  return {
    welcome: welcomeFor(keys),
    buttons: titleButtonsFor(keys),
    message: chrome.message,
    title: chrome.title,
    description: chrome.description,
    reason: chrome.reason,
  };
}

const rejected = new LosantApiError({ kind: 'unauthorized', status: 401, message: 'Access token has expired' });
const forbidden = new LosantApiError({ kind: 'forbidden', status: 403, message: 'Access is forbidden' });

describe('what surrounds the Organizations tree', () => {
  it('while the first load runs: nothing changes yet', () => {
    assert.equal(viewStateOf({ kind: 'loading' }), undefined);
  });

  it('signed out: the welcome text with Sign In and Set API Token, no message (it would hide the buttons), no title buttons', () => {
    const chrome = chromeOf({ kind: 'signedOut' });
    assert.deepEqual([chrome.state, chrome.detail, chrome.filtered, chrome.apiUrlFromWorkspace], ['signedOut', '', false, false]);
    const s = seen(chrome);
    assert.equal(s.welcome?.text[0], 'Browse and create your Losant organizations here.');
    assert.deepEqual(s.welcome?.buttons, ['Sign In', 'Set API Token']);
    assert.deepEqual([s.buttons, s.message, s.title, s.description, s.reason], [[], undefined, 'Organizations', undefined, undefined]);
  });

  it('signed out where the opened folder chose the server: the welcome text warns and offers the folder settings, still no message', () => {
    const s = seen(chromeOf({ kind: 'signedOut' }, "This folder's settings (.vscode/settings.json) point Losant Explorer at evil.example."));
    assert.match(s.welcome?.text[0] ?? '', /^This folder's settings \(\.vscode\/settings\.json\) point Losant Explorer at their own server/);
    assert.deepEqual(s.welcome?.buttons, ['Sign In', 'Set API Token', 'Open Folder Settings', 'Show Log']);
    assert.equal(s.message, undefined);
  });

  it('an API URL over plain HTTP to another machine: the insecure welcome with Open Settings, the reason for the log, only Refresh', () => {
    const check = checkApiUrl('http://losant.example.com');
    assert.ok(!check.ok);
    const chrome = chromeOf({ kind: 'badApiUrl', reason: check.reason, insecure: check.insecure === true });
    assert.deepEqual([chrome.state, chrome.detail], ['badApiUrl', 'insecure']);
    const s = seen(chrome);
    assert.match(s.welcome?.text[0] ?? '', /uses plain http:\/\/ to another machine/);
    assert.deepEqual(s.welcome?.buttons, ['Open Settings']);
    assert.deepEqual(s.buttons, ['Refresh Organizations']);
    assert.equal(
      s.reason,
      'Refusing to send the API token over plain HTTP to losant.example.com. Use https://, or http:// only for a server on this machine (localhost or 127.0.0.1).',
    );
    assert.deepEqual([s.message, s.title], [undefined, 'Organizations']);
  });

  it('an API URL that is no URL: the bad-URL welcome with Open Settings and Show Log', () => {
    const check = checkApiUrl('api.losant.com');
    assert.ok(!check.ok);
    const s = seen(chromeOf({ kind: 'badApiUrl', reason: check.reason, insecure: false }));
    assert.match(s.welcome?.text[0] ?? '', /is not a usable URL/);
    assert.deepEqual(s.welcome?.buttons, ['Open Settings', 'Show Log']);
    assert.equal(s.reason, 'The Losant API URL "api.losant.com" is not a valid URL. Use a full URL such as https://api.losant.com.');
  });

  it('a token that expired: the expired welcome with Sign In and Sign Out, and Losant’s answer for the log', () => {
    const chrome = chromeOf({ kind: 'tokenRejected', expired: true, error: rejected });
    assert.deepEqual([chrome.state, chrome.detail], ['tokenRejected', 'expired']);
    const s = seen(chrome);
    assert.match(s.welcome?.text[0] ?? '', /^The stored Losant API token has expired\./);
    assert.deepEqual(s.welcome?.buttons, ['Sign In', 'Sign Out']);
    assert.equal(s.reason, 'Losant rejected the token: Access token has expired');
    assert.deepEqual([s.buttons, s.message], [['Refresh Organizations'], undefined]);
  });

  it('a token rejected before its time: the rejected welcome, which also offers Show Log', () => {
    const chrome = chromeOf({ kind: 'tokenRejected', expired: false, error: rejected });
    assert.equal(chrome.detail, '');
    const s = seen(chrome);
    assert.match(s.welcome?.text[0] ?? '', /^Losant rejected the stored API token as invalid/);
    assert.deepEqual(s.welcome?.buttons, ['Sign In', 'Sign Out', 'Show Log']);
  });

  it('a token without the scope to list: the forbidden welcome naming the scopes, and why for the log', () => {
    const s = seen(chromeOf({ kind: 'forbidden', error: forbidden }));
    assert.match(s.welcome?.text[0] ?? '', /lacks the scope to list organizations.*"all\.User\.read", "orgs\.get" or "all\.User"/);
    assert.equal(s.reason, 'The token lacks the scope to list organizations (Access is forbidden).');
  });

  it('a first load that failed: an error row (signed in), the title still names the account, a filter stays clearable', () => {
    const error = new LosantApiError({ kind: 'server', status: 500, message: 'Internal error' });
    const chrome = chromeOf({ kind: 'failed', error, filter: 'acme*', apiUrl: API_URL, account: ACCOUNT });
    assert.deepEqual([chrome.state, chrome.filtered], ['signedIn', true]);
    const s = seen(chrome);
    assert.equal(s.welcome, undefined);
    assert.deepEqual(s.buttons, ['Go to Organization…', 'Create Organization', 'Filter Organizations…', 'Clear Filter', 'Sort By…', 'Refresh Organizations']);
    assert.deepEqual([s.title, s.description, s.message, s.reason], [`Organizations — ${ACCOUNT} on api.losant.com`, undefined, undefined, undefined]);
  });

  it('Losant’s documented page (one of two): the count beside and in the title, whose and where; Create, Filter, Sort and Refresh', () => {
    const chrome = chromeOf(listed());
    assert.deepEqual([chrome.state, chrome.detail, chrome.filtered], ['signedIn', '', false]);
    const s = seen(chrome);
    assert.equal(s.welcome, undefined);
    assert.deepEqual(s.buttons, ['Go to Organization…', 'Create Organization', 'Filter Organizations…', 'Sort By…', 'Refresh Organizations']);
    assert.deepEqual([s.description, s.title, s.message], ['2 organizations', `Organizations (2) — ${ACCOUNT} on api.losant.com`, undefined]);
  });

  it('counts: "1 organization", and thousands grouped as the person’s locale groups them', () => {
    assert.equal(chromeOf(listed({ totalCount: 1, hasMore: false })).description, '1 organization');
    const many = chromeOf(listed({ totalCount: 1234 }));
    const n = new Intl.NumberFormat().format(1234);
    assert.deepEqual([many.description, many.title], [`${n} organizations`, `Organizations (${n}) — ${ACCOUNT} on api.losant.com`]);
  });

  it('an account whose name the token may not read: "Losant at" the host', () => {
    assert.equal(chromeOf(listed({ account: undefined })).title, 'Organizations (2) — Losant at api.losant.com');
  });

  it('under a filter: "Filter: x*" above the rows, "1 of 40 match" beside the title, "(1 of 40)" in it, and Clear Filter', () => {
    const chrome = chromeOf(listed({ filter: 'my*', totalCount: 1, unfilteredTotal: 40, hasMore: false }));
    assert.deepEqual([chrome.state, chrome.filtered], ['signedIn', true]);
    const s = seen(chrome);
    assert.deepEqual(s.buttons, ['Go to Organization…', 'Create Organization', 'Filter Organizations…', 'Clear Filter', 'Sort By…', 'Refresh Organizations']);
    assert.deepEqual([s.message, s.description, s.title], ['Filter: my*', '1 of 40 match', `Organizations (1 of 40) — ${ACCOUNT} on api.losant.com`]);
  });

  it('under a filter, without the total of all: "1 match"', () => {
    const chrome = chromeOf(listed({ filter: 'my*', totalCount: 1, hasMore: false }));
    assert.deepEqual([chrome.description, chrome.title], ['1 match', `Organizations (1) — ${ACCOUNT} on api.losant.com`]);
  });

  it('a filter that matches nothing: "No organizations match x*", "0 of 40 match"; no Sort By (nothing to sort), Clear Filter stays', () => {
    const chrome = chromeOf(listed({ filter: 'zeppelin*', organizations: [], totalCount: 0, unfilteredTotal: 40, hasMore: false }));
    assert.deepEqual([chrome.state, chrome.filtered], ['noMatch', true]);
    const s = seen(chrome);
    assert.equal(s.welcome, undefined);
    assert.deepEqual(s.buttons, ['Go to Organization…', 'Create Organization', 'Filter Organizations…', 'Clear Filter', 'Refresh Organizations']);
    assert.deepEqual(
      [s.message, s.description, s.title],
      ['No organizations match zeppelin*', '0 of 40 match', `Organizations (0 of 40) — ${ACCOUNT} on api.losant.com`],
    );
  });

  it('no organization at all: the empty welcome with Create Organization', () => {
    const chrome = chromeOf(listed({ organizations: [], totalCount: 0, hasMore: false }));
    assert.equal(chrome.state, 'empty');
    const s = seen(chrome);
    assert.deepEqual(s.welcome, { text: ['You are not a member of any Losant organization yet.'], buttons: ['Create Organization'] });
    assert.deepEqual(s.buttons, ['Create Organization', 'Refresh Organizations']);
    assert.equal(s.message, undefined);
  });

  it('organizations the API sent incomplete: the message says how many are not shown, after the filter', () => {
    const chrome = chromeOf(listed({ filter: 'my*', totalCount: 1, unfilteredTotal: 40, skipped: 3 }));
    assert.equal(chrome.message, 'Filter: my* 3 organizations sent incomplete by the API are not shown; the Losant log says why.');
  });

  it('the opened folder chose the server: its note leads the message above the rows, and a welcome state keeps no message', () => {
    const note = "This folder's settings (.vscode/settings.json) point Losant Explorer at 127.0.0.1:8080.";
    assert.equal(chromeOf(listed(), note).message, note);
    assert.equal(chromeOf(listed({ filter: 'my*', totalCount: 1, unfilteredTotal: 40 }), note).message, `${note} Filter: my*`);
    assert.equal(
      chromeOf(listed({ filter: 'zz*', organizations: [], totalCount: 0, unfilteredTotal: 40 }), note).message,
      `${note} No organizations match zz*`,
    );
    const empty = chromeOf(listed({ organizations: [], totalCount: 0, hasMore: false }), note);
    assert.deepEqual([empty.message, empty.apiUrlFromWorkspace], [undefined, true]);
  });

  it('while a read waits to be retried: why, with one full stop, and in how many seconds (at least one)', () => {
    const throttled = new LosantApiError({ kind: 'throttled', status: 429, message: 'Too many requests' });
    assert.equal(waitingMessage({ attempt: 1, delayMs: 2600, error: throttled }, render), 'Losant is throttling requests. Retrying in 3 s…');
    const lost = new LosantApiError({ kind: 'network', message: 'The connection was reset' });
    assert.equal(waitingMessage({ attempt: 2, delayMs: 200, error: lost }, render), 'The connection was reset. Retrying in 1 s…');
    const stopped = new LosantApiError({ kind: 'server', status: 503, message: 'Service unavailable.' });
    assert.equal(waitingMessage({ attempt: 1, delayMs: 5000, error: stopped }, render), 'Service unavailable. Retrying in 5 s…');
  });

  describe('from a real listing of the local server', () => {
    let server: FakeLosant;
    before(async () => {
      server = await startFakeLosant({ orgs: 130, seed: 7 });
    });
    after(() => server.close());

    async function settled(filter?: string): Promise<ListingState> {
      const client = new LosantClient({ apiUrl: server.url, token: server.tokens.all, retry: { retries: 0 } });
      const settings = { ...settingsFrom(() => undefined), apiUrl: server.url };
      const listing = new OrganizationsListing(
        () => Promise.resolve({ kind: 'ready', client, apiUrl: server.url, settings, account: { label: ACCOUNT, key: 'dana' } }),
        () => filter,
      );
      return listing.loaded();
    }

    it('a first page of 100 of 130: "130 organizations", the count, account and host in the title', async () => {
      const state = await settled();
      assert.ok(state.kind === 'listed' && state.listing.hasMore && state.listing.organizations.length === 100);
      const s = seen(chromeOf(state));
      const host = new URL(server.url).host;
      assert.deepEqual([s.description, s.title, s.message], ['130 organizations', `Organizations (130) — ${ACCOUNT} on ${host}`, undefined]);
    });

    it('filtered on the server: how many of all match, and the filter above the rows', async () => {
      const name = (server.organizations[17] as { name: string }).name;
      const glob = `${name.slice(0, 4)}*`;
      const state = await settled(glob);
      assert.ok(state.kind === 'listed');
      const matching = state.listing.totalCount;
      assert.ok(matching > 0 && matching < 130, `${glob} matches ${matching}`);
      const s = seen(chromeOf(state));
      assert.deepEqual([s.message, s.description], [`Filter: ${glob}`, `${matching} of 130 match`]);
      assert.ok(s.buttons.includes('Clear Filter'));
    });
  });
});
