// Signing in with email and password, as Losant's CLI does, in the steps a UI drives:
//   1. lookUpEmail: GET /auth/ssoDomain says whether the email's domain signs in through SSO
//      (then a user API token is the way in) or with a password;
//   2. signInWithPassword: POST /auth/user with the password, the optional two-factor code and
//      the least-privilege scopes, then GET /me for the account's label.
// The password is an argument of step 2 only, sent once and returned in nothing: a failure hands
// back the form to show again, which holds the email alone.
import {
  AuthClient,
  boundText,
  LosantClient,
  text,
  toSignInError,
  type AuthedUser,
  type CallOptions,
  type ConnectionOptions,
  type SignInFailureKind,
  type Text,
} from '../losant';
import { describeAccount, type AccountLabel } from './accountLabel';
import { coversScopes } from './sessions';
import { checkEmail, checkPassword, checkTwoFactorCode, normalizeTwoFactorCode } from './signInInput';

/**
 * What this product does with a token at first, and no more: list organizations, create them, read
 * one by id (a pinned organization beyond the loaded pages, Go to, a check after a lost answer),
 * and read the user's name for the account label (valid scope names in userCredentials.json).
 * Changing or deleting an organization and managing members add their own scope when first used.
 */
export const REQUESTED_SCOPES: readonly string[] = Object.freeze(['orgs.get', 'orgs.post', 'org.get', 'me.get']);

/** Losant's scope names: `all.User`, `orgs.get`, `application.*` (its schema lists each one). */
const SCOPE_NAME = /^[A-Za-z][A-Za-z0-9]*(\.([A-Za-z0-9]+|\*))*$/;
const MAX_SCOPE_LENGTH = 100;
/** More than any one extension needs; Losant's schema names a few hundred. */
const MAX_EXTRA_SCOPES = 20;

/** Beyond this, a request is refused before its names are even read. */
const MAX_ASKED = 100;

export type ScopeRequest =
  /** `scopes` for POST /auth/user: this product's own, then `extra` (the asked ones they do not cover). */
  { ok: true; scopes: readonly string[]; extra: readonly string[] } | { ok: false; message: Text };

function tooMany(count: number): ScopeRequest {
  return {
    ok: false,
    message: text('An extension asked for Losant access with {0} scopes; a sign-in asks for at most {1}.', count, MAX_EXTRA_SCOPES + REQUESTED_SCOPES.length),
  };
}

/**
 * The scopes a sign-in asks Losant for when VS Code asks on another extension's behalf
 * (`getSession('losant', scopes, { createIfNone })`): this product's own, plus what they do not
 * cover. The names come from another extension, so they are checked and bounded here.
 */
export function signInScopes(requested: readonly unknown[] = []): ScopeRequest {
  if (requested.length > MAX_ASKED) return tooMany(requested.length);
  const at = requested.findIndex((s) => typeof s !== 'string' || s.length > MAX_SCOPE_LENGTH || !SCOPE_NAME.test(s));
  if (at >= 0) {
    const bad = requested[at];
    const shown = typeof bad === 'string' ? JSON.stringify(boundText(bad, 40)) : typeof bad;
    return {
      ok: false,
      message: text('An extension asked for Losant access with {0}, which is not a Losant scope name (such as orgs.get or devices.*).', shown),
    };
  }
  const extra = [...new Set(requested as string[])].filter((s) => !coversScopes(REQUESTED_SCOPES, [s]));
  if (extra.length > MAX_EXTRA_SCOPES) return tooMany(extra.length + REQUESTED_SCOPES.length);
  return { ok: true, scopes: [...REQUESTED_SCOPES, ...extra], extra };
}

/** What a form shown again after a failure starts with: the email, never the password. */
export interface SignInForm {
  email: string;
  /** Show the two-factor code field first: Losant asked for a code, or refused the one given. */
  askTwoFactorCode: boolean;
}

