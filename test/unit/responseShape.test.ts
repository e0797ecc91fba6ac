// Responses that are not what the contract says must give a clear error or skip the bad item,
// never a crash or a silently wrong tree.
import * as assert from 'node:assert/strict';
import { asLosantApiError, LosantApiError, parseRetryAfter } from '../../src/losant';
import { parseCreatedOrganization, parseOrganizationsPage } from '../../src/losant/parseOrganizations';
import { parseAuthedUser, parseUser } from '../../src/losant/parseUser';

describe('response shape checks', () => {
  it('keeps valid organizations and skips ones without an id or a name, saying why', () => {
    const page = parseOrganizationsPage({
      items: [
        { id: 'a'.repeat(24), name: 'Good' },
        { name: 'No id' },
        { id: 'b'.repeat(24) },
        { id: 'c'.repeat(24), name: 42 },
        null,
        { orgId: 'd'.repeat(24), name: 'Only orgId' },
      ],
      count: 6,
      totalCount: 6,
      perPage: 100,
      page: 0,
    });
    assert.deepEqual(
      page.items.map((o) => o.name),
      ['Good', 'Only orgId'],
    );
    assert.equal(page.items[1].id, 'd'.repeat(24));
    assert.equal(page.skipped.length, 4);
    assert.ok(page.skipped.some((s) => s.includes('has no name')));
  });

  it('drops optional fields of the wrong type instead of trusting them', () => {
    const page = parseOrganizationsPage({
      items: [{ id: 'a'.repeat(24), name: 'X', description: 7, creationDate: null, summary: 'lots', members: {}, isReadOnly: 'yes', extra: 1 }],
      totalCount: 1,
    });
    const org = page.items[0];
    assert.equal(org.description, undefined);
    assert.equal(org.creationDate, undefined);
    assert.equal(org.summary, undefined);
    assert.equal(org.members, undefined);
    assert.equal(org.isReadOnly, undefined);
    assert.equal(org.extra, 1, 'unknown fields are tolerated');
  });

  it('throws unexpectedResponse for a body that is not an organization list', () => {
    for (const body of [null, [], 'text', { items: 'no' }, { data: [] }, { items: [], totalCount: -1 }, { items: [], totalCount: '3' }]) {
      assert.throws(
        () => parseOrganizationsPage(body),
        (e: LosantApiError) => e.kind === 'unexpectedResponse',
        JSON.stringify(body),
      );
    }
  });

  it('derives counts that a page leaves out', () => {
    const page = parseOrganizationsPage({ items: [{ id: '1', name: 'a' }] });
    assert.equal(page.count, 1);
    assert.equal(page.totalCount, 1);
  });

  it('refuses a created organization without an id', () => {
    assert.throws(
      () => parseCreatedOrganization({ name: 'x' }),
      (e: LosantApiError) => e.kind === 'unexpectedResponse',
    );
  });

  it('reads Retry-After seconds, an HTTP date, or Losant\'s "Retry in N seconds"', () => {
    assert.equal(parseRetryAfter('7', undefined), 7);
    assert.equal(parseRetryAfter(new Date(Date.UTC(2030, 0, 1, 0, 0, 30)).toUTCString(), undefined, Date.UTC(2030, 0, 1)), 30);
    assert.equal(parseRetryAfter(null, 'Over rate limit, request throttled. Retry in 12 seconds'), 12);
    assert.equal(parseRetryAfter(null, 'Something else'), undefined);
  });

  it('words every unexpected response alike, whichever answer it was', () => {
    for (const parse of [() => parseOrganizationsPage(null), () => parseUser({}), () => parseAuthedUser({ userId: 'u' })]) {
      assert.throws(parse, (e: LosantApiError) => e.kind === 'unexpectedResponse' && /^The Losant API sent an unexpected response: .+\.$/.test(e.message));
    }
  });

  it('takes anything thrown that is not a LosantApiError as an unexpected response, keeping it as the cause', () => {
    const own = new LosantApiError({ kind: 'timeout', message: 'slow' });
    assert.equal(asLosantApiError(own), own, 'an error of the client passes as it is');
    const bug = new TypeError('x is undefined');
    const wrapped = asLosantApiError(bug);
    assert.deepEqual([wrapped.kind, wrapped.message, wrapped.cause], ['unexpectedResponse', 'TypeError: x is undefined', bug]);
    assert.equal(asLosantApiError('a string').message, 'a string');
  });
});
