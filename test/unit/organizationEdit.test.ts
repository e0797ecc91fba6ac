// Editing an organization below VS Code (shared by Edit Organization and the agent's update tool):
// what changed and the body sent, the checks, the single PATCH and the look at the organization
// after a lost answer, against the local Losant server over real HTTP; and the get tool's members
// and pending invitations.
import * as assert from 'node:assert/strict';
import { LosantClient, render, type ListedOrganization, type LosantApiError, type Text } from '../../src/losant';
import {
  asListed,
  checkEditedIconColor,
  checkEditedName,
  descriptionFromBox,
  descriptionInBox,
  editableValues,
  editMayMove,
  planEdit,
  updateOrganizationOnce,
  updateRequest,
  type EditableValues,
} from '../../src/model/organizationEdit';
import { lookupData, lookUpOrganization } from '../../src/model/organizationLookup';
import { REQUESTED_SCOPES } from '../../src/model/signInFlow';
import { startFakeLosant, type FakeLosant, type Organization } from '../server/fakeLosant';
import { DEMO_USER } from '../server/users';

const describeError = (e: LosantApiError): string => render(e.text);
const current: EditableValues = { name: 'Berlin Pilot', description: 'Line one\r\nline two', iconColor: '#1E88E5' };

function problemOf(result: { kind: string; problem?: Text } | { problem: Text } | object): string {
  assert.ok('problem' in result && result.problem, `expected a problem, got ${JSON.stringify(result)}`);
  return render(result.problem as Text);
}

