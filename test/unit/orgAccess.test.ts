// The check before any action on one organization (src/model/orgAccess.ts): the role first, in
// sentences that say what the person's role is, then the one scope their token lacks; what is not
// known (the user id, a pasted token's scopes) is left to Losant.
import * as assert from 'node:assert/strict';
import { render, type ListedOrganization } from '../../src/losant';
import { accessTo } from '../../src/model/orgAccess';
import { REQUESTED_SCOPES } from '../../src/model/signInFlow';

const ME = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const OTHER = 'bbbbbbbbbbbbbbbbbbbbbbbb';
const ORG_ID = '0123456789abcdef01234567';

function org(members: [string, string][]): ListedOrganization {
  return { id: ORG_ID, name: 'Acme [x](command:evil)', members: members.map(([userId, role]) => ({ userId, role })) };
}

const said = (access: ReturnType<typeof accessTo>): string => (access.ok || access.kind !== 'role' ? '' : access.message.map(render).join(' '));

describe('access to an organization action', () => {
  const viewer = org([
    [OTHER, 'admin'],
    [ME, 'view'],
  ]);
  const soleAdmin = org([
    [ME, 'admin'],
    [OTHER, 'edit'],
  ]);

  it('a viewer is told only an administrator may edit, and what their role is', () => {
    const access = accessTo(viewer, { userId: ME, scopes: ['all.User'] }, 'patch');
    assert.equal(said(access), 'Only an administrator of “Acme [x](command:evil)” can edit it. Your role there is Viewer.');
  });

  it('someone not among the members is told so', () => {
    assert.match(said(accessTo(viewer, { userId: 'cccccccccccccccccccccccc', scopes: ['all.User'] }, 'delete')), /You are not one of its members\.$/);
  });

  it('an administrator with only the first sign-in scopes is asked for the one scope the action needs', () => {
    assert.deepEqual(accessTo(soleAdmin, { userId: ME, scopes: REQUESTED_SCOPES }, 'patch'), { ok: false, kind: 'scope', scope: 'org.patch' });
    assert.deepEqual(accessTo(soleAdmin, { userId: ME, scopes: [...REQUESTED_SCOPES, 'org.patch'] }, 'delete'), {
      ok: false,
      kind: 'scope',
      scope: 'org.delete',
    });
    assert.deepEqual(accessTo(soleAdmin, { userId: ME, scopes: [...REQUESTED_SCOPES, 'org.patch'] }, 'patch'), { ok: true });
  });

  it('the role is told before the scope: a viewer is not sent to sign in for a scope their role could not use', () => {
    const access = accessTo(viewer, { userId: ME, scopes: REQUESTED_SCOPES }, 'inviteMember');
    assert.equal(access.ok === false && access.kind, 'role');
  });

  it('the only administrator cannot leave, and another administrator cannot remove them either', () => {
    assert.match(said(accessTo(soleAdmin, { userId: ME, scopes: ['all.User'] }, 'removeMember', ME)), /only administrator .* cannot leave/);
    const twoAdmins = org([
      [ME, 'admin'],
      [OTHER, 'admin'],
    ]);
    assert.deepEqual(accessTo(twoAdmins, { userId: ME, scopes: ['all.User'] }, 'removeMember', ME), { ok: true });
    assert.deepEqual(accessTo(twoAdmins, { userId: ME, scopes: ['all.User'] }, 'removeMember', OTHER), { ok: true });
  });

  it('an administrator cannot change their own role', () => {
    assert.match(said(accessTo(soleAdmin, { userId: ME, scopes: ['all.User'] }, 'modifyMember', ME)), /cannot change their own role/);
    assert.deepEqual(accessTo(soleAdmin, { userId: ME, scopes: ['all.User'] }, 'modifyMember', OTHER), { ok: true });
  });

  it('an unknown user id or a token with unknown scopes is left to Losant', () => {
    assert.deepEqual(accessTo(viewer, { scopes: REQUESTED_SCOPES }, 'patch'), { ok: false, kind: 'scope', scope: 'org.patch' });
    assert.deepEqual(accessTo(soleAdmin, { userId: ME }, 'delete'), { ok: true });
    assert.deepEqual(accessTo(org([]), { userId: ME }, 'delete'), { ok: true });
  });
});
