// The people of the seeded organizations: the accounts that can sign in (accounts.ts) and the
// colleagues who appear beside them as members.
import { createHash } from 'node:crypto';
import { ACCOUNTS, DEMO_USER, type Account } from './accounts';

export { DEMO_USER };

export type MemberRole = 'admin' | 'edit' | 'collaborate' | 'view' | 'none';
export const MEMBER_ROLES: readonly MemberRole[] = ['admin', 'edit', 'collaborate', 'view', 'none'];

/** A member's role in one application or dashboard of the organization (org.json). */
export interface ResourceRole {
  resourceId: string;
  role: 'collaborate' | 'view' | 'none';
}

export interface Member {
  userId: string;
  firstName: string;
  lastName: string;
  email: string;
  avatarUrl: string;
  role: MemberRole;
  applicationRoles: ResourceRole[];
  dashboardRoles: ResourceRole[];
  [extra: string]: unknown;
}

interface Person {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
}

const COLLEAGUE_NAMES: ReadonlyArray<[string, string]> = [
  ['Priya', 'Natarajan'],
  ['Tomás', 'García'],
  ['Mei', 'Chen'],
  ['Olusegun', 'Adeyemi'],
  ['Sofia', 'Lindqvist'],
  ['Jakob', 'Müller'],
  ['Aisha', 'Rahman'],
  ['Liam', "O'Connor"],
  ['Yuki', 'Tanaka'],
  ['Marta', 'Kowalska'],
  ['Ravi', 'Kapoor'],
  ['Chloé', 'Dubois'],
  ['Noah', 'Williams'],
  ['Fatima', 'Haddad'],
  ['Erik', 'Johansson'],
  ['Ana', 'Silva'],
  ['Kwame', 'Mensah'],
  ['Hana', 'Novák'],
  ['Diego', 'Fernández'],
  ['Grace', 'Kim'],
];

/** Colleagues get stable ids so member lists are identical across runs. */
export const COLLEAGUES: readonly Person[] = COLLEAGUE_NAMES.map(([firstName, lastName], i) => ({
  id: `60a7c3e1f2b4d5a6b7c8${(0x1000 + i).toString(16)}`,
  firstName,
  lastName,
  email: `${asciiFold(firstName)}.${asciiFold(lastName)}@example.com`.toLowerCase(),
}));

function asciiFold(text: string): string {
  return text.normalize('NFD').replace(/[^A-Za-z]/g, '');
}

/** Gravatar-style URL, as Losant returns for members. */
export function avatarUrl(email: string): string {
  return `https://www.gravatar.com/avatar/${createHash('md5').update(email.trim().toLowerCase()).digest('hex')}?d=mp`;
}

export function memberFor(person: Person | Account, role: MemberRole): Member {
  return {
    userId: person.id,
    firstName: person.firstName,
    lastName: person.lastName,
    email: person.email,
    avatarUrl: avatarUrl(person.email),
    role,
    applicationRoles: [],
    dashboardRoles: [],
  };
}

/** A member for a token's user id; unknown users (tokens minted by tests) get placeholder names. */
export function memberForUserId(userId: string, role: MemberRole): Member {
  const account = ACCOUNTS.find((a) => a.id === userId);
  if (account) return memberFor(account, role);
  const colleague = COLLEAGUES.find((c) => c.id === userId);
  if (colleague) return memberFor(colleague, role);
  return memberFor({ id: userId, firstName: 'API', lastName: 'User', email: `${userId}@users.example.com` }, role);
}
