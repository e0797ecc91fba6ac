// The accounts that can sign in with POST /auth/user, one for each way a sign-in can go, and the
// email domain that signs in through SSO. Fixed values, so tests, the demo and a person trying the
// server by hand all know them (`npm run fake-losant -- --help` lists them).
import { DEFAULT_MAX_FAILURES, DEFAULT_WINDOW_SECONDS } from './signInThrottle';

export interface Account {
  id: string;
  email: string;
  /** Absent for an SSO account: it cannot sign in with a password. */
  password?: string;
  firstName: string;
  lastName: string;
  /** Base32 TOTP secret (RFC 6238) when two-factor authentication is on. */
  totpSecret?: string;
  /** Refused with type AccountLocked, even with the right password. */
  locked?: boolean;
  /** Signs in, but POST /auth/user and GET /me say `needsToVerifyEmail: true`. */
  needsToVerifyEmail?: boolean;
}

/** An account that signs in with a password. */
export type PasswordAccount = Account & { password: string };

/** Signs in with email and password alone. */
export const DEMO_USER: Readonly<PasswordAccount> = Object.freeze({
  id: '5e8f1c2a9b3d4e5f60718293',
  email: 'demo@losant-explorer.test',
  password: 'demo-password-1',
  firstName: 'Dana',
  lastName: 'Rivera',
});

/**
 * Needs a two-factor code besides the password: the TOTP of this secret, which is RFC 6238's own
 * test key ("12345678901234567890" in ASCII), so any authenticator app or `oathtool --totp -b`
 * shows the current code.
 */
export const TWO_FACTOR_USER: Readonly<PasswordAccount & { totpSecret: string }> = Object.freeze({
  id: '5e8f1c2a9b3d4e5f60718294',
  email: 'two-factor@losant-explorer.test',
  password: 'two-factor-password-1',
  firstName: 'Tomasz',
  lastName: 'Wójcik',
  totpSecret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
});

export const LOCKED_USER: Readonly<PasswordAccount> = Object.freeze({
  id: '5e8f1c2a9b3d4e5f60718295',
  email: 'locked@losant-explorer.test',
  password: 'locked-password-1',
  firstName: 'Lena',
  lastName: 'Okafor',
  locked: true,
});

export const UNVERIFIED_USER: Readonly<PasswordAccount> = Object.freeze({
  id: '5e8f1c2a9b3d4e5f60718296',
  email: 'unverified@losant-explorer.test',
  password: 'unverified-password-1',
  firstName: 'Uma',
  lastName: 'Verma',
  needsToVerifyEmail: true,
});

/** The email domain whose users sign in through SAML single sign-on. */
export const SSO_DOMAIN = 'sso.example.com';

/** Exists, but has no password: GET /auth/ssoDomain sends its users to SSO. */
export const SSO_USER: Readonly<Account> = Object.freeze({
  id: '5e8f1c2a9b3d4e5f60718297',
  email: `sam@${SSO_DOMAIN}`,
  firstName: 'Sam',
  lastName: 'Saml',
});

export const ACCOUNTS: readonly Readonly<Account>[] = [DEMO_USER, TWO_FACTOR_USER, LOCKED_USER, UNVERIFIED_USER, SSO_USER];

/** For --help: who can sign in, and how each sign-in goes. */
export const ACCOUNTS_HELP = [
  'Accounts for POST /auth/user (email / password):',
  `  ${DEMO_USER.email} / ${DEMO_USER.password}   signs in`,
  `  ${TWO_FACTOR_USER.email} / ${TWO_FACTOR_USER.password}   also needs the TOTP code of base32 secret ${TWO_FACTOR_USER.totpSecret} (oathtool --totp -b SECRET)`,
  `  ${LOCKED_USER.email} / ${LOCKED_USER.password}   locked (401 AccountLocked)`,
  `  ${UNVERIFIED_USER.email} / ${UNVERIFIED_USER.password}   signs in with needsToVerifyEmail`,
  `  any address @${SSO_DOMAIN}   GET /auth/ssoDomain answers SAML single sign-on; no password works`,
  `  ${DEFAULT_MAX_FAILURES} failed sign-ins for an email within ${DEFAULT_WINDOW_SECONDS} seconds: 429 until the first of them is ${DEFAULT_WINDOW_SECONDS} seconds old`,
  "Roles in the seeded organizations (GET /orgs/{orgId} lists each one's members):",
  `  ${DEMO_USER.firstName} ${DEMO_USER.lastName} (the demo account) administers about half; in the rest she edits, collaborates or views,`,
  `  and ${TWO_FACTOR_USER.firstName} ${TWO_FACTOR_USER.lastName} (two-factor) administers those that no one else does.`,
  `  Invitations (GET /orgs/{orgId}/invites): a pending and an expired one where ${DEMO_USER.firstName} administers with colleagues, a pending one where she views.`,
].join('\n');

/** The account with this email, compared as Losant does: trimmed, case-insensitively. */
export function accountByEmail(email: string): Readonly<Account> | undefined {
  const wanted = email.trim().toLowerCase();
  return ACCOUNTS.find((a) => a.email.toLowerCase() === wanted);
}

export function accountById(id: string): Readonly<Account> | undefined {
  return ACCOUNTS.find((a) => a.id === id);
}

/** The lower-cased domain of an email address (after its last "@"), or undefined. */
export function emailDomain(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  return at > 0 && at < email.length - 1
    ? email
        .slice(at + 1)
        .trim()
        .toLowerCase()
    : undefined;
}
