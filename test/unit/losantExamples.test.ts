// Losant's documented examples (losant-rest's docs/_schemas.md, kept in test/fixtures/losant/) as
// fixtures: the client is tested on Losant's own data, not only on what the local server makes,
// so a misreading of the contract shared by the two cannot pass unnoticed.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { LosantClient, payloadTotals } from '../../src/losant';
import { parseCreatedOrganization, parseOrganizationsPage } from '../../src/losant/parseOrganizations';
import orgExample from '../fixtures/losant/org.json';
import orgsExample from '../fixtures/losant/orgs.json';
import payloadCountsExample from '../fixtures/losant/payloadCounts.json';
import { startFakeLosant, type FakeLosant } from '../server/fakeLosant';
import { assertLosantSchema, LOSANT_REST_DIR, schemaProblems } from './losantSchemas';

/** The JSON example of a section ("## Title") of losant-rest's docs/_schemas.md. */
function documentedExample(title: string): unknown {
  const md = readFileSync(path.join(LOSANT_REST_DIR, 'docs', '_schemas.md'), 'utf8');
  const section = md.indexOf(`\n## ${title}\n`);
  assert.ok(section >= 0, `no section "${title}" in docs/_schemas.md`);
  const block = /-example"><\/a> Example\s+```json\n([\s\S]*?)\n```/.exec(md.slice(section));
  assert.ok(block, `no example in section "${title}"`);
  return JSON.parse(block[1]);
}

/** The parsers may drop or fill fields in place, so each test gets its own copy. */
const copy = <T>(value: T): T => structuredClone(value);

const EXAMPLES = [
  { file: 'orgs.json', title: 'Organizations', schema: 'orgs', data: orgsExample },
  { file: 'org.json', title: 'Organization', schema: 'org', data: orgExample },
  { file: 'payloadCounts.json', title: 'Payload Counts', schema: 'payloadCounts', data: payloadCountsExample },
];

describe("Losant's documented examples", () => {
  for (const { file, title, schema, data } of EXAMPLES) {
    it(`test/fixtures/losant/${file} is the "${title}" example, verbatim, and matches ${schema}.json`, () => {
      assert.deepEqual(data, documentedExample(title));
      assertLosantSchema(schema, data, `the "${title}" example`);
    });
  }

  it('an org whose summary.payloadCount is the Payload Counts example matches org.json, a flat map of numbers does not', () => {
    assertLosantSchema('org', { ...orgExample, summary: { ...orgExample.summary, payloadCount: payloadCountsExample } }, 'the example org with payload counts');
    // The shape the local server used to send, which the details view then read as numbers.
    const flat = { ...orgExample, summary: { payloadCount: { total: 1364, mqttIn: 1244, mqttOut: 120 } } };
    assert.deepEqual(schemaProblems('org', flat), ['/summary/payloadCount/mqttOut must be object', '/summary/payloadCount/mqttIn must be object']);
  });

  describe('the client parses them', () => {
    it('the Organizations example as a page: its one organization of two, nothing skipped', () => {
      const page = parseOrganizationsPage(copy(orgsExample));
      assert.deepEqual(page.items, orgsExample.items);
      assert.deepEqual(
        [page.count, page.totalCount, page.perPage, page.page, page.sortField, page.sortDirection, page.filterField, page.filter],
        [1, 2, 1, 0, 'name', 'asc', undefined, undefined],
      );
      assert.deepEqual(page.skipped, []);
    });

    it('the Organization example as a created organization, every field kept', () => {
      const org = parseCreatedOrganization(copy(orgExample));
      assert.equal(org.id, '575ed6e87ae143cd83dc4aa8');
      assert.equal(org.summary?.memberCount, undefined, 'the example has no memberCount: the view counts members instead');
      assert.deepEqual(org, orgExample);
    });

    it('the Payload Counts example: the total over every type and source, and the totals by type, largest first', () => {
      assert.deepEqual(payloadTotals(copy(payloadCountsExample)), {
        total: 19772 + 5215 + 1244049 + 12 + 1713284 + 1016 + 1016,
        byType: [
          { type: 'webhook', count: 1713284 },
          { type: 'deviceState', count: 1249264 },
          { type: 'timer', count: 19772 },
          { type: 'deviceConnect', count: 1016 },
          { type: 'deviceDisconnect', count: 1016 },
          { type: 'mqttOut', count: 12 },
        ],
      });
    });
  });

  describe('the client receives them over HTTP', () => {
    let server: FakeLosant;
    let client: LosantClient;

    before(async () => {
      server = await startFakeLosant({ orgs: 3 });
      client = new LosantClient({ apiUrl: server.url, token: server.tokens.all, retry: { retries: 0 } });
    });
    after(() => server.close());

    it('GET /orgs answering the Organizations example lists its organization with the total of two', async () => {
      server.setFault({ kind: 'replaceBody', method: 'GET', path: '/orgs', body: orgsExample });
      const page = await client.listOrganizations({ perPage: 1 });
      assert.deepEqual(page.items, orgsExample.items);
      assert.equal(page.totalCount, 2);
      assert.deepEqual(page.skipped, []);
    });

    it('POST /orgs answering the Organization example returns it as the created organization', async () => {
      server.setFault({ kind: 'replaceBody', method: 'POST', path: '/orgs', body: orgExample });
      const created = await client.createOrganization({ name: 'My Organization', description: 'My organization description' });
      assert.deepEqual(created, orgExample);
    });
  });
});
