// The local Losant server's Org resource (/orgs/{orgId}, its /invites and /member) against the
// contract (/work/shared/losant-orgs-api.md, "The Org resource"), over real HTTP. Every body it
// sends is checked against Losant's own schema for the route (serverCall.ts), and the scopes each
// route accepts against losant-rest's lib/api/org.js.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { startFakeLosant, type FakeLosant } from '../server/fakeLosant';
import { INVITE_TTL_MS } from '../server/invitations';
import { orgActionScopes, type OrgAction } from '../server/orgAccess';
import { seedOrganizations } from '../server/seed';
import { seedInvitations } from '../server/seedMembership';
import { COLLEAGUES, DEMO_USER, memberFor, type MemberRole } from '../server/users';
import { TWO_FACTOR_USER } from '../server/accounts';
import { LOSANT_REST_DIR } from './losantSchemas';
import { assertError, call, type CallOptions, type Reply } from './serverCall';

interface Member {
  userId: string;
  firstName: string;
  email: string;
  role: string;
  applicationRoles: unknown[];
  dashboardRoles: unknown[];
}
interface Org {
  id: string;
  name: string;
  description?: string;
  iconColor?: string;
  lastUpdated: string;
  members: Member[];
  summary: Record<string, unknown>;
  [field: string]: unknown;
}
interface Invite {
  id: string;
  email: string;
  role: string;
  inviteDate: string;
  ttl: number;
  hasExpired: boolean;
  applicationRoles: unknown[];
}

type Person = { id: string; firstName: string; lastName: string; email: string };

const [PRIYA, TOMAS, MEI, OLUSEGUN] = COLLEAGUES;
const NOBODY_ID = '0123456789abcdef01234567';

/** losant-rest's own list of the scopes that allow an action, from its documentation comment. */
function documentedScopes(action: OrgAction): string[] {
  const source = readFileSync(path.join(LOSANT_REST_DIR, 'lib', 'api', 'org.js'), 'utf8');
  const at = source.indexOf(`internals.${action} = function`);
  assert.ok(at > 0, `org.js has no ${action}`);
  const doc = source.slice(source.lastIndexOf('/**', at), at);
  const list = /following scopes:\s*\n\s*\*\s*(.+?)\.\s*\n/.exec(doc);
  assert.ok(list, `org.js documents no scopes for ${action}`);
  return list[1].split(',').map((s) => s.trim().replace(/^or\s+/, ''));
}

