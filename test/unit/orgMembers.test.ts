// The Members part of the tree as a person reads it (src/model/orgMembers.ts): each member's row,
// the roles offered with what each may do, each invitation's expiry, what the modals before a
// removal say, which actions each row offers for the user's role, and Losant's refusals in words.
import * as assert from 'node:assert/strict';
import { LosantApiError, render, type ListedOrganization, type MemberRole, type OrgInvite, type OrgMember } from '../../src/losant';
import {
  answerMayBeLost,
  expiryText,
  invitationContextValue,
  invitationRowText,
  leavingQuestion,
  mayListInvitations,
  memberContextValue,
  memberFailureReason,
  memberName,
  memberRowText,
  membersContextValue,
  organizationContextValue,
  removalQuestion,
  revokingQuestion,
  roleIcon,
  rolePickItems,
  sortedMembers,
  withListedFigures,
} from '../../src/model/orgMembers';

const ME = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const OTHER = 'bbbbbbbbbbbbbbbbbbbbbbbb';
const THIRD = 'cccccccccccccccccccccccc';
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const NOW = Date.parse('2026-03-10T12:00:00.000Z');

function member(userId: string, role: MemberRole | undefined, names: Partial<OrgMember> = {}): OrgMember {
  return { userId, ...(role ? { role } : {}), applicationRoles: [], dashboardRoles: [], ...names };
}

const dana = member(ME, 'admin', { firstName: 'Dana', lastName: 'Rivera', email: 'dana@example.com' });
const priya = member(OTHER, 'view', { firstName: 'Priya', lastName: 'Natarajan', email: 'priya@example.com' });

function invite(daysAgo: number, extra: Partial<OrgInvite> = {}): OrgInvite {
  return {
    id: '0123456789abcdef01234567',
    email: 'ingrid@example.com',
    role: 'edit',
    applicationRoles: [],
    dashboardRoles: [],
    inviteDate: new Date(NOW - daysAgo * DAY).toISOString(),
    ttl: 7 * DAY,
    ...extra,
  };
}

const org = (members: OrgMember[]): ListedOrganization => ({ id: '0123456789abcdef01234567', name: 'Acme [x](command:evil)', members });

