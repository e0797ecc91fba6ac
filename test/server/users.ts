// The demo account (the only user that can log in) and the colleagues who appear as members
// of seeded organizations.
import { createHash } from 'node:crypto';

export interface DemoUser {
  id: string;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}

export type MemberRole = 'admin' | 'edit' | 'collaborate' | 'view' | 'none';

export interface Member {
  userId: string;
  firstName: string;
  lastName: string;
  email: string;
  avatarUrl: string;
  role: MemberRole;
  [extra: string]: unknown;
}

export const DEMO_USER: Readonly<DemoUser> = Object.freeze({
  id: '5e8f1c2a9b3d4e5f60718293',
  email: 'demo@losant-explorer.test',
  password: 'demo-password-1',
  firstName: 'Dana',
  lastName: 'Rivera',
});

interface Person {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
}

const COLLEAGUE_NAMES: ReadonlyArray<[string, string]> = [
  ['Priya', 'Natarajan'], ['Tomás', 'García'], ['Mei', 'Chen'], ['Olusegun', 'Adeyemi'],
  ['Sofia', 'Lindqvist'], ['Jakob', 'Müller'], ['Aisha', 'Rahman'], ['Liam', "O'Connor"],
  ['Yuki', 'Tanaka'], ['Marta', 'Kowalska'], ['Ravi', 'Kapoor'], ['Chloé', 'Dubois'],
  ['Noah', 'Williams'], ['Fatima', 'Haddad'], ['Erik', 'Johansson'], ['Ana', 'Silva'],
  ['Kwame', 'Mensah'], ['Hana', 'Novák'], ['Diego', 'Fernández'], ['Grace', 'Kim'],
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
function avatarUrl(email: string): string {
  return `https://www.gravatar.com/avatar/${createHash('md5').update(email.trim().toLowerCase()).digest('hex')}?d=mp`;
}

export function memberFor(person: Person | DemoUser, role: MemberRole): Member {
  return {
    userId: person.id,
    firstName: person.firstName,
    lastName: person.lastName,
    email: person.email,
    avatarUrl: avatarUrl(person.email),
    role,
  };
}

/** A member for a token's user id; unknown users (tokens minted by tests) get placeholder names. */
export function memberForUserId(userId: string, role: MemberRole): Member {
  if (userId === DEMO_USER.id) return memberFor(DEMO_USER, role);
  const colleague = COLLEAGUES.find((c) => c.id === userId);
  if (colleague) return memberFor(colleague, role);
  return memberFor({ id: userId, firstName: 'API', lastName: 'User', email: `${userId}@users.example.com` }, role);
}
