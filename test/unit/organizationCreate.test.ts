// Creating an organization below VS Code (shared by the command and the agent's tool): the checks,
// the single POST, and the look at the API after a lost answer, against the local Losant server.
import * as assert from 'node:assert/strict';
import { LosantClient, render, type LosantApiError, type Text } from '../../src/losant';
import { createOrganizationOnce, createRequest, organizationPost } from '../../src/model/organizationCreate';
import { startFakeLosant, type FakeLosant } from '../server/fakeLosant';

type Org = { id: string; name: string };

const describeError = (e: LosantApiError): string => render(e.text);

function problem(result: { problem: Text } | object): string {
  assert.ok('problem' in result, 'expected a problem');
  return render((result as { problem: Text }).problem);
}

describe('creating an organization below VS Code', () => {
  let server: FakeLosant;
  let client: LosantClient;

  before(async () => {
    server = await startFakeLosant({ orgs: 5, seed: 2 });
    client = new LosantClient({ apiUrl: server.url, token: server.tokens.all, retry: { retries: 0 }, timeoutMs: 2000 });
  });
  after(() => server.close());
  beforeEach(() => {
    server.setFault(undefined);
    server.clearRequests();
  });

  const posts = (): unknown[] => server.requests.filter((r) => r.method === 'POST').map((r) => r.body);
  const named = (name: string): Org[] => (server.organizations as Org[]).filter((o) => o.name === name);

  it('trims the name, leaves out a blank description and refuses what the form refuses', () => {
    assert.deepEqual(organizationPost({ name: '  Berlin Pilot ', description: '  ' }), { body: { name: 'Berlin Pilot' } });
    assert.deepEqual(organizationPost({ name: 'Berlin Pilot', description: ' Line one\nline two' }), {
      body: { name: 'Berlin Pilot', description: ' Line one\nline two' },
    });
    assert.match(problem(organizationPost({ name: ' ', description: '' })), /Enter a name/);
    assert.match(problem(organizationPost({ name: 'Tab\tName', description: '' })), /control characters/);
    assert.match(problem(organizationPost({ name: 'ok', description: 'd'.repeat(32768) })), /32768 characters/);
  });

  it('refuses a name with characters that do not show but change how it reads, naming them, and sends nothing', async () => {
    for (const [name, named] of [
      ['Invoice\u202egpj.exe', 'U+202E'],
      ['Zero\u200bwidth', 'U+200B'],
      ['Tagged\u{E0041}\u{E0042}', 'U+E0041, U+E0042'],
      ['\u2066Isolated\u2069', 'U+2066, U+2069'],
    ]) {
      assert.match(
        problem(organizationPost({ name, description: '' })),
        new RegExp(`do not show but change how it reads \\(${named.replace(/\+/g, '\\+')}\\)`),
        name,
      );
    }
    // Emoji sequences joined by U+200D are names like any other.
    assert.ok('body' in organizationPost({ name: 'Family 👨‍👩‍👧 Farms', description: '' }));
    assert.deepEqual(server.requests, []);
  });

  it('reads the tool’s input with the same checks', () => {
    assert.deepEqual(createRequest({ name: ' Berlin Pilot ', description: null }), { body: { name: 'Berlin Pilot' } });
    assert.match(problem(createRequest({ description: 'no name' })), /Enter a name/);
    assert.match(problem(createRequest({ name: 42 })), /"name" must be a string/);
    assert.match(problem(createRequest({ name: 'ok', description: ['x'] })), /"description" must be a string/);
    assert.match(problem(createRequest('Berlin Pilot')), /must be an object/);
  });

  it('sends one POST /orgs and returns the organization Losant made', async () => {
    const outcome = await createOrganizationOnce(client, { name: 'Unit Created Org', description: 'made here' }, { describe: describeError });
    assert.equal(outcome.kind, 'created');
    assert.deepEqual(posts(), [{ name: 'Unit Created Org', description: 'made here' }]);
    assert.equal(named('Unit Created Org').length, 1);
    assert.equal(outcome.kind === 'created' && outcome.org.id, named('Unit Created Org')[0].id);
  });

  it('passes the POST through the given wrapper (the command’s progress notification)', async () => {
    let wrapped = 0;
    const outcome = await createOrganizationOnce(client, { name: 'Wrapped Org' }, { describe: describeError, sending: (post) => (wrapped++, post()) });
    assert.equal(outcome.kind, 'created');
    assert.equal(wrapped, 1);
  });

  it('a refusal carries Losant’s reason and the error, and nothing is retried', async () => {
    server.setFault({
      kind: 'status',
      status: 400,
      method: 'POST',
      path: '/orgs',
      times: 1,
      body: { type: 'Validation', message: 'organization.name has longer length than allowed' },
    });
    const outcome = await createOrganizationOnce(client, { name: 'Refused Org' }, { describe: describeError });
    assert.equal(outcome.kind, 'refused');
    assert.ok(outcome.kind === 'refused');
    assert.equal(outcome.reason, 'organization.name has longer length than allowed');
    assert.equal(outcome.error.status, 400);
    assert.equal(posts().length, 1);
  });

  it('an answer lost after Losant made it: found by name, never sent twice', async () => {
    server.setFault({ kind: 'drop', when: 'afterAction', method: 'POST', path: '/orgs', times: 1 });
    const lost: string[] = [];
    const outcome = await createOrganizationOnce(client, { name: 'Lost * Answer?' }, { describe: describeError, onLostAnswer: (r) => lost.push(r) });
    assert.equal(outcome.kind, 'createdDespiteLostAnswer');
    assert.equal(lost.length, 1);
    assert.equal(posts().length, 1);
    assert.equal(named('Lost * Answer?').length, 1);
    assert.equal(server.requests.find((r) => r.method === 'GET')?.query.filter, 'Lost ? Answer?');
  });

  it('an answer lost before Losant made it: nothing made, and it says so', async () => {
    server.setFault({ kind: 'drop', when: 'afterBody', method: 'POST', path: '/orgs', times: 1 });
    const outcome = await createOrganizationOnce(client, { name: 'Never Made Org' }, { describe: describeError });
    assert.equal(outcome.kind, 'notCreatedAfterLostAnswer');
    assert.equal(named('Never Made Org').length, 0);
    assert.equal(posts().length, 1);
  });

  it('an answer lost and Losant unreachable after it: unknown, not retried', async () => {
    server.setFault({ kind: 'drop', when: 'afterBody', times: 2 });
    const outcome = await createOrganizationOnce(client, { name: 'Unknown Fate Org' }, { describe: describeError });
    assert.equal(outcome.kind, 'unknown');
    assert.equal(posts().length, 1);
  });
});
