// The client's Org resource calls (one organization: read, edit, delete, members, invitations)
// against the local Losant server, over real HTTP on 127.0.0.1. Each call is seen succeeding, and
// failing as a caller must tell apart: 400 (validation, with a status), 403 for a role and for a
// scope (forbidden), 404 (notFound), and input refused before anything is sent (validation, no status).
import * as assert from 'node:assert/strict';
import { LosantApiError, LosantClient, MAX_MEMBERS, type OrganizationDetail, type RetryPolicy } from '../../src/losant';
import { startFakeLosant, type FakeLosant } from '../server/fakeLosant';
import { INVITE_TTL_MS } from '../server/invitations';
import { COLLEAGUES, DEMO_USER, memberFor, type MemberRole } from '../server/users';
import { rejection } from './rejection';

type Person = { id: string; firstName: string; lastName: string; email: string };

const [PRIYA, TOMAS, MEI] = COLLEAGUES;
const NOBODY_ID = '0123456789abcdef01234567';
const MALFORMED_IDS = ['', 'abc', '../../orgs', 'g'.repeat(24), 'a'.repeat(25), `${NOBODY_ID}?x=1`];

describe('LosantClient: the Org resource', () => {
  let server: FakeLosant;
  let clock = Date.parse('2025-06-02T12:00:00.000Z');
  /** Dana, all.User: the administrator of most organizations here. */
  let dana: LosantClient;

  before(async () => {
    server = await startFakeLosant({ orgs: 3, now: () => new Date(clock) });
    dana = clientOf(DEMO_USER);
  });
  after(() => server.close());
  beforeEach(() => {
    server.setFault(undefined);
    server.clearRequests();
  });

  function clientOf(person: Person, scope: string[] = ['all.User'], retry: RetryPolicy = { retries: 0 }): LosantClient {
    return new LosantClient({ apiUrl: server.url, token: server.signToken({ scope, userId: person.id }), retry });
  }

  /** A new organization with exactly these members. */
  function addOrg(members: Array<[Person, MemberRole]>, name = 'Client Org'): string {
    return (server.addOrganization({ name, members: members.map(([p, role]) => memberFor(p, role)) }) as { id: string }).id;
  }

  const roles = (detail: OrganizationDetail): Array<[string | undefined, string | undefined]> => detail.members.map((m) => [m.firstName, m.role]);

  /** The call failed as the server answered: the kind a caller switches on, and the status. */
  async function failsWith(p: Promise<unknown>, kind: LosantApiError['kind'], status: number, message?: string): Promise<LosantApiError> {
    const e = await rejection(p);
    assert.equal(e.kind, kind, e.message);
    assert.equal(e.status, status);
    if (message !== undefined) assert.equal(e.message, message);
    return e;
  }

  /** The call was refused before any request: kind validation, no status, nothing reached the server. */
  async function refusedUnsent(p: Promise<unknown>, message?: RegExp): Promise<void> {
    server.clearRequests();
    const e = await rejection(p);
    assert.equal(e.kind, 'validation');
    assert.equal(e.status, undefined, 'nothing was sent, so there is no status');
    if (message) assert.match(e.message, message);
    assert.deepEqual(server.requests, [], 'nothing reached the server');
  }

  /** The server answers the next request to `path` with a 400 of its own, as an installation stricter than this one would. */
  function next400(method: string, path: string): void {
    server.setFault({ kind: 'status', status: 400, method, path, times: 1, body: { type: 'Validation', message: 'request is malformed' } });
  }

  describe('getOrganization', () => {
    it('reads the organization with its members as a checked, typed list', async () => {
      const id = addOrg(
        [
          [DEMO_USER, 'admin'],
          [PRIYA, 'view'],
          [TOMAS, 'none'],
        ],
        'Read Me',
      );
      const detail = await dana.getOrganization(id);
      assert.equal(detail.organization.id, id);
      assert.equal(detail.organization.name, 'Read Me');
      assert.deepEqual(roles(detail), [
        ['Dana', 'admin'],
        ['Priya', 'view'],
        ['Tomás', 'none'],
      ]);
      assert.deepEqual(detail.members[1], {
        userId: PRIYA.id,
        role: 'view',
        firstName: 'Priya',
        lastName: 'Natarajan',
        email: PRIYA.email,
        avatarUrl: detail.members[1].avatarUrl,
        applicationRoles: [],
        dashboardRoles: [],
      });
      assert.match(detail.members[1].avatarUrl ?? '', /^https:\/\/www\.gravatar\.com\//);
      assert.deepEqual([detail.skippedMembers, detail.extraMembers], [[], 0]);
      assert.equal(detail.organization.members, detail.members, 'the organization carries the checked list');
      const req = server.requests[0];
      assert.deepEqual([req.method, req.path, req.query._links], ['GET', `/orgs/${id}`, 'true']);
    });

    it('sends summaryInclude and summaryExclude', async () => {
      const id = addOrg([[DEMO_USER, 'admin']]);
      const detail = await dana.getOrganization(id, { summaryInclude: ['deviceCount', 'memberCount'] });
      assert.deepEqual(Object.keys(detail.organization.summary ?? {}).sort(), ['deviceCount', 'memberCount']);
      await dana.getOrganization(id, { summaryExclude: ['payloadCount'] });
      assert.equal(server.requests[1].query.summaryExclude, 'payloadCount');
    });

    it('404 notFound for an organization that does not exist, and for one the user is not a member of', async () => {
      await failsWith(dana.getOrganization(NOBODY_ID), 'notFound', 404, 'Organization was not found');
      const id = addOrg([[PRIYA, 'admin']]);
      await failsWith(dana.getOrganization(id), 'notFound', 404, 'Organization was not found');
    });

    it('403 forbidden for a token without a scope that reads it (orgs.get lists organizations, it does not read one)', async () => {
      const id = addOrg([[DEMO_USER, 'admin']]);
      await failsWith(clientOf(DEMO_USER, ['orgs.get']).getOrganization(id), 'forbidden', 403, 'Access is forbidden');
      assert.equal((await clientOf(DEMO_USER, ['org.get']).getOrganization(id)).organization.id, id);
      assert.equal(
        (
          await clientOf(PRIYA).getOrganization(
            addOrg([
              [DEMO_USER, 'admin'],
              [PRIYA, 'none'],
            ]),
          )
        ).members.length,
        2,
        'every role reads it, None too',
      );
    });

    it("400 validation with the server's message and status", async () => {
      const id = addOrg([[DEMO_USER, 'admin']]);
      next400('GET', `/orgs/${id}`);
      await failsWith(dana.getOrganization(id), 'validation', 400, 'request is malformed');
    });

    it('refuses a malformed id before sending anything', async () => {
      for (const id of MALFORMED_IDS) await refusedUnsent(dana.getOrganization(id), /organization ID is 24 hexadecimal characters/);
    });

    it('is a read: retried after a 503', async () => {
      const id = addOrg([[DEMO_USER, 'admin']]);
      server.setFault({ kind: 'status', status: 503, path: `/orgs/${id}`, times: 1 });
      assert.equal((await clientOf(DEMO_USER, ['all.User'], { retries: 1, baseDelayMs: 1 }).getOrganization(id)).organization.id, id);
      assert.deepEqual(
        server.requests.map((r) => r.status),
        [503, 200],
      );
    });

    it("keeps only members it can act on, and only their fields that are what Losant's schema says", async () => {
      const id = addOrg([[DEMO_USER, 'admin']]);
      const good = { userId: PRIYA.id, role: 'view', firstName: 'Priya' };
      const odd = {
        userId: TOMAS.id,
        role: 'owner',
        firstName: 5,
        email: `${'a'.repeat(1100)}@example.com`,
        avatarUrl: 'javascript:alert(1)',
        applicationRoles: [
          { resourceId: 'bad', role: 'view' },
          { resourceId: NOBODY_ID, role: 'view' },
          { resourceId: NOBODY_ID, role: 'admin' },
        ],
        dashboardRoles: 'all',
      };
      server.setFault({
        kind: 'replaceBody',
        method: 'GET',
        body: { id, name: 'Odd Members', members: [good, null, { userId: 'not-an-id', role: 'admin' }, odd] },
      });
      const detail = await dana.getOrganization(id);
      assert.deepEqual(detail.members, [
        { userId: PRIYA.id, role: 'view', firstName: 'Priya', applicationRoles: [], dashboardRoles: [] },
        { userId: TOMAS.id, applicationRoles: [{ resourceId: NOBODY_ID, role: 'view' }], dashboardRoles: [] },
      ]);
      assert.deepEqual(detail.skippedMembers, ['a member is not an object', 'a member has no usable user id']);
    });

    it(`keeps at most ${MAX_MEMBERS} members and counts the rest`, async () => {
      const id = addOrg([[DEMO_USER, 'admin']]);
      const members = Array.from({ length: MAX_MEMBERS + 2 }, (_, i) => ({ userId: i.toString(16).padStart(24, '0'), role: 'view' }));
      server.setFault({ kind: 'replaceBody', method: 'GET', body: { id, name: 'Crowded', members } });
      const detail = await dana.getOrganization(id);
      assert.equal(detail.members.length, MAX_MEMBERS);
      assert.equal(detail.extraMembers, 2);
    });

    it('an answer without a usable organization is unexpectedResponse', async () => {
      const id = addOrg([[DEMO_USER, 'admin']]);
      server.setFault({ kind: 'replaceBody', method: 'GET', body: { id, members: [] } });
      assert.equal((await rejection(dana.getOrganization(id))).kind, 'unexpectedResponse');
    });
  });

  describe('updateOrganization', () => {
    it('sends only the fields given, the name trimmed, once, and answers the organization as it now is', async () => {
      const id = addOrg(
        [
          [DEMO_USER, 'admin'],
          [PRIYA, 'view'],
        ],
        'Before Edit',
      );
      const detail = await dana.updateOrganization(id, { name: '  After Edit  ', description: 'Edited by the client', iconColor: '#43A047' });
      assert.deepEqual(
        [detail.organization.name, detail.organization.description, detail.organization.iconColor],
        ['After Edit', 'Edited by the client', '#43A047'],
      );
      assert.deepEqual(roles(detail), [
        ['Dana', 'admin'],
        ['Priya', 'view'],
      ]);
      assert.equal(server.requests.length, 1);
      const req = server.requests[0];
      assert.deepEqual(
        [req.method, req.path, req.body],
        ['PATCH', `/orgs/${id}`, { name: 'After Edit', description: 'Edited by the client', iconColor: '#43A047' }],
      );
      assert.deepEqual(
        (await dana.listOrganizations({ filter: 'After Edit' })).items.map((o) => o.id),
        [id],
      );
      await dana.updateOrganization(id, { description: '' });
      assert.equal((await dana.getOrganization(id)).organization.description, '', 'an empty description clears it');
    });

    it('sends none of the properties orgPatch does not allow', async () => {
      const id = addOrg([[DEMO_USER, 'admin']]);
      await dana.updateOrganization(id, { name: 'Only The Name', mfaMode: 'required', planId: 'enterprise' } as never);
      assert.deepEqual(server.requests[0].body, { name: 'Only The Name' });
    });

    it('refuses, before sending, what Create Organization refuses in a name and description, a long icon colour, and an empty edit', async () => {
      const id = addOrg([[DEMO_USER, 'admin']]);
      await refusedUnsent(dana.updateOrganization(id, { name: '   ' }), /Enter a name/);
      await refusedUnsent(dana.updateOrganization(id, { name: 'n'.repeat(256) }), /256 characters long; the most Losant allows is 255/);
      await refusedUnsent(dana.updateOrganization(id, { name: 'Tab\there' }), /control characters/);
      await refusedUnsent(dana.updateOrganization(id, { name: 'Invoice\u202egpj.exe' }), /U\+202E/);
      await refusedUnsent(dana.updateOrganization(id, { description: 'd'.repeat(32768) }), /32768 characters long/);
      await refusedUnsent(dana.updateOrganization(id, { iconColor: 'c'.repeat(65) }), /icon color is 65 characters long; the most Losant allows is 64/);
      await refusedUnsent(dana.updateOrganization(id, {}), /Nothing to change/);
      await refusedUnsent(dana.updateOrganization(id, { name: 7 } as never), /must be text/);
      for (const bad of MALFORMED_IDS) await refusedUnsent(dana.updateOrganization(bad, { name: 'x' }), /organization ID/);
      assert.equal((await dana.getOrganization(id)).organization.name, 'Client Org');
    });

    it('403 forbidden for a member who is not an administrator, and for a token without org.patch; nothing changes', async () => {
      const id = addOrg(
        [
          [PRIYA, 'admin'],
          [DEMO_USER, 'edit'],
        ],
        'Not Dana’s',
      );
      await failsWith(dana.updateOrganization(id, { name: 'Taken' }), 'forbidden', 403, 'Access is forbidden');
      const mine = addOrg([[DEMO_USER, 'admin']]);
      await failsWith(clientOf(DEMO_USER, ['org.get', 'orgs.*']).updateOrganization(mine, { name: 'Taken' }), 'forbidden', 403);
      assert.equal((await clientOf(PRIYA).getOrganization(id)).organization.name, 'Not Dana’s');
      assert.equal((await dana.getOrganization(mine)).organization.name, 'Client Org');
      assert.equal((await clientOf(DEMO_USER, ['org.patch']).updateOrganization(mine, { name: 'Patched' })).organization.name, 'Patched');
    });

    it('404 notFound for an organization that does not exist', async () => {
      await failsWith(dana.updateOrganization(NOBODY_ID, { name: 'x' }), 'notFound', 404);
    });

    it("400 validation with the server's message, and a write is never retried", async () => {
      const id = addOrg([[DEMO_USER, 'admin']]);
      next400('PATCH', `/orgs/${id}`);
      await failsWith(dana.updateOrganization(id, { name: 'x' }), 'validation', 400, 'request is malformed');
      server.clearRequests();
      server.setFault({ kind: 'status', status: 503, method: 'PATCH', times: 1 });
      await failsWith(clientOf(DEMO_USER, ['all.User'], { retries: 3, baseDelayMs: 1 }).updateOrganization(id, { name: 'y' }), 'server', 503);
      assert.equal(server.requests.length, 1);
    });
  });

  describe('deleteOrganization', () => {
    it('deletes it: then it is notFound and no longer listed', async () => {
      const id = addOrg([[DEMO_USER, 'admin']], 'Deleted By Client');
      assert.equal(await dana.deleteOrganization(id), undefined);
      assert.equal(server.requests[0].method, 'DELETE');
      await failsWith(dana.getOrganization(id), 'notFound', 404);
      assert.deepEqual((await dana.listOrganizations({ filter: 'Deleted By Client' })).items, []);
    });

    it('403 forbidden for a viewer, and for a token without org.delete; the organization stays', async () => {
      const id = addOrg([
        [PRIYA, 'admin'],
        [DEMO_USER, 'view'],
      ]);
      await failsWith(dana.deleteOrganization(id), 'forbidden', 403);
      const mine = addOrg([[DEMO_USER, 'admin']]);
      await failsWith(clientOf(DEMO_USER, ['org.patch', 'org.get']).deleteOrganization(mine), 'forbidden', 403);
      assert.equal((await dana.getOrganization(id)).organization.id, id);
      assert.equal((await dana.getOrganization(mine)).organization.id, mine);
    });

    it('404 notFound for an organization that does not exist; 400 validation as the server says', async () => {
      await failsWith(dana.deleteOrganization(NOBODY_ID), 'notFound', 404);
      const id = addOrg([[DEMO_USER, 'admin']]);
      next400('DELETE', `/orgs/${id}`);
      await failsWith(dana.deleteOrganization(id), 'validation', 400, 'request is malformed');
      assert.equal((await dana.getOrganization(id)).organization.id, id);
    });

    it('refuses a malformed id before sending; an answer that does not say success is unexpectedResponse', async () => {
      for (const bad of MALFORMED_IDS) await refusedUnsent(dana.deleteOrganization(bad), /organization ID/);
      const id = addOrg([[DEMO_USER, 'admin']]);
      server.setFault({ kind: 'replaceBody', method: 'DELETE', body: { success: false } });
      assert.equal((await rejection(dana.deleteOrganization(id))).kind, 'unexpectedResponse');
    });
  });

  describe('invitations', () => {
    it('inviteMember sends the trimmed email and role once; listInvites reads them back, pending for seven days, then expired', async () => {
      const id = addOrg([[DEMO_USER, 'admin']]);
      const sent = await dana.inviteMember(id, { email: '  new.hire@example.com ', role: 'edit' });
      assert.deepEqual(
        server.requests.map((r) => [r.method, r.body]),
        [['POST', { email: 'new.hire@example.com', role: 'edit' }]],
      );
      assert.equal(sent.invites.length, 1);
      const invite = sent.invites[0];
      assert.match(invite.id, /^[0-9a-f]{24}$/);
      assert.deepEqual(
        [invite.email, invite.role, invite.inviteDate, invite.ttl, invite.hasExpired],
        ['new.hire@example.com', 'edit', new Date(clock).toISOString(), INVITE_TTL_MS, false],
      );
      assert.deepEqual((await dana.listInvites(id)).invites, sent.invites);
      const now = clock;
      try {
        clock = now + INVITE_TTL_MS;
        assert.equal((await dana.listInvites(id)).invites[0].hasExpired, true);
      } finally {
        clock = now;
      }
    });

    it('revokeInvite revokes one and answers the invitations left', async () => {
      const id = addOrg([[DEMO_USER, 'admin']]);
      await dana.inviteMember(id, { email: 'keep@example.com', role: 'view' });
      const both = await dana.inviteMember(id, { email: 'drop@example.com', role: 'collaborate' });
      const drop = both.invites.find((i) => i.email === 'drop@example.com')!;
      const left = await dana.revokeInvite(id, drop.id);
      assert.deepEqual(
        left.invites.map((i) => i.email),
        ['keep@example.com'],
      );
      assert.deepEqual(server.requests.at(-1)?.query, { inviteId: drop.id });
      await failsWith(dana.revokeInvite(id, drop.id), 'notFound', 404, 'Invite was not found');
    });

    it("400 validation for an address that is already a member's, and for one Losant's format refuses", async () => {
      const id = addOrg([
        [DEMO_USER, 'admin'],
        [PRIYA, 'view'],
      ]);
      await failsWith(dana.inviteMember(id, { email: PRIYA.email, role: 'edit' }), 'validation', 400, 'User is already a member of this organization');
      await failsWith(dana.inviteMember(id, { email: 'josé@example.com', role: 'edit' }), 'validation', 400, 'invite.email must be email format');
      next400('GET', `/orgs/${id}/invites`);
      await failsWith(dana.listInvites(id), 'validation', 400);
      const [invite] = (await dana.inviteMember(id, { email: 'x@example.com', role: 'view' })).invites;
      next400('DELETE', `/orgs/${id}/invites`);
      await failsWith(dana.revokeInvite(id, invite.id), 'validation', 400);
      assert.equal((await dana.listInvites(id)).invites.length, 1);
    });

    it('403 forbidden: only an administrator invites or revokes; a None member does not even see them; a token needs each scope', async () => {
      const id = addOrg([
        [DEMO_USER, 'admin'],
        [PRIYA, 'edit'],
        [TOMAS, 'view'],
        [MEI, 'none'],
      ]);
      const [invite] = (await dana.inviteMember(id, { email: 'x@example.com', role: 'view' })).invites;
      await failsWith(clientOf(PRIYA).inviteMember(id, { email: 'y@example.com', role: 'admin' }), 'forbidden', 403);
      await failsWith(clientOf(TOMAS).revokeInvite(id, invite.id), 'forbidden', 403);
      assert.equal((await clientOf(TOMAS).listInvites(id)).invites.length, 1, 'a viewer sees them');
      await failsWith(clientOf(MEI).listInvites(id), 'forbidden', 403);
      const readOnly = clientOf(DEMO_USER, ['all.User.read']);
      assert.equal((await readOnly.listInvites(id)).invites.length, 1);
      await failsWith(readOnly.inviteMember(id, { email: 'y@example.com', role: 'view' }), 'forbidden', 403);
      await failsWith(readOnly.revokeInvite(id, invite.id), 'forbidden', 403);
      await failsWith(clientOf(DEMO_USER, ['org.get']).listInvites(id), 'forbidden', 403);
      assert.deepEqual((await dana.listInvites(id)).invites, [invite]);
    });

    it('404 notFound for an organization that does not exist or is not theirs', async () => {
      const theirs = addOrg([[PRIYA, 'admin']]);
      for (const id of [NOBODY_ID, theirs]) {
        await failsWith(dana.listInvites(id), 'notFound', 404);
        await failsWith(dana.inviteMember(id, { email: 'x@example.com', role: 'view' }), 'notFound', 404);
        await failsWith(dana.revokeInvite(id, NOBODY_ID), 'notFound', 404);
      }
    });

    it('refuses, before sending, a malformed id, an email that is not one, and a role Losant does not have', async () => {
      const id = addOrg([[DEMO_USER, 'admin']]);
      for (const bad of MALFORMED_IDS) {
        await refusedUnsent(dana.listInvites(bad), /organization ID/);
        await refusedUnsent(dana.inviteMember(bad, { email: 'x@example.com', role: 'view' }), /organization ID/);
        await refusedUnsent(dana.revokeInvite(id, bad), /invitation ID/);
      }
      await refusedUnsent(dana.inviteMember(id, { email: '  ', role: 'view' }), /Enter the email address of the person to invite/);
      for (const email of ['someone', 'someone@', '@example.com', 'some one@example.com', 'someone@example']) {
        await refusedUnsent(dana.inviteMember(id, { email, role: 'view' }), /whole email address/);
      }
      await refusedUnsent(
        dana.inviteMember(id, { email: `${'a'.repeat(1013)}@example.com`, role: 'view' }),
        /1025 characters long; the most Losant allows is 1024/,
      );
      await refusedUnsent(dana.inviteMember(id, { email: 'x@example.com', role: 'owner' as never }), /"owner" is not a Losant role/);
      await refusedUnsent(dana.inviteMember(id, { email: 'x@example.com' } as never), /undefined is not a Losant role/);
      assert.deepEqual((await dana.listInvites(id)).invites, []);
    });

    it('keeps only invitations it can act on, and refuses an answer that is not a list', async () => {
      const id = addOrg([[DEMO_USER, 'admin']]);
      const good = { id: NOBODY_ID, email: 'ok@example.com', role: 'view', ttl: INVITE_TTL_MS, hasExpired: 'no', inviteDate: 'yesterday' };
      server.setFault({ kind: 'replaceBody', method: 'GET', body: [good, { id: 'x', email: 'a@example.com' }, { id: NOBODY_ID }, 'invite'] });
      const list = await dana.listInvites(id);
      assert.deepEqual(list.invites, [{ id: NOBODY_ID, email: 'ok@example.com', role: 'view', ttl: INVITE_TTL_MS, applicationRoles: [], dashboardRoles: [] }]);
      assert.deepEqual(list.skipped, ['an invitation has no usable id', `invitation ${NOBODY_ID} has no email address`, 'an invitation is not an object']);
      server.setFault({ kind: 'replaceBody', method: 'GET', body: { invites: [] } });
      assert.equal((await rejection(dana.listInvites(id))).kind, 'unexpectedResponse');
    });
  });

  describe('members', () => {
    it('changeMemberRole gives a member another role and answers the organization as it now is', async () => {
      const id = addOrg([
        [DEMO_USER, 'admin'],
        [PRIYA, 'view'],
      ]);
      const detail = await dana.changeMemberRole(id, PRIYA.id, 'edit');
      assert.deepEqual(roles(detail), [
        ['Dana', 'admin'],
        ['Priya', 'edit'],
      ]);
      assert.deepEqual(server.requests[0].body, { userId: PRIYA.id, role: 'edit' });
      assert.deepEqual(roles(await clientOf(PRIYA).getOrganization(id)), [
        ['Dana', 'admin'],
        ['Priya', 'edit'],
      ]);
    });

    it('removeMember removes someone, or with their own id lets a member leave', async () => {
      const id = addOrg([
        [DEMO_USER, 'admin'],
        [PRIYA, 'view'],
        [TOMAS, 'edit'],
      ]);
      const after = await dana.removeMember(id, PRIYA.id);
      assert.deepEqual(roles(after), [
        ['Dana', 'admin'],
        ['Tomás', 'edit'],
      ]);
      assert.equal(after.organization.summary?.memberCount, 2);
      assert.deepEqual(server.requests[0].query, { userId: PRIYA.id });
      const tomas = clientOf(TOMAS);
      assert.deepEqual(roles(await tomas.removeMember(id, TOMAS.id)), [['Dana', 'admin']]);
      await failsWith(tomas.getOrganization(id), 'notFound', 404);
    });

    it("400 validation: an administrator's own role, and the only administrator leaving", async () => {
      const id = addOrg([
        [DEMO_USER, 'admin'],
        [PRIYA, 'view'],
      ]);
      await failsWith(dana.changeMemberRole(id, DEMO_USER.id, 'view'), 'validation', 400, 'Administrators cannot change their own role');
      await failsWith(dana.removeMember(id, DEMO_USER.id), 'validation', 400, 'An organization must have at least one administrator');
      assert.deepEqual(roles(await dana.getOrganization(id)), [
        ['Dana', 'admin'],
        ['Priya', 'view'],
      ]);
    });

    it('403 forbidden: only an administrator changes roles or removes others; a token needs org.modifyMember or org.removeMember', async () => {
      const id = addOrg([
        [DEMO_USER, 'admin'],
        [PRIYA, 'view'],
        [TOMAS, 'collaborate'],
      ]);
      await failsWith(clientOf(PRIYA).changeMemberRole(id, PRIYA.id, 'admin'), 'forbidden', 403);
      await failsWith(clientOf(PRIYA).removeMember(id, TOMAS.id), 'forbidden', 403);
      await failsWith(clientOf(DEMO_USER, ['org.removeMember']).changeMemberRole(id, PRIYA.id, 'edit'), 'forbidden', 403);
      await failsWith(clientOf(DEMO_USER, ['org.modifyMember']).removeMember(id, PRIYA.id), 'forbidden', 403);
      assert.deepEqual(roles(await dana.getOrganization(id)), [
        ['Dana', 'admin'],
        ['Priya', 'view'],
        ['Tomás', 'collaborate'],
      ]);
    });

    it('404 notFound for someone who is not a member, and for an organization that is not theirs', async () => {
      const id = addOrg([[DEMO_USER, 'admin']]);
      await failsWith(dana.changeMemberRole(id, PRIYA.id, 'view'), 'notFound', 404, 'Member was not found');
      await failsWith(dana.removeMember(id, PRIYA.id), 'notFound', 404, 'Member was not found');
      const theirs = addOrg([
        [PRIYA, 'admin'],
        [TOMAS, 'view'],
      ]);
      await failsWith(dana.changeMemberRole(theirs, TOMAS.id, 'edit'), 'notFound', 404, 'Organization was not found');
      await failsWith(dana.removeMember(theirs, TOMAS.id), 'notFound', 404, 'Organization was not found');
    });

    it('refuses, before sending, a malformed organization or user id and a role Losant does not have', async () => {
      const id = addOrg([
        [DEMO_USER, 'admin'],
        [PRIYA, 'view'],
      ]);
      for (const bad of MALFORMED_IDS) {
        await refusedUnsent(dana.changeMemberRole(bad, PRIYA.id, 'edit'), /organization ID/);
        await refusedUnsent(dana.changeMemberRole(id, bad, 'edit'), /user ID/);
        await refusedUnsent(dana.removeMember(bad, PRIYA.id), /organization ID/);
        await refusedUnsent(dana.removeMember(id, bad), /user ID/);
      }
      await refusedUnsent(dana.changeMemberRole(id, PRIYA.id, 'owner' as never), /not a Losant role/);
      assert.deepEqual(roles(await dana.getOrganization(id)), [
        ['Dana', 'admin'],
        ['Priya', 'view'],
      ]);
    });
  });
});