describe('editing an organization below VS Code', () => {
  describe('what is sent', () => {
    it('sends only the fields that changed, the name trimmed, with each value before and after', () => {
      assert.deepEqual(planEdit(current, { ...current, name: '  Berlin Pilot 2 ' }), {
        kind: 'patch',
        patch: { name: 'Berlin Pilot 2' },
        changes: [{ field: 'name', before: 'Berlin Pilot', after: 'Berlin Pilot 2' }],
      });
      assert.deepEqual(planEdit(current, { description: '', iconColor: '#43a047' }), {
        kind: 'patch',
        patch: { description: '', iconColor: '#43a047' },
        changes: [
          { field: 'description', before: 'Line one\r\nline two', after: '' },
          { field: 'iconColor', before: '#1E88E5', after: '#43a047' },
        ],
      });
    });

    it('sends nothing when nothing changed, a name with only spaces added included', () => {
      assert.deepEqual(planEdit(current, { ...current }), { kind: 'unchanged' });
      assert.deepEqual(planEdit(current, { name: ' Berlin Pilot ' }), { kind: 'unchanged' });
      assert.deepEqual(planEdit(current, {}), { kind: 'unchanged' });
    });

    it('refuses what Create refuses in a new name or description, and an icon color the view cannot draw', () => {
      assert.match(problemOf(planEdit(current, { name: '  ' })), /Enter a name/);
      assert.match(problemOf(planEdit(current, { name: 'Tab\there' })), /control characters/);
      assert.match(problemOf(planEdit(current, { name: 'Invoice\u202egpj.exe' })), /U\+202E/);
      assert.match(problemOf(planEdit(current, { description: 'd'.repeat(32768) })), /32768 characters/);
      for (const bad of ['red', '#12', '#1234567', 'rgb(0,0,0)', `#${'a'.repeat(64)}`])
        assert.match(problemOf(planEdit(current, { iconColor: bad })), /hex color/, bad);
      for (const good of ['#abc', '#abcd', '#A1B2C3', '#a1b2c3d4', '']) assert.equal(planEdit(current, { iconColor: good }).kind, 'patch', good);
    });

    it('lets a value Losant already holds stand, even one Create would refuse: it is not sent', () => {
      const odd: EditableValues = { name: 'Legacy\u200bName', description: '', iconColor: 'rebeccapurple' };
      assert.equal(checkEditedName(odd.name, odd.name), undefined);
      assert.equal(checkEditedIconColor(odd.iconColor, odd.iconColor), undefined);
      assert.deepEqual(planEdit(odd, { ...odd, description: 'Now described' }), {
        kind: 'patch',
        patch: { description: 'Now described' },
        changes: [{ field: 'description', before: '', after: 'Now described' }],
      });
    });

    it('shows line breaks in the one-line description box as ↵, and reads them back; an untouched box keeps the original exactly', () => {
      assert.equal(descriptionInBox('a\r\nb\nc\rd'), 'a↵b↵c↵d');
      assert.equal(descriptionFromBox('a↵b↵c↵d', 'a\r\nb\nc\rd'), 'a\r\nb\nc\rd', 'untouched: \\r\\n and \\r kept, nothing changed');
      assert.equal(descriptionFromBox('a↵b↵new', 'a\r\nb'), 'a\nb\nnew');
      assert.deepEqual(planEdit(current, { description: descriptionFromBox(descriptionInBox(current.description), current.description) }), {
        kind: 'unchanged',
      });
    });

    it('reads the update tool’s input: an id, and only the fields given (empty clears, null leaves as it is)', () => {
      assert.deepEqual(updateRequest({ orgId: ' 0123456789ABCDEF01234567 ', name: 'New', description: '', iconColor: null }), {
        request: { orgId: '0123456789abcdef01234567', values: { name: 'New', description: '' } },
      });
      assert.match(problemOf(updateRequest({ name: 'New' })), /"orgId" must be a Losant organization ID/);
      assert.match(problemOf(updateRequest({ orgId: 'x', name: 'New' })), /"orgId"/);
      assert.match(problemOf(updateRequest({ orgId: '0123456789abcdef01234567' })), /at least one of "name", "description" and "iconColor"/);
      assert.match(problemOf(updateRequest({ orgId: '0123456789abcdef01234567', name: 7 })), /"name" must be a string/);
      assert.match(problemOf(updateRequest([])), /must be an object/);
    });

    it('moves a row only when the sort may have changed: a new name sorted by name, any edit sorted by last update', () => {
      const name = [{ field: 'name' as const, before: 'a', after: 'b' }];
      const color = [{ field: 'iconColor' as const, before: '', after: '#abc' }];
      assert.equal(editMayMove('name', name), true);
      assert.equal(editMayMove('name', color), false);
      assert.equal(editMayMove('lastUpdated', color), true);
      assert.equal(editMayMove('creationDate', name), false);
      assert.equal(editMayMove('id', name), false);
    });

    it('leaves payload counts out of the answer when the listing left them out', () => {
      const answered = { id: 'a', name: 'A', summary: { deviceCount: 2, payloadCount: { mqttIn: { device: 3 } } } } as ListedOrganization;
      assert.deepEqual(asListed(answered, { id: 'a', name: 'A', summary: { deviceCount: 1 } }).summary, { deviceCount: 2 });
      assert.deepEqual(asListed(answered, { id: 'a', name: 'A', summary: { deviceCount: 1, payloadCount: {} } }).summary, answered.summary);
    });
  });

  describe('against the local Losant server', () => {
    let server: FakeLosant;
    let client: LosantClient;
    let admin: Organization;
    let viewer: Organization;

    const role = (o: Organization) => o.members.find((m) => m.userId === DEMO_USER.id)?.role;
    const patches = () => server.requests.filter((r) => r.method === 'PATCH').map((r) => r.body);
    const clientWith = (scope: string[]) =>
      new LosantClient({ apiUrl: server.url, token: server.signToken({ scope }), retry: { retries: 0 }, timeoutMs: 2000 });

    before(async () => {
      server = await startFakeLosant({ orgs: 12, seed: 4 });
      client = new LosantClient({ apiUrl: server.url, token: server.tokens.all, retry: { retries: 0 }, timeoutMs: 2000 });
      const orgs = server.organizations as Organization[];
      admin = orgs.find((o) => role(o) === 'admin' && o.members.length > 1)!;
      viewer = orgs.find((o) => role(o) === 'view')!;
      assert.ok(admin && viewer, 'the seed has an organization Dana administers and one she views');
    });
    after(() => server.close());
    beforeEach(() => {
      server.setFault(undefined);
      server.clearRequests();
    });

    it('sends one PATCH with only the changed fields and returns the organization Losant answers', async () => {
      const outcome = await updateOrganizationOnce(client, admin.id, { name: 'Edited Once', iconColor: '#43a047' }, { describe: describeError });
      assert.equal(outcome.kind, 'updated');
      assert.deepEqual(patches(), [{ name: 'Edited Once', iconColor: '#43a047' }]);
      assert.equal(outcome.kind === 'updated' && outcome.org.name, 'Edited Once');
      assert.deepEqual([admin.name, admin.iconColor], ['Edited Once', '#43a047']);
    });

    it('passes Losant’s refusals on: 400 with its message, 403 for a viewer, 404 as gone', async () => {
      server.setFault({
        kind: 'status',
        status: 400,
        method: 'PATCH',
        body: { type: 'Validation', message: 'organization.name is not allowed here' },
        times: 1,
      });
      const refused = await updateOrganizationOnce(client, admin.id, { name: 'Refused' }, { describe: describeError });
      assert.equal(refused.kind, 'refused');
      assert.equal(refused.kind === 'refused' && refused.error.kind, 'validation');
      assert.match(refused.kind === 'refused' ? refused.reason : '', /organization\.name is not allowed here/);

      const forbidden = await updateOrganizationOnce(client, viewer.id, { name: 'Not Mine' }, { describe: describeError });
      assert.equal(forbidden.kind === 'refused' && forbidden.error.kind, 'forbidden');
      assert.notEqual(viewer.name, 'Not Mine');

      const gone = await updateOrganizationOnce(client, 'ffffffffffffffffffffffff', { name: 'Nowhere' }, { describe: describeError });
      assert.equal(gone.kind, 'gone');
    });

    it('a lost answer after Losant saved: reads the organization, finds every field sent, and says it was saved (once)', async () => {
      server.setFault({ kind: 'drop', when: 'afterAction', method: 'PATCH', times: 1 });
      const lost: string[] = [];
      const outcome = await updateOrganizationOnce(
        client,
        admin.id,
        { description: 'Saved behind a lost answer' },
        { describe: describeError, onLostAnswer: (r) => lost.push(r) },
      );
      assert.equal(outcome.kind, 'updatedDespiteLostAnswer');
      assert.equal(lost.length, 1);
      assert.deepEqual(
        server.requests.map((r) => [r.method, r.path]),
        [
          ['PATCH', `/orgs/${admin.id}`],
          ['GET', `/orgs/${admin.id}`],
        ],
        'one PATCH, then a look',
      );
    });

    it('a lost answer before Losant saved: not saved, safe to try again; and when the look fails too, unknown', async () => {
      server.setFault({ kind: 'drop', when: 'afterBody', method: 'PATCH', times: 1 });
      const notSaved = await updateOrganizationOnce(client, admin.id, { name: 'Never Saved' }, { describe: describeError });
      assert.equal(notSaved.kind, 'notUpdatedAfterLostAnswer');
      assert.notEqual(admin.name, 'Never Saved');

      server.setFault({ kind: 'drop', when: 'afterBody' });
      const unknown = await updateOrganizationOnce(client, admin.id, { name: 'Who Knows' }, { describe: describeError });
      assert.equal(unknown.kind, 'unknown');
    });

    it('a lost answer and only some of the fields as sent: it cannot tell, so it claims nothing', async () => {
      const before = admin.name;
      server.setFault({ kind: 'drop', when: 'afterBody', method: 'PATCH', times: 1 });
      // The description already is what is sent (someone else set it): only the name tells.
      admin.description = 'Same as sent';
      const outcome = await updateOrganizationOnce(client, admin.id, { name: `${before} renamed`, description: 'Same as sent' }, { describe: describeError });
      assert.equal(outcome.kind, 'unknown');
    });

    it('a token without org.get (signed in before org.get was asked for, plus org.patch) checks a lost answer in the list instead', async () => {
      const narrow = clientWith(['orgs.get', 'orgs.post', 'me.get', 'org.patch']);
      server.setFault({ kind: 'drop', when: 'afterAction', method: 'PATCH', times: 1 });
      const outcome = await updateOrganizationOnce(narrow, admin.id, { iconColor: '#8e24aa' }, { describe: describeError });
      assert.equal(outcome.kind, 'updatedDespiteLostAnswer');
      assert.ok(
        server.requests.some((r) => r.method === 'GET' && r.path === '/orgs' && r.query.sortField === 'id'),
        'looked for it in the list sorted by id',
      );
    });

    it('the get tool: each member’s name, email and role, and the pending invitations when the token may read them', async () => {
      const found = await lookUpOrganization(
        client,
        { by: 'id', id: admin.id },
        { perPage: 100, invitationsFor: { userId: DEMO_USER.id, scopes: ['all.User'] } },
      );
      const data = lookupData({ by: 'id', id: admin.id }, found) as {
        organizations: { members: { name: string; email: string; role: string }[]; pendingInvitations: { email: string; role: string }[] | string }[];
      };
      const [org] = data.organizations;
      assert.deepEqual(
        org.members.find((m) => m.email === DEMO_USER.email),
        { name: `${DEMO_USER.firstName} ${DEMO_USER.lastName}`, email: DEMO_USER.email, role: 'admin' },
      );
      assert.equal(org.members.length, admin.members.length);
      // The seed invites two people to the first organization Dana administers with colleagues: one pending, one expired.
      const pending = org.pendingInvitations as { email: string; role: string; invited: string }[];
      assert.deepEqual(
        pending.map((i) => [i.email, i.role]),
        [['ingrid.larsen@example.com', 'edit']],
      );
      assert.ok(!Number.isNaN(Date.parse(pending[0].invited)));

      server.clearRequests();
      const narrow = clientWith([...REQUESTED_SCOPES]);
      const withoutScope = await lookUpOrganization(
        narrow,
        { by: 'id', id: admin.id },
        { perPage: 100, invitationsFor: { userId: DEMO_USER.id, scopes: REQUESTED_SCOPES } },
      );
      const said = (lookupData({ by: 'id', id: admin.id }, withoutScope) as { organizations: { pendingInvitations: unknown }[] }).organizations[0]
        .pendingInvitations;
      assert.match(String(said), /lacks the scope org\.pendingInvites/);
      assert.ok(!server.requests.some((r) => r.path.endsWith('/invites')), 'nothing asked that the token may not read');
    });
  });

  it('starts an edit from the organization’s values (none for a missing description or color)', () => {
    assert.deepEqual(editableValues({ id: 'a', name: 'A' }), { name: 'A', description: '', iconColor: '' });
  });
});
