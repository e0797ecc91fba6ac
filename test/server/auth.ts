// Authentication (401) and authorization (403), as the contract orders them. A request with
// no token at all is not "unauthenticated" in Losant's sense: it is refused with 403.
import { expiredTokenError, forbiddenError, invalidTokenError } from './apiResponse';
import { verifyJwt, type TokenClaims } from './jwt';

const USER_READ_SCOPES = ['all.User', 'all.User.bounded', 'all.User.read', 'only.User', 'only.User.bounded', 'only.User.read'];

export const ORGS_GET_SCOPES = [...USER_READ_SCOPES, 'orgs.*', 'orgs.get'];
export const ORGS_POST_SCOPES = ['all.User', 'all.User.bounded', 'only.User', 'only.User.bounded', 'orgs.*', 'orgs.post'];
export const ME_GET_SCOPES = [...USER_READ_SCOPES, 'me.*', 'me.get'];

/**
 * Returns the token's claims, or undefined when no Authorization header was sent.
 * Throws 401 for anything sent that is not a valid, unexpired Bearer token.
 */
export function authenticate(authorization: string | undefined, secret: string, now: Date): TokenClaims | undefined {
  if (authorization === undefined || authorization.trim() === '') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization.trim());
  if (!match) throw invalidTokenError();
  const result = verifyJwt(match[1], secret, Math.floor(now.getTime() / 1000));
  if (!result.ok) throw result.reason === 'expired' ? expiredTokenError() : invalidTokenError();
  return result.claims;
}

/** Throws 403 unless one of the token's scopes is among the allowed ones. */
export function authorize(claims: TokenClaims | undefined, allowedScopes: readonly string[]): TokenClaims {
  if (!claims || !claims.scope.some((s) => allowedScopes.includes(s))) throw forbiddenError();
  return claims;
}
