// What the signed-in user may do in an organization (src/model/orgPermissions.ts): by role, as
// Losant's documentation says and the local server does, and by the token's scopes, as
// losant-rest's org.js lists them (the server's list is checked against org.js in its own tests).
import * as assert from 'node:assert/strict';
import { LosantClient, type MemberRole, type OrgMember } from '../../src/losant';
import { canChangeRoleOf, canRemove, missingScopes, ORG_ACTIONS, orgPermissions, scopesAllowing } from '../../src/model/orgPermissions';
import { REQUESTED_SCOPES } from '../../src/model/signInFlow';
import { startFakeLosant } from '../server/fakeLosant';
import { orgActionScopes } from '../server/orgAccess';
import { COLLEAGUES, DEMO_USER, memberFor } from '../server/users';

const member = (userId: string, role?: MemberRole): OrgMember => ({ userId, role, applicationRoles: [], dashboardRoles: [] });
const ME = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const OTHER = 'bbbbbbbbbbbbbbbbbbbbbbbb';
const THIRD = 'cccccccccccccccccccccccc';

describe('organization permissions', () => {
  describe('by role', () => {
    it('an administrator edits, deletes and manages members; beside another administrator they may leave', () => {
      const alone = orgPermissions([member(ME, 'admin'), member(OTHER, 'view')], ME);
      assert.deepEqual(alone, { role: 'admin', canEdit: true, canDelete: true, canManageMembers: true, canSeeInvites: true, canLeave: false });
      assert.equal(orgPermissions([member(ME, 'admin'), member(OTHER, 'admin')], ME).canLeave, true);
    });

    for (const role of ['edit', 'collaborate', 'view'] as const) {
      it(`${role}: sees the invitations and may leave, and changes nothing of the organization`, () => {
        assert.deepEqual(orgPermissions([member(OTHER, 'admin'), member(ME, role)], ME), {
          role,
          canEdit: false,
          canDelete: false,
          canManageMembers: false,
          canSeeInvites: true,
          canLeave: true,
        });
      });
    }

    it('none: may leave, and sees not even the invitations; a role this client does not know grants nothing either', () => {
      assert.deepEqual(orgPermissions([member(OTHER, 'admin'), member(ME, 'none')], ME), {
        role: 'none',
        canEdit: false,
        canDelete: false,
        canManageMembers: false,
        canSeeInvites: false,
        canLeave: true,
      });
      assert.deepEqual(orgPermissions([member(OTHER, 'admin'), member(ME)], ME), {
        role: undefined,
        canEdit: false,
        canDelete: false,
        canManageMembers: false,
        canSeeInvites: false,
        canLeave: true,
      });
    });

    it('someone who is not a member may do nothing, not even leave', () => {
      assert.deepEqual(orgPermissions([member(OTHER, 'admin')], ME), {
        role: undefined,
        canEdit: false,
        canDelete: false,
        canManageMembers: false,
        canSeeInvites: false,
        canLeave: false,
      });
    });

    it("an administrator changes anyone's role but their own", () => {
      const members = [member(ME, 'admin'), member(OTHER, 'admin'), member(THIRD, 'view')];
      assert.equal(canChangeRoleOf(members, ME, OTHER), true);
      assert.equal(canChangeRoleOf(members, ME, THIRD), true);
      assert.equal(canChangeRoleOf(members, ME, ME), false);
      assert.equal(canChangeRoleOf(members, THIRD, OTHER), false, 'a viewer changes no one');
      assert.equal(canChangeRoleOf(members, ME, 'dddddddddddddddddddddddd'), false, 'nor someone who is not a member');
    });

    it('an administrator removes anyone, anyone removes themselves, and no one removes the only administrator', () => {
      const members = [member(ME, 'admin'), member(OTHER, 'edit'), member(THIRD, 'view')];
      assert.equal(canRemove(members, ME, OTHER), true);
      assert.equal(canRemove(members, THIRD, THIRD), true, 'a viewer leaves');
      assert.equal(canRemove(members, THIRD, OTHER), false, 'but removes no one else');
      assert.equal(canRemove(members, ME, ME), false, 'the only administrator cannot leave');
      assert.equal(canRemove([member(ME, 'admin'), member(OTHER, 'admin')], ME, ME), true);
      assert.equal(canRemove([member(ME, 'admin'), member(OTHER, 'admin')], ME, OTHER), true);
    });

    it('says what the local server then does, for each role the signed-in user can have', async () => {
      const server = await startFakeLosant({ orgs: 0 });
      try {
        const [priya, tomas] = COLLEAGUES;
        for (const role of ['admin', 'edit', 'collaborate', 'view', 'none'] as const) {
          const id = (server.addOrganization({ members: [memberFor(DEMO_USER, role), memberFor(priya, 'admin'), memberFor(tomas, 'view')] }) as { id: string })
            .id;
          const dana = new LosantClient({ apiUrl: server.url, token: server.tokens.all, retry: { retries: 0 } });
          const may = orgPermissions((await dana.getOrganization(id)).members, DEMO_USER.id);
          const outcome = (p: Promise<unknown>): Promise<string> =>
            p.then(
              () => 'done',
              (e: { kind: string }) => e.kind,
            );
          const expect = (allowed: boolean): string => (allowed ? 'done' : 'forbidden');
          assert.equal(await outcome(dana.listInvites(id)), expect(may.canSeeInvites), `${role}: invitations`);
          assert.equal(await outcome(dana.inviteMember(id, { email: 'x@example.com', role: 'view' })), expect(may.canManageMembers), `${role}: invite`);
          assert.equal(await outcome(dana.changeMemberRole(id, tomas.id, 'edit')), expect(may.canManageMembers), `${role}: change a role`);
          assert.equal(await outcome(dana.updateOrganization(id, { name: 'Renamed' })), expect(may.canEdit), `${role}: edit`);
          assert.equal(await outcome(dana.deleteOrganization(id)), expect(may.canDelete), `${role}: delete`);
          if (!may.canDelete) assert.equal(await outcome(dana.removeMember(id, DEMO_USER.id)), expect(may.canLeave), `${role}: leave`);
        }
      } finally {
        await server.close();
      }
    });
  });

  describe('by scope', () => {
    it("the view's own sign-in scopes (orgs.get, orgs.post, org.get, me.get) allow reading one organization, and none of the changes: each names its own scope as missing", () => {
      for (const action of ORG_ACTIONS) assert.deepEqual(missingScopes(REQUESTED_SCOPES, action), action === 'get' ? [] : [`org.${action}`], action);
    });

    it('all.User, all.Organization and org.* allow every action; all.User.read and all.Organization.read only the reads', () => {
      for (const action of ORG_ACTIONS) {
        for (const scopes of [['all.User'], ['all.Organization'], ['org.*'], [`org.${action}`], ['orgs.get', `org.${action}`]])
          assert.deepEqual(missingScopes(scopes, action), [], `${scopes.join()} for ${action}`);
      }
      for (const read of ['all.User.read', 'all.Organization.read']) {
        assert.deepEqual(missingScopes([read], 'get'), []);
        assert.deepEqual(missingScopes([read], 'pendingInvites'), []);
        assert.deepEqual(missingScopes([read], 'patch'), ['org.patch']);
        assert.deepEqual(missingScopes([read], 'removeMember'), ['org.removeMember']);
      }
      assert.deepEqual(missingScopes(['org.get'], 'pendingInvites'), ['org.pendingInvites'], "one action's scope is not another's");
    });

    it("agrees with the local server's scopes (checked against org.js) for every action and scope", () => {
      const candidates = [
        'all.User',
        'all.User.read',
        'all.User.bounded',
        'all.Organization',
        'all.Organization.read',
        'org.*',
        'orgs.*',
        'orgs.get',
        'me.get',
        'devices.get',
        ...ORG_ACTIONS.map((a) => `org.${a}`),
      ];
      for (const action of ORG_ACTIONS) {
        assert.deepEqual([...scopesAllowing(action)].sort(), orgActionScopes(action).sort(), action);
        for (const scope of candidates)
          assert.equal(missingScopes([scope], action).length === 0, orgActionScopes(action).includes(scope), `${scope} for ${action}`);
      }
    });
  });
});