describe('the Members rows', () => {
  describe('a member', () => {
    it('is named by first and last name, else by email, else by user id', () => {
      assert.equal(memberName(dana), 'Dana Rivera');
      assert.equal(memberName(member(OTHER, 'view', { firstName: '  ', lastName: 'Chen ', email: 'mei@example.com' })), 'Chen');
      assert.equal(memberName(member(OTHER, 'view', { email: 'mei@example.com' })), 'mei@example.com');
      assert.equal(memberName(member(OTHER, 'view')), OTHER);
    });

    it('shows the name, "(you)" on the user’s own row, and the email and role beside it', () => {
      assert.deepEqual(
        { ...memberRowText(dana, true, render), tooltip: undefined },
        {
          label: 'Dana Rivera (you)',
          description: 'dana@example.com · Administrator',
          tooltip: undefined,
          accessibilityLabel: 'Dana Rivera (you), dana@example.com, Administrator',
        },
      );
      const row = memberRowText(priya, false, render);
      assert.equal(row.label, 'Priya Natarajan');
      assert.equal(row.description, 'priya@example.com · Viewer');
      assert.equal(row.tooltip, 'Priya Natarajan\npriya@example.com\nViewer: Sees everything in the organization and changes nothing');
    });

    it('a role this client does not know is said to be unknown, and grants no icon of a role', () => {
      const row = memberRowText(member(OTHER, undefined, { email: 'x@example.com' }), false, render);
      assert.equal(row.description, 'x@example.com · unknown role');
      assert.equal(roleIcon(undefined), 'question');
      assert.deepEqual((['admin', 'edit', 'collaborate', 'view', 'none'] as const).map(roleIcon), ['shield', 'edit', 'tools', 'eye', 'circle-slash']);
    });

    it('server text shows as typed: invisible characters by name, long names cut, links and icons not made', () => {
      const hostile = member(OTHER, 'edit', { firstName: 'Eve\u202e', lastName: '[x](command:evil) $(verified)', email: 'e@example.com' });
      assert.equal(memberRowText(hostile, false, render).label, 'Eve⟨U+202E⟩ [x](command:evil) $(verified)');
      const long = memberRowText(member(OTHER, 'edit', { firstName: 'A'.repeat(500) }), false, render).label;
      assert.equal([...long].length, 120);
      assert.ok(long.endsWith('…'));
    });

    it('says when they also have roles in applications or dashboards', () => {
      const m = { ...priya, applicationRoles: [{ resourceId: THIRD, role: 'collaborate' as const }] };
      assert.match(memberRowText(m, false, render).tooltip, /Also has roles of their own in applications \(1\) and dashboards \(0\)/);
    });

    it('are listed administrators first, then by role, then by name', () => {
      const list = [priya, member(THIRD, 'edit', { firstName: 'Zoe' }), member('dddddddddddddddddddddddd', 'edit', { firstName: 'Adam' }), dana];
      assert.deepEqual(sortedMembers(list).map(memberName), ['Dana Rivera', 'Adam', 'Zoe', 'Priya Natarajan']);
    });
  });

  describe('the roles to pick', () => {
    it('are the five, most powerful first, each with what it may do, the current one marked', () => {
      const items = rolePickItems('edit', render);
      assert.deepEqual(
        items.map((i) => [i.role, i.label, i.description]),
        [
          ['admin', 'Administrator', ''],
          ['edit', 'Editor', 'current role'],
          ['collaborate', 'Collaborator', ''],
          ['view', 'Viewer', ''],
          ['none', 'None', ''],
        ],
      );
      assert.match(items[0].detail, /manages its members/);
      assert.match(items[3].detail, /changes nothing/);
      assert.ok(rolePickItems(undefined, render).every((i) => i.description === ''));
    });
  });

  describe('an invitation', () => {
    it('sent two days ago: its role, and that it expires in five days', () => {
      const row = invitationRowText(invite(2), NOW, render);
      assert.equal(row.label, 'ingrid@example.com');
      assert.equal(row.description, 'Editor · expires in 5 days');
      assert.equal(row.expired, false);
      assert.match(row.tooltip, /^Invited ingrid@example\.com as Editor on .+\.\nIt can be accepted until .+\.$/);
    });

    it('older than its lifetime, or said by Losant to have expired: "expired"', () => {
      assert.equal(invitationRowText(invite(9), NOW, render).description, 'Editor · expired');
      assert.equal(invitationRowText(invite(9, { hasExpired: true }), NOW, render).expired, true);
      assert.equal(expiryText(invite(0, { hasExpired: true }), NOW, render), 'expired', "Losant's word counts over the clock here");
      assert.match(invitationRowText(invite(9), NOW, render).tooltip, /can no longer be accepted/);
    });

    it('close to its end: in hours, then under an hour', () => {
      assert.equal(expiryText(invite(7 - 30 / 24), NOW, render), 'expires in 30 hours');
      assert.equal(expiryText(invite(7 - 1 / 24), NOW, render), 'expires in 1 hour');
      assert.equal(expiryText(invite(7 - 10 / (24 * 60)), NOW, render), 'expires in under an hour');
    });

    it('its own lifetime counts; without a date, only Losant’s word', () => {
      assert.equal(expiryText(invite(1, { ttl: 3 * DAY }), NOW, render), 'expires in 2 days');
      assert.equal(expiryText(invite(1, { inviteDate: undefined }), NOW, render), undefined);
      assert.equal(invitationRowText(invite(1, { inviteDate: undefined, role: 'view' }), NOW, render).description, 'Viewer');
      assert.equal(expiryText(invite(1, { inviteDate: undefined, hasExpired: true }), NOW, render), 'expired');
    });
  });
});