export interface SignInFailure {
  kind: 'failed';
  failure: SignInFailureKind;
  /** The sentence for the user. */
  message: Text;
  /** For throttling: how long Losant asked to wait, when it said. */
  retryAfterSeconds?: number;
  form: SignInForm;
}

export type EmailStep =
  /** Ask for the password (and the optional two-factor code) next. */
  | { kind: 'password'; email: string }
  /** The email's domain signs in through SSO: explain, and offer the token path instead. */
  | { kind: 'sso'; email: string; ssoType: string; message: Text }
  | SignInFailure;

export interface PasswordSignIn {
  email: string;
  password: string;
  /** Optional; blank means none. */
  twoFactorCode?: string;
}

export interface SignedIn {
  kind: 'signedIn';
  /** The normalized API URL the token belongs to (the key it is stored under). */
  apiUrl: string;
  token: string;
  /** The scopes the token was asked with. */
  scopes: readonly string[];
  account: AccountLabel;
  /** Something to tell besides: Losant wants the email address verified. */
  notice?: Text;
}

export type SignInOutcome = SignedIn | SignInFailure;

function failed(failure: SignInFailureKind, message: Text, email: string, extra: { retryAfterSeconds?: number } = {}): SignInFailure {
  const askTwoFactorCode = failure === 'twoFactorRequired' || failure === 'twoFactorWrong';
  return { kind: 'failed', failure, message, ...extra, form: { email: email.trim(), askTwoFactorCode } };
}

/** A request's failure as the flow's answer (never thrown: every outcome is data). */
function failedFrom(e: unknown, email: string, sentTwoFactorCode: boolean): SignInFailure {
  const error = toSignInError(e, sentTwoFactorCode);
  return failed(error.reason, error.text, email, error.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: error.retryAfterSeconds });
}

/** Step 1: whether the email signs in with a password or through SSO. */
export async function lookUpEmail(connection: ConnectionOptions, email: string, call: CallOptions = {}): Promise<EmailStep> {
  const trimmed = email.trim();
  const problem = checkEmail(trimmed);
  if (problem) return failed('invalidInput', problem, trimmed);
  try {
    const sso = await new AuthClient(connection).ssoDomain(trimmed, call);
    if (!sso) return { kind: 'password', email: trimmed };
    const message = text(
      '{0} signs in to Losant through single sign-on (SSO), so it cannot sign in here with a password. Create a user API token in the Losant web app (My Account → User API Tokens) and sign in with the token instead.',
      trimmed,
    );
    return { kind: 'sso', email: trimmed, ssoType: sso.ssoType, message };
  } catch (e) {
    return failedFrom(e, trimmed, false);
  }
}

/**
 * Step 2: a token for the email and password (and code), with the least-privilege scopes (or those
 * of signInScopes), and the account's label. Nothing is sent when the input has a problem.
 */
export async function signInWithPassword(
  connection: ConnectionOptions,
  input: PasswordSignIn,
  call: CallOptions = {},
  scopes: readonly string[] = REQUESTED_SCOPES,
): Promise<SignInOutcome> {
  const email = input.email.trim();
  const twoFactorCode = normalizeTwoFactorCode(input.twoFactorCode ?? '');
  const problem = checkEmail(email) ?? checkPassword(input.password) ?? checkTwoFactorCode(twoFactorCode);
  if (problem) return failed('invalidInput', problem, email);
  let auth: AuthClient;
  let authed: AuthedUser;
  try {
    auth = new AuthClient(connection);
    authed = await auth.signIn({ email, password: input.password, twoFactorCode: twoFactorCode || undefined, requestedScopes: scopes }, call);
  } catch (e) {
    return failedFrom(e, email, twoFactorCode !== '');
  }
  const account = await describeAccount(new LosantClient({ ...connection, token: authed.token }), call);
  const notice = authed.needsToVerifyEmail
    ? text('Losant has not verified the email address {0} yet: open the link in the email Losant sent you to verify it.', email)
    : undefined;
  return { kind: 'signedIn', apiUrl: auth.apiUrl, token: authed.token, scopes, account, ...(notice ? { notice } : {}) };
}
