// Losant's tokens are JWTs; their `exp` claim says when they expire. Reading it (without checking
// the signature, which only the server can) tells an expired token from an invalid one without
// parsing the server's English message.

/** When the token expires (ms since the epoch), or undefined when it says nothing (or is no JWT). */
export function tokenExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof claims.exp === 'number' && Number.isFinite(claims.exp) ? claims.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
