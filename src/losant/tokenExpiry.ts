// Losant's tokens are JWTs; their claims say when they expire (`exp`) and what they may do
// (`scope`). Reading them (without checking the signature, which only the server can) tells an
// expired token from an invalid one without parsing the server's English message, and what a
// pasted token was made for.

/** The token's claims, or undefined when it is no JWT. */
function claimsOf(token: string): Record<string, unknown> | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims) ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** When the token expires (ms since the epoch), or undefined when it says nothing (or is no JWT). */
export function tokenExpiry(token: string): number | undefined {
  const exp = claimsOf(token)?.exp;
  return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
}

/** The most scope names kept from a token, and their longest length: the claims are not checked here. */
const MAX_SCOPES = 50;
const MAX_SCOPE_LENGTH = 100;

/** The scope names the token says it carries (its `scope` claim), or [] when it says none. */
export function tokenScopes(token: string): string[] {
  const scope = claimsOf(token)?.scope;
  const names = Array.isArray(scope) ? scope : typeof scope === 'string' ? scope.split(/\s+/) : [];
  return [...new Set(names.filter((s): s is string => typeof s === 'string' && s !== '' && s.length <= MAX_SCOPE_LENGTH))].slice(0, MAX_SCOPES);
}