describe('The Org resource of the local Losant server', function () {
  let server: FakeLosant;
  let clock = Date.parse('2025-06-02T12:00:00.000Z');

  before(async function () {
    server = await startFakeLosant({ orgs: 25, seed: 42, now: () => new Date(clock) });
  });
  after(async function () {
    await server.close();
  });

  const tokenOf = (person: { id: string }, scope: string[] = ['all.User']): string => server.signToken({ scope, userId: person.id });

  /** A new organization with exactly these members (Dana first unless she is left out). */
  function addOrg(name: string, members: Array<[Person, MemberRole]>): string {
    return (server.addOrganization({ name, members: members.map(([p, role]) => memberFor(p, role)) }) as Org).id;
  }

  const as = (person: Person, options: CallOptions = {}): CallOptions => ({ token: tokenOf(person), ...options });
  const getOrg = async (id: string, person: Person = DEMO_USER): Promise<Org> => {
    const reply = await call(server, `/orgs/${id}`, as(person));
    assert.equal(reply.status, 200, reply.text);
    return reply.body as Org;
  };
  const invitesOf = async (id: string, person: Person = DEMO_USER): Promise<Invite[]> => {
    const reply = await call(server, `/orgs/${id}/invites`, as(person));
    assert.equal(reply.status, 200, reply.text);
    return reply.body as Invite[];
  };
  const rolesOf = (org: Org): Array<[string, string]> => org.members.map((m) => [m.firstName, m.role]);

  describe('GET /orgs/{orgId}', function () {
    it('answers the organization as GET /orgs lists it, with its members and their roles', async function () {
      const listed = (await call(server, '/orgs?perPage=3')).body as { items: Org[] };
      for (const item of listed.items) {
        const org = await getOrg(item.id);
        assert.deepEqual(org, item);
        assert.ok(org.members.length >= 1);
        for (const m of org.members) {
          assert.ok(['admin', 'edit', 'collaborate', 'view', 'none'].includes(m.role), m.role);
          assert.deepEqual([m.applicationRoles, m.dashboardRoles], [[], []]);
        }
      }
    });

    it('narrows the summary with summaryInclude and summaryExclude, as GET /orgs does', async function () {
      const id = (server.organizations[0] as Org).id;
      const included = (await call(server, `/orgs/${id}?summaryInclude=deviceCount,memberCount`)).body as Org;
      assert.deepEqual(Object.keys(included.summary).sort(), ['deviceCount', 'memberCount']);
      const excluded = (await call(server, `/orgs/${id}?summaryExclude=payloadCount`)).body as Org;
      assert.ok(!('payloadCount' in excluded.summary) && 'deviceCount' in excluded.summary);
    });

    it('shows it to every member whatever their role, and answers 404 to anyone else, as for an id that does not exist', async function () {
      const id = addOrg('Seen By Members', [
        [DEMO_USER, 'admin'],
        [PRIYA, 'none'],
        [TOMAS, 'view'],
      ]);
      assert.equal((await getOrg(id, PRIYA)).name, 'Seen By Members');
      assert.equal((await getOrg(id, TOMAS)).name, 'Seen By Members');
      assertError(await call(server, `/orgs/${id}`, as(MEI)), 404, 'NotFound', 'Organization was not found');
      assertError(await call(server, `/orgs/${NOBODY_ID}`), 404, 'NotFound', 'Organization was not found');
      assert.equal((await getOrg(id.toUpperCase())).id, id, 'ids are hexadecimal: either case finds it');
    });

    it('refuses a malformed id with 400, before it looks at the token', async function () {
      assertError(await call(server, '/orgs/not-an-id', { token: null }), 400, 'Validation', 'orgId pattern mismatch');
      assertError(await call(server, `/orgs/${NOBODY_ID}0`), 400, 'Validation', 'orgId pattern mismatch');
    });
  });

  describe('scopes', function () {
    const actions: OrgAction[] = ['get', 'patch', 'delete', 'pendingInvites', 'inviteMember', 'revokeInvite', 'modifyMember', 'removeMember'];

    it("accepts, for each action, exactly the scopes losant-rest's org.js documents", function () {
      for (const action of actions) assert.deepEqual([...orgActionScopes(action)].sort(), documentedScopes(action).sort(), action);
    });

    // An organization that does not exist: a scope that allows the action gets as far as 404, and
    // one that does not is stopped at 403, so nothing is changed either way.
    const requests: Record<OrgAction, [string, CallOptions]> = {
      get: [`/orgs/${NOBODY_ID}`, {}],
      patch: [`/orgs/${NOBODY_ID}`, { method: 'PATCH', json: { name: 'x' } }],
      delete: [`/orgs/${NOBODY_ID}`, { method: 'DELETE' }],
      pendingInvites: [`/orgs/${NOBODY_ID}/invites`, {}],
      inviteMember: [`/orgs/${NOBODY_ID}/invites`, { method: 'POST', json: { email: 'a@example.com', role: 'view' } }],
      revokeInvite: [`/orgs/${NOBODY_ID}/invites?inviteId=${NOBODY_ID}`, { method: 'DELETE' }],
      modifyMember: [`/orgs/${NOBODY_ID}/member`, { method: 'PATCH', json: { userId: NOBODY_ID, role: 'view' } }],
      removeMember: [`/orgs/${NOBODY_ID}/member?userId=${NOBODY_ID}`, { method: 'DELETE' }],
    };
    const candidates = [
      'all.User',
      'all.User.read',
      'all.Organization',
      'all.Organization.read',
      'org.*',
      'org.get',
      'org.patch',
      'orgs.*',
      'orgs.get',
      'all.User.bounded',
      'devices.get',
    ];
    for (const action of actions) {
      it(`${action}: a token without an allowing scope gets 403 Forbidden; its own scope, org.* and all.User get through`, async function () {
        const [url, options] = requests[action];
        for (const scope of [...candidates, `org.${action}`]) {
          const reply = await call(server, url, { ...options, token: tokenOf(DEMO_USER, [scope]) });
          if (orgActionScopes(action).includes(scope)) assertError(reply, 404, 'NotFound');
          else assertError(reply, 403, 'Forbidden', 'Access is forbidden');
        }
        assertError(await call(server, url, { ...options, token: null }), 403, 'Forbidden');
      });
    }
  });

  describe('roles', function () {
    it('only an administrator edits, deletes, invites, revokes, changes roles or removes others: every other role gets 403 and nothing changes', async function () {
      const id = addOrg('Admins Only', [
        [DEMO_USER, 'admin'],
        [PRIYA, 'edit'],
        [TOMAS, 'collaborate'],
        [MEI, 'view'],
        [OLUSEGUN, 'none'],
      ]);
      const invited = (await call(server, `/orgs/${id}/invites`, { method: 'POST', json: { email: 'x@example.com', role: 'view' } })).body as Invite[];
      const before = await getOrg(id);
      for (const person of [PRIYA, TOMAS, MEI, OLUSEGUN]) {
        const attempts: Array<[string, CallOptions]> = [
          [`/orgs/${id}`, { method: 'PATCH', json: { name: 'Taken Over' } }],
          [`/orgs/${id}`, { method: 'DELETE' }],
          [`/orgs/${id}/invites`, { method: 'POST', json: { email: 'friend@example.com', role: 'admin' } }],
          [`/orgs/${id}/invites?inviteId=${invited[0].id}`, { method: 'DELETE' }],
          [`/orgs/${id}/member`, { method: 'PATCH', json: { userId: person.id, role: 'admin' } }],
          [`/orgs/${id}/member?userId=${DEMO_USER.id}`, { method: 'DELETE' }],
        ];
        for (const [url, options] of attempts) assertError(await call(server, url, as(person, options)), 403, 'Forbidden', 'Access is forbidden');
      }
      assert.deepEqual(await getOrg(id), before);
      assert.deepEqual(await invitesOf(id), invited);
    });

    it('every member but a None member sees the pending invitations', async function () {
      const id = addOrg('Who Sees Invites', [
        [DEMO_USER, 'admin'],
        [PRIYA, 'edit'],
        [TOMAS, 'collaborate'],
        [MEI, 'view'],
        [OLUSEGUN, 'none'],
      ]);
      await call(server, `/orgs/${id}/invites`, { method: 'POST', json: { email: 'x@example.com', role: 'view' } });
      for (const person of [PRIYA, TOMAS, MEI])
        assert.deepEqual(
          (await invitesOf(id, person)).map((i) => i.email),
          ['x@example.com'],
        );
      assertError(await call(server, `/orgs/${id}/invites`, as(OLUSEGUN)), 403, 'Forbidden');
    });
  });

  describe('PATCH /orgs/{orgId}', function () {
    it('an administrator renames, describes and colours it: the answer, GET and the sorted list all show it, with a new lastUpdated', async function () {
      const id = addOrg('zz Before Rename', [
        [DEMO_USER, 'admin'],
        [PRIYA, 'view'],
      ]);
      clock += 60_000;
      const reply = await call(server, `/orgs/${id}`, { method: 'PATCH', json: { name: 'AAA Renamed', description: 'now described', iconColor: '#1E88E5' } });
      assert.equal(reply.status, 200, reply.text);
      const org = reply.body as Org;
      assert.deepEqual([org.name, org.description, org.iconColor], ['AAA Renamed', 'now described', '#1E88E5']);
      assert.equal(org.lastUpdated, new Date(clock).toISOString());
      assert.deepEqual(await getOrg(id), org);
      const first = (await call(server, '/orgs?perPage=1')).body as { items: Org[] };
      assert.equal(first.items[0].name, 'AAA Renamed', 'the sorted list moved it');
    });

    it('accepts a card token and keeps it nowhere; an empty patch is valid', async function () {
      const id = addOrg('Card Token', [[DEMO_USER, 'admin']]);
      const reply = await call(server, `/orgs/${id}`, { method: 'PATCH', json: { cardToken: 'tok_secret' } });
      assert.equal(reply.status, 200);
      assert.ok(!reply.text.includes('tok_secret'));
      assert.equal((await call(server, `/orgs/${id}`, { method: 'PATCH', json: {} })).status, 200);
    });

    for (const [label, body, message] of [
      ['an empty name', { name: '' }, 'organization.name has less length than allowed'],
      ['a 256-character name', { name: 'n'.repeat(256) }, 'organization.name has longer length than allowed'],
      ['a numeric name', { name: 5 }, 'organization.name is the wrong type'],
      ['a 32768-character description', { description: 'd'.repeat(32768) }, 'organization.description has longer length than allowed'],
      ['a 65-character icon colour', { iconColor: 'c'.repeat(65) }, 'organization.iconColor has longer length than allowed'],
      ['a malformed billing email', { billingEmail: 'billing' }, 'organization.billingEmail must be email format'],
      ['a property orgPatch does not have', { mfaMode: 'required' }, 'organization has additional properties'],
      ['an array', [{ name: 'x' }], 'organization is the wrong type'],
    ] as Array<[string, unknown, string]>) {
      it(`refuses ${label} with 400 "${message}" and changes nothing`, async function () {
        const id = addOrg('Validated Patch', [[DEMO_USER, 'admin']]);
        const before = await getOrg(id);
        assertError(await call(server, `/orgs/${id}`, { method: 'PATCH', json: body }), 400, 'Validation', message);
        assertError(await call(server, `/orgs/${id}`, { method: 'PATCH', json: body, token: null }), 400, 'Validation', message);
        assert.deepEqual(await getOrg(id), before);
      });
    }
  });

  describe('DELETE /orgs/{orgId}', function () {
    it('an administrator deletes it: {"success": true}, and then GET, its invitations and the list know it no more', async function () {
      const id = addOrg('To Be Deleted', [
        [DEMO_USER, 'admin'],
        [PRIYA, 'edit'],
      ]);
      await call(server, `/orgs/${id}/invites`, { method: 'POST', json: { email: 'late@example.com', role: 'view' } });
      const total = ((await call(server, '/orgs?perPage=1')).body as { totalCount: number }).totalCount;
      const reply = await call(server, `/orgs/${id}`, { method: 'DELETE' });
      assert.equal(reply.status, 200, reply.text);
      assert.deepEqual(reply.body, { success: true });
      assertError(await call(server, `/orgs/${id}`), 404, 'NotFound');
      assertError(await call(server, `/orgs/${id}/invites`), 404, 'NotFound');
      assertError(await call(server, `/orgs/${id}`, { method: 'DELETE' }), 404, 'NotFound');
      assert.equal(((await call(server, '/orgs?perPage=1')).body as { totalCount: number }).totalCount, total - 1);
    });
  });

  describe('invitations', function () {
    it('the seed has a pending and an expired invitation where Dana administers, and a pending one where she views', async function () {
      const found: Array<{ role: string; invites: Invite[] }> = [];
      for (const org of server.organizations as Org[]) {
        const role = org.members.find((m) => m.userId === DEMO_USER.id)?.role;
        if (role === undefined || role === 'none') continue;
        const invites = await invitesOf(org.id);
        if (invites.length > 0) found.push({ role, invites });
      }
      const admin = found.find((f) => f.role === 'admin');
      const viewer = found.find((f) => f.role === 'view');
      assert.ok(admin && viewer, JSON.stringify(found.map((f) => f.role)));
      assert.deepEqual(admin.invites.map((i) => i.hasExpired).sort(), [false, true]);
      assert.deepEqual(
        viewer.invites.map((i) => i.hasExpired),
        [false],
      );
      for (const i of [...admin.invites, ...viewer.invites]) assert.equal(i.ttl, 7 * 24 * 60 * 60 * 1000);
    });

    it('an administrator invites: the answer lists the new invitation, pending for seven days, then expired', async function () {
      const id = addOrg('Inviting', [[DEMO_USER, 'admin']]);
      const reply = await call(server, `/orgs/${id}/invites`, {
        method: 'POST',
        json: { email: 'new.hire@example.com', role: 'edit', applicationRoles: [{ resourceId: NOBODY_ID, role: 'view' }] },
      });
      assert.equal(reply.status, 200, reply.text);
      const [invite] = reply.body as Invite[];
      assert.match(invite.id, /^[0-9a-f]{24}$/);
      assert.deepEqual(
        [invite.email, invite.role, invite.inviteDate, invite.ttl, invite.hasExpired],
        ['new.hire@example.com', 'edit', new Date(clock).toISOString(), INVITE_TTL_MS, false],
      );
      assert.deepEqual(invite.applicationRoles, [{ resourceId: NOBODY_ID, role: 'view' }]);
      const sent = clock;
      try {
        clock = sent + INVITE_TTL_MS - 1;
        assert.equal((await invitesOf(id))[0].hasExpired, false);
        clock = sent + INVITE_TTL_MS;
        assert.equal((await invitesOf(id))[0].hasExpired, true);
      } finally {
        clock = sent;
      }
    });

    it('inviting the same address again (in any case) sends a fresh invitation in place of the old one', async function () {
      const id = addOrg('Invited Twice', [[DEMO_USER, 'admin']]);
      const [first] = (await call(server, `/orgs/${id}/invites`, { method: 'POST', json: { email: 'twice@example.com', role: 'view' } })).body as Invite[];
      clock += 3_600_000;
      const again = (await call(server, `/orgs/${id}/invites`, { method: 'POST', json: { email: 'TWICE@example.com', role: 'edit' } })).body as Invite[];
      assert.equal(again.length, 1);
      assert.notEqual(again[0].id, first.id);
      assert.deepEqual([again[0].email, again[0].role, again[0].inviteDate], ['TWICE@example.com', 'edit', new Date(clock).toISOString()]);
    });

    it("refuses to invite a member's address with 400", async function () {
      const id = addOrg('Already In', [
        [DEMO_USER, 'admin'],
        [PRIYA, 'view'],
      ]);
      assertError(
        await call(server, `/orgs/${id}/invites`, { method: 'POST', json: { email: PRIYA.email.toUpperCase(), role: 'edit' } }),
        400,
        'Validation',
        'User is already a member of this organization',
      );
      assert.deepEqual(await invitesOf(id), []);
    });

    for (const [label, body, message] of [
      ['no email', { role: 'view' }, 'invite.email is required'],
      ['no role', { email: 'a@example.com' }, 'invite.role is required'],
      ['a role Losant does not have', { email: 'a@example.com', role: 'owner' }, 'invite.role must be an enum value'],
      ['a malformed email', { email: 'a@example', role: 'view' }, 'invite.email must be email format'],
      ['an email of 1025 characters', { email: `${'a'.repeat(1013)}@example.com`, role: 'view' }, 'invite.email has longer length than allowed'],
      ['another property', { email: 'a@example.com', role: 'view', name: 'A' }, 'invite has additional properties'],
      [
        'an application role without a proper id',
        { email: 'a@example.com', role: 'view', applicationRoles: [{ resourceId: 'x', role: 'view' }] },
        'invite.applicationRoles[0].resourceId pattern mismatch',
      ],
      [
        'an admin dashboard role',
        { email: 'a@example.com', role: 'view', dashboardRoles: [{ resourceId: NOBODY_ID, role: 'admin' }] },
        'invite.dashboardRoles[0].role must be an enum value',
      ],
    ] as Array<[string, unknown, string]>) {
      it(`refuses an invitation with ${label}: 400 "${message}"`, async function () {
        const id = addOrg('Validated Invite', [[DEMO_USER, 'admin']]);
        assertError(await call(server, `/orgs/${id}/invites`, { method: 'POST', json: body }), 400, 'Validation', message);
        assert.deepEqual(await invitesOf(id), []);
      });
    }

    it('an administrator revokes one: the answer lists the others; an unknown id is 404, a missing or malformed one 400', async function () {
      const id = addOrg('Revoking', [[DEMO_USER, 'admin']]);
      await call(server, `/orgs/${id}/invites`, { method: 'POST', json: { email: 'keep@example.com', role: 'view' } });
      const both = (await call(server, `/orgs/${id}/invites`, { method: 'POST', json: { email: 'drop@example.com', role: 'view' } })).body as Invite[];
      const drop = both.find((i) => i.email === 'drop@example.com')!;
      const reply = await call(server, `/orgs/${id}/invites?inviteId=${drop.id}`, { method: 'DELETE' });
      assert.deepEqual(
        (reply.body as Invite[]).map((i) => i.email),
        ['keep@example.com'],
      );
      assert.deepEqual(
        (await invitesOf(id)).map((i) => i.email),
        ['keep@example.com'],
      );
      assertError(await call(server, `/orgs/${id}/invites?inviteId=${drop.id}`, { method: 'DELETE' }), 404, 'NotFound', 'Invite was not found');
      assertError(await call(server, `/orgs/${id}/invites`, { method: 'DELETE' }), 400, 'Validation', 'inviteId is required');
      assertError(await call(server, `/orgs/${id}/invites?inviteId=nope`, { method: 'DELETE' }), 400, 'Validation', 'inviteId pattern mismatch');
    });
  });

  describe('PATCH /orgs/{orgId}/member', function () {
    const patchMember = (id: string, json: unknown, person: Person = DEMO_USER): Promise<Reply> =>
      call(server, `/orgs/${id}/member`, as(person, { method: 'PATCH', json }));

    it("an administrator changes a member's role: the answer and GET show it", async function () {
      const id = addOrg('Role Change', [
        [DEMO_USER, 'admin'],
        [PRIYA, 'view'],
      ]);
      const reply = await patchMember(id, { userId: PRIYA.id, role: 'edit' });
      assert.equal(reply.status, 200, reply.text);
      assert.deepEqual(rolesOf(reply.body as Org), [
        ['Dana', 'admin'],
        ['Priya', 'edit'],
      ]);
      assert.deepEqual(rolesOf(await getOrg(id)), [
        ['Dana', 'admin'],
        ['Priya', 'edit'],
      ]);
    });

    it('an administrator cannot change their own role, even beside another administrator; naming the role they have changes nothing', async function () {
      const id = addOrg('Own Role', [
        [DEMO_USER, 'admin'],
        [PRIYA, 'admin'],
      ]);
      assertError(await patchMember(id, { userId: DEMO_USER.id, role: 'view' }), 400, 'Validation', 'Administrators cannot change their own role');
      assert.equal((await patchMember(id, { userId: DEMO_USER.id, role: 'admin' })).status, 200);
      assert.deepEqual(rolesOf(await getOrg(id)), [
        ['Dana', 'admin'],
        ['Priya', 'admin'],
      ]);
    });

    it('an administrator demotes another administrator, since one remains', async function () {
      const id = addOrg('Two Admins', [
        [DEMO_USER, 'admin'],
        [PRIYA, 'admin'],
      ]);
      assert.deepEqual(rolesOf((await patchMember(id, { userId: PRIYA.id, role: 'collaborate' })).body as Org), [
        ['Dana', 'admin'],
        ['Priya', 'collaborate'],
      ]);
    });

    for (const [label, body, status, message] of [
      ['a user who is not a member', { userId: NOBODY_ID, role: 'view' }, 404, 'Member was not found'],
      ['no userId', { role: 'view' }, 400, 'member.userId is required'],
      ['a malformed userId', { userId: 'priya', role: 'view' }, 400, 'member.userId pattern mismatch'],
      ['a role Losant does not have', { userId: NOBODY_ID, role: 'owner' }, 400, 'member.role must be an enum value'],
      ['another property', { userId: NOBODY_ID, email: 'x@example.com' }, 400, 'member has additional properties'],
    ] as Array<[string, unknown, number, string]>) {
      it(`refuses ${label}: ${status} "${message}"`, async function () {
        const id = addOrg('Validated Member Patch', [
          [DEMO_USER, 'admin'],
          [PRIYA, 'view'],
        ]);
        assertError(await patchMember(id, body), status, status === 404 ? 'NotFound' : 'Validation', message);
        assert.deepEqual(rolesOf(await getOrg(id)), [
          ['Dana', 'admin'],
          ['Priya', 'view'],
        ]);
      });
    }
  });

  describe('DELETE /orgs/{orgId}/member', function () {
    const remove = (id: string, userId: string, person: Person = DEMO_USER): Promise<Reply> =>
      call(server, `/orgs/${id}/member?userId=${userId}`, as(person, { method: 'DELETE' }));

    it('an administrator removes a member: the answer lists the others, with the member count', async function () {
      const id = addOrg('Removing', [
        [DEMO_USER, 'admin'],
        [PRIYA, 'view'],
        [TOMAS, 'edit'],
      ]);
      const org = (await remove(id, PRIYA.id)).body as Org;
      assert.deepEqual(rolesOf(org), [
        ['Dana', 'admin'],
        ['Tomás', 'edit'],
      ]);
      assert.equal(org.summary.memberCount, 2);
      assertError(await call(server, `/orgs/${id}`, as(PRIYA)), 404, 'NotFound');
    });

    it('a viewer leaves (removes themselves), after which the organization is 404 to them; they cannot remove anyone else', async function () {
      const id = addOrg('Leaving', [
        [DEMO_USER, 'admin'],
        [PRIYA, 'view'],
        [TOMAS, 'view'],
      ]);
      assertError(await remove(id, TOMAS.id, PRIYA), 403, 'Forbidden');
      const reply = await remove(id, PRIYA.id, PRIYA);
      assert.equal(reply.status, 200, reply.text);
      assert.deepEqual(rolesOf(reply.body as Org), [
        ['Dana', 'admin'],
        ['Tomás', 'view'],
      ]);
      assertError(await call(server, `/orgs/${id}`, as(PRIYA)), 404, 'NotFound', 'Organization was not found');
    });

    it('the only administrator cannot leave (400); beside a second administrator they can', async function () {
      const id = addOrg('Last Admin', [
        [DEMO_USER, 'admin'],
        [PRIYA, 'edit'],
      ]);
      assertError(await remove(id, DEMO_USER.id), 400, 'Validation', 'An organization must have at least one administrator');
      assert.deepEqual(rolesOf(await getOrg(id)), [
        ['Dana', 'admin'],
        ['Priya', 'edit'],
      ]);
      await call(server, `/orgs/${id}/member`, { method: 'PATCH', json: { userId: PRIYA.id, role: 'admin' } });
      assert.deepEqual(rolesOf((await remove(id, DEMO_USER.id)).body as Org), [['Priya', 'admin']]);
    });

    it('refuses a user who is not a member (404), and a missing or malformed userId (400)', async function () {
      const id = addOrg('Validated Removal', [[DEMO_USER, 'admin']]);
      assertError(await remove(id, NOBODY_ID), 404, 'NotFound', 'Member was not found');
      assertError(await call(server, `/orgs/${id}/member`, { method: 'DELETE' }), 400, 'Validation', 'userId is required');
      assertError(await remove(id, 'dana'), 400, 'Validation', 'userId pattern mismatch');
    });
  });

  describe('routing', function () {
    it('answers 405 naming the methods of an Org resource path, and 404 for a path it does not have', async function () {
      const reply = await call(server, `/orgs/${NOBODY_ID}`, { method: 'PUT', json: {} });
      assertError(reply, 405, 'MethodNotAllowed', 'PUT is not allowed');
      assert.equal(reply.headers.get('allow'), 'GET, PATCH, DELETE');
      assertError(await call(server, `/orgs/${NOBODY_ID}/member`), 405, 'MethodNotAllowed', 'GET is not allowed');
      assertError(await call(server, `/orgs/${NOBODY_ID}/members`), 404, 'NotFound');
    });
  });

  describe('seeded members', function () {
    for (const [count, seed] of [
      [25, 42],
      [40, 42],
      [25, 7],
    ]) {
      it(`${count} organizations of seed ${seed}: each keeps an administrator; Dana administers some and views others, which Tomasz Wójcik administers`, function () {
        const orgs = seedOrganizations(count, seed);
        const roleIn = (o: (typeof orgs)[number], id: string): string | undefined => o.members.find((m) => m.userId === id)?.role;
        for (const o of orgs) {
          assert.ok(
            o.members.some((m) => m.role === 'admin'),
            o.name,
          );
          assert.equal(o.summary.memberCount, o.members.length);
        }
        assert.ok(orgs.some((o) => roleIn(o, DEMO_USER.id) === 'admin' && o.members.length >= 4));
        assert.ok(orgs.some((o) => roleIn(o, DEMO_USER.id) === 'view' && roleIn(o, TWO_FACTOR_USER.id) === 'admin' && o.members.length >= 3));
        const invites = seedInvitations(orgs, new Date(clock));
        assert.equal(invites.size, 2);
        for (const [orgId, list] of invites) {
          const org = orgs.find((o) => o.id === orgId)!;
          assert.ok(
            list.every((i) => !org.members.some((m) => m.email === i.email)),
            'invites no member',
          );
        }
      });
    }
  });
});
