// Minimal HS256 JSON Web Tokens with node:crypto, so the server can mint and check tokens
// the way Losant does (scope array, sub = user id, iat, optional exp) without a dependency.
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface TokenClaims {
  sub: string;
  scope: string[];
  iat: number;
  exp?: number;
  [claim: string]: unknown;
}

export type VerifyResult = { ok: true; claims: TokenClaims } | { ok: false; reason: 'invalid' | 'expired' };

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function encodeJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

function signature(signingInput: string, secret: string): string {
  return createHmac('sha256', secret).update(signingInput).digest('base64url');
}

export function signJwt(claims: TokenClaims, secret: string): string {
  const input = `${encodeJson({ alg: 'HS256', typ: 'JWT' })}.${encodeJson(claims)}`;
  return `${input}.${signature(input, secret)}`;
}

function decodeJson(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

function isClaims(value: unknown): value is TokenClaims {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c.sub === 'string' &&
    Array.isArray(c.scope) &&
    c.scope.every((s) => typeof s === 'string') &&
    typeof c.iat === 'number' &&
    (c.exp === undefined || typeof c.exp === 'number')
  );
}

/** Checks signature first, then expiry: a forged token must never learn that it is "expired". */
export function verifyJwt(token: string, secret: string, nowSeconds: number): VerifyResult {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((p) => BASE64URL.test(p))) return { ok: false, reason: 'invalid' };
  const [header, payload, sig] = parts;
  const expected = Buffer.from(signature(`${header}.${payload}`, secret));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
  const head = decodeJson(header) as { alg?: unknown } | undefined;
  const claims = decodeJson(payload);
  if (head?.alg !== 'HS256' || !isClaims(claims)) return { ok: false, reason: 'invalid' };
  if (claims.exp !== undefined && claims.exp <= nowSeconds) return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}
