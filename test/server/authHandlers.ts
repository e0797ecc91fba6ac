// Signing in without a token: GET /auth/ssoDomain and POST /auth/user (losant-rest docs/auth.md:
// auth.ssoDomain, auth.authenticateUser). Neither needs a token, so neither looks at one.
//
// The order of checks of POST /auth/user: the body (400) → the email's throttle (429) → email and
// password (401) → a locked account (401 AccountLocked) → the two-factor code (401) → the token.
// The password is checked before anything else about the account is told, so only someone who
// knows it learns that the account is locked or needs a code.
//
// Losant documents the statuses (400, 401) but not the messages. The ones chosen here:
// - wrong email or password (or an SSO account, which has none): Unauthorized, "Invalid email or password";
// - locked: type AccountLocked, the type Losant's CLI tests for (losant-cli commands/login);
// - no code for an account with two-factor authentication: Unauthorized, "Two factor
//   authentication code required"; a wrong code: Unauthorized, "Invalid two factor authentication
//   code". A client cannot count on these words (the contract says to ask for the code up front).
import { ApiError, validationError, type ApiResponse } from './apiResponse';
import { accountByEmail, emailDomain, SSO_DOMAIN, type Account } from './accounts';
import { validateCredentials, type Credentials } from './credentialsValidation';
import { signJwt } from './jwt';
import { single } from './queryParams';
import { parseJsonBody } from './requestBody';
import type { RequestContext } from './serverState';
import { verifyTotp } from './totp';

const invalidCredentials = (): ApiError => new ApiError(401, 'Unauthorized', 'Invalid email or password');

/** The SAML request an SSO sign-in starts with, as the URL of the identity provider's page. */
function samlRequestUrl(email: string): string {
  const request = `<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_losant-explorer" Version="2.0"><saml:Subject xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"><saml:NameID>${email}</saml:NameID></saml:Subject></samlp:AuthnRequest>`;
  return `https://idp.${SSO_DOMAIN}/saml2/sso?SAMLRequest=${encodeURIComponent(Buffer.from(request).toString('base64'))}`;
}

/** 200 {ssoType, ssoRequest} (ssoRequest.json) when the email's domain signs in through SSO, else 204 with no body. */
export function getSsoDomain(ctx: RequestContext): ApiResponse {
  const email = single(ctx.query, 'email');
  if (email === undefined || email.trim() === '') throw validationError('email is required');
  if (emailDomain(email) !== SSO_DOMAIN) return { status: 204, body: undefined };
  return { status: 200, body: { ssoType: 'SAML', ssoRequest: samlRequestUrl(email.trim()) } };
}

/** Throws the 401 for anything but the right password, the right code and an unlocked account. */
function checkSignIn(ctx: RequestContext, credentials: Credentials): Readonly<Account> {
  const { email, password, twoFactorCode } = credentials;
  const now = ctx.state.now();
  const account = accountByEmail(email);
  if (!account?.password || password !== account.password) {
    ctx.state.signInThrottle.fail(email, now);
    throw invalidCredentials();
  }
  if (account.locked) throw new ApiError(401, 'AccountLocked', 'This account is locked');
  if (account.totpSecret) {
    // A missing code is the usual first try of a two-factor account, not a guess: not counted.
    if (!twoFactorCode) throw new ApiError(401, 'Unauthorized', 'Two factor authentication code required');
    if (!verifyTotp(account.totpSecret, twoFactorCode.replace(/\s+/g, ''), now.getTime())) {
      ctx.state.signInThrottle.fail(email, now);
      throw new ApiError(401, 'Unauthorized', 'Invalid two factor authentication code');
    }
  }
  return account;
}

/**
 * 200 {userId, token, needsToVerifyEmail?} (authedUser.json). The token carries exactly the
 * requested scopes (all.User without any); a tokenTTL above 0 makes it expire after that many
 * seconds, 0 or none never (Losant's CLI asks for 0; the field's meaning is undocumented).
 */
export function postAuthUser(ctx: RequestContext): ApiResponse {
  const body = parseJsonBody(ctx.body, ctx.headers['content-type']);
  const problem = validateCredentials(body);
  if (problem) throw validationError(problem);
  const credentials = body as Credentials;
  ctx.state.signInThrottle.check(credentials.email, ctx.state.now());
  const account = checkSignIn(ctx, credentials);
  ctx.state.signInThrottle.succeed(credentials.email);
  const iat = Math.floor(ctx.state.now().getTime() / 1000);
  const ttl = credentials.tokenTTL ? { exp: iat + credentials.tokenTTL } : {};
  const token = signJwt({ sub: account.id, scope: credentials.requestedScopes ?? ['all.User'], iat, iss: 'api.losant.com', ...ttl }, ctx.state.secret);
  return { status: 200, body: { userId: account.id, token, ...(account.needsToVerifyEmail ? { needsToVerifyEmail: true } : {}) } };
}