describe('what each row offers, by the user’s role', () => {
  const members = [dana, priya, member(THIRD, 'admin', { firstName: 'Tomasz' })];

  it('an administrator: another member can be given a role or removed; their own row offers Leave', () => {
    assert.equal(memberContextValue(members, ME, OTHER), 'memberManageable');
    assert.equal(memberContextValue(members, ME, THIRD), 'memberManageable', 'another administrator too');
    assert.equal(memberContextValue(members, ME, ME), 'ownMember');
    assert.equal(membersContextValue(members, ME), 'membersManageable');
    assert.equal(invitationContextValue(members, ME), 'invitationRevocable');
    assert.equal(organizationContextValue('organization', members, ME), 'organizationAdmin');
    assert.equal(organizationContextValue('pinnedOrganization', members, ME), 'pinnedOrganizationAdmin');
  });

  it('a viewer: nothing to manage anywhere, Leave on their own row', () => {
    assert.equal(memberContextValue(members, OTHER, ME), 'member');
    assert.equal(memberContextValue(members, OTHER, THIRD), 'member');
    assert.equal(memberContextValue(members, OTHER, OTHER), 'ownMember');
    assert.equal(membersContextValue(members, OTHER), undefined);
    assert.equal(invitationContextValue(members, OTHER), 'invitation');
    assert.equal(organizationContextValue('organization', members, OTHER), 'organization');
  });

  it('not knowing who the user is offers nothing a role allows (Losant decides from the palette)', () => {
    assert.equal(memberContextValue(members, undefined, ME), 'member');
    assert.equal(membersContextValue(members, undefined), undefined);
    assert.equal(invitationContextValue(members, undefined), 'invitation');
    assert.equal(organizationContextValue('organization', members, undefined), 'organization');
  });

  it('pending invitations are listed for every role but None', () => {
    assert.equal(mayListInvitations(members, OTHER), true);
    assert.equal(mayListInvitations([dana, member(OTHER, 'none')], OTHER), false);
    assert.equal(mayListInvitations(members, undefined), true);
  });
});

describe('the questions before a removal', () => {
  it('removing a member names them and the organization, and what they lose', () => {
    const q = removalQuestion(org([dana, priya]), priya, [dana, priya], render);
    assert.equal(q.message, 'Remove Priya Natarajan from “Acme [x](command:evil)”?');
    assert.match(q.detail, /^Priya Natarajan loses access to “Acme \[x\]\(command:evil\)” and everything in it/);
    assert.doesNotMatch(q.detail, /administrator:/);
  });

  it('removing another administrator says they lose all access and how many administrators stay', () => {
    const tomasz = member(THIRD, 'admin', { firstName: 'Tomasz', lastName: 'Wójcik' });
    const q = removalQuestion(org([dana, tomasz, priya]), tomasz, [dana, tomasz, priya], render);
    assert.match(
      q.detail,
      /Tomasz Wójcik is an administrator: they lose all access, including managing members; “Acme \[x\]\(command:evil\)” keeps its one other administrator\./,
    );
  });

  it('leaving, and revoking an invitation, name the organization and the email', () => {
    assert.equal(leavingQuestion(org([dana]), render).message, 'Leave “Acme [x](command:evil)”?');
    assert.match(leavingQuestion(org([dana]), render).detail, /^You lose access/);
    assert.equal(revokingQuestion(org([dana]), invite(1), render).message, 'Revoke the invitation of ingrid@example.com to “Acme [x](command:evil)”?');
  });
});

describe("Losant's refusals, in words", () => {
  const error = (kind: LosantApiError['kind'], message: string) => new LosantApiError({ kind, message });

  it('each kind says what it means, with Losant’s own message', () => {
    assert.equal(memberFailureReason(error('validation', 'User is already a member'), render), 'Losant refused it: User is already a member');
    assert.match(memberFailureReason(error('forbidden', 'Forbidden'), render), /your role in the organization, or your token, does not allow it \(Forbidden\)/);
    assert.match(memberFailureReason(error('notFound', 'Member was not found'), render), /^Losant no longer has it/);
    assert.match(memberFailureReason(error('unauthorized', 'Unauthorized'), render), /Sign in again\.$/);
    assert.equal(memberFailureReason(error('server', 'Losant is down'), render), 'Losant is down');
  });

  it('only a lost connection or a timeout may hide that Losant did it', () => {
    assert.equal(answerMayBeLost(error('network', 'reset')), true);
    assert.equal(answerMayBeLost(error('timeout', 'slow')), true);
    assert.equal(answerMayBeLost(error('validation', 'no')), false);
    assert.equal(answerMayBeLost(error('server', '500')), false);
  });
});

describe('the organization as Losant answers a member change', () => {
  it('keeps only the figures the listing asked for', () => {
    const listed: ListedOrganization = { id: 'x', name: 'X', summary: { appCount: 1, memberCount: 3 } };
    const answered: ListedOrganization = { id: 'x', name: 'X', summary: { appCount: 1, memberCount: 2, payloadCount: { mqttIn: {} } } };
    assert.deepEqual(withListedFigures(answered, listed).summary, { appCount: 1, memberCount: 2 });
    assert.deepEqual(withListedFigures({ id: 'x', name: 'X' }, listed).summary, listed.summary);
  });
});
