// What a failed POST /auth/user means for the person signing in, as a kind a UI can act on and a
// sentence of our own. Losant documents only "401 if authentication fails"; what tells the cases
// apart:
// - a locked account: the error type AccountLocked, which Losant's CLI tests for;
// - two-factor: a 401 whose message speaks of a two-factor (or multi-factor) code. Without a code
//   sent it asks for one; with one it was wrong. The words are undocumented, so any other 401 is
//   taken as a wrong email or password, and the form always offers the code field anyway;
// - throttling: 429, with the wait from Retry-After or Losant's "Retry in N seconds".
import { LosantApiError } from './errors';
import { text, type Text } from './text';

export type SignInFailureKind =
  | 'wrongCredentials'
  | 'twoFactorRequired'
  | 'twoFactorWrong'
  | 'accountLocked'
  | 'throttled'
  /** 400: Losant refused the form itself (e.g. an email it does not take for one). */
  | 'invalidInput'
  | 'cancelled'
  /** Anything else (network, timeout, proxy, server error, unexpected answer): the request failed, not the credentials. */
  | 'unavailable';

export class SignInError extends LosantApiError {
  constructor(
    readonly reason: SignInFailureKind,
    from: LosantApiError,
    message: Text = from.text,
  ) {
    super({ kind: from.kind, status: from.status, type: from.type, retryAfterSeconds: from.retryAfterSeconds, message });
    this.name = 'SignInError';
  }
}

const TWO_FACTOR = /two[\s-]?factor|multi[\s-]?factor|\b2fa\b|\bmfa\b/i;

/** Any failure of a sign-in step as a SignInError (something other than the API's own error is 'unavailable'). */
export function toSignInError(e: unknown, sentTwoFactorCode: boolean): SignInError {
  if (e instanceof SignInError) return e;
  if (e instanceof LosantApiError) return signInError(e, sentTwoFactorCode);
  const message = e instanceof Error ? e.message : String(e);
  return new SignInError('unavailable', new LosantApiError({ kind: 'unexpectedResponse', message: text('Signing in failed: {0}', message) }));
}

/** The sign-in failure a request error stands for; `sentTwoFactorCode` tells a missing code from a wrong one. */
export function signInError(e: LosantApiError, sentTwoFactorCode: boolean): SignInError {
  if (e.type === 'AccountLocked') {
    return new SignInError(
      'accountLocked',
      e,
      text("Losant has locked this account. Reset your password from Losant's sign-in page, or ask your Losant administrator to unlock it, then try again."),
    );
  }
  if (e.kind === 'unauthorized') {
    if (TWO_FACTOR.test(e.message)) {
      return sentTwoFactorCode
        ? new SignInError(
            'twoFactorWrong',
            e,
            text('Losant did not accept the two-factor code. Enter the current code from your authenticator app (each code lasts about 30 seconds).'),
          )
        : new SignInError('twoFactorRequired', e, text('This account uses two-factor authentication. Enter the current code from your authenticator app.'));
    }
    return new SignInError(
      'wrongCredentials',
      e,
      text('Losant did not accept this email and password. Check them (the password is case-sensitive) and try again.'),
    );
  }
  if (e.kind === 'throttled') {
    return new SignInError(
      'throttled',
      e,
      e.retryAfterSeconds !== undefined
        ? text('Too many sign-in attempts for this account. Wait {0} seconds, then try again.', e.retryAfterSeconds)
        : text('Too many sign-in attempts for this account. Wait a few minutes, then try again.'),
    );
  }
  if (e.kind === 'validation') return new SignInError('invalidInput', e, text('Losant refused the sign-in: {0}', e.message));
  if (e.kind === 'cancelled') return new SignInError('cancelled', e);
  return new SignInError('unavailable', e);
}
