// POST /auth/user (log in with the demo account) and GET /me.
import { ApiError, invalidTokenError, validationError, type ApiResponse } from './apiResponse';
import { authenticate, authorize, ME_GET_SCOPES } from './auth';
import { signJwt } from './jwt';
import { parseJsonBody } from './requestBody';
import type { RequestContext } from './serverState';

const CREDENTIAL_FIELDS = new Set(['email', 'password', 'twoFactorCode', 'tokenTTL', 'requestedScopes']);

function validateCredentials(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'credentials is the wrong type';
  const fields = body as Record<string, unknown>;
  if (fields.email === undefined) return 'credentials.email is required';
  if (fields.password === undefined) return 'credentials.password is required';
  if (Object.keys(fields).some((k) => !CREDENTIAL_FIELDS.has(k))) return 'credentials has additional properties';
  if (typeof fields.email !== 'string') return 'credentials.email is the wrong type';
  if (typeof fields.password !== 'string') return 'credentials.password is the wrong type';
  if (fields.tokenTTL !== undefined && (typeof fields.tokenTTL !== 'number' || !Number.isInteger(fields.tokenTTL) || fields.tokenTTL < 1)) {
    return 'credentials.tokenTTL is the wrong type';
  }
  const scopes = fields.requestedScopes;
  if (scopes !== undefined && !(Array.isArray(scopes) && scopes.every((s) => typeof s === 'string'))) {
    return 'credentials.requestedScopes is the wrong type';
  }
  return undefined;
}

export function postAuthUser(ctx: RequestContext): ApiResponse {
  const body = parseJsonBody(ctx.body, ctx.headers['content-type']);
  const problem = validateCredentials(body);
  if (problem) throw validationError(problem);
  const { email, password, tokenTTL, requestedScopes } = body as { email: string; password: string; tokenTTL?: number; requestedScopes?: string[] };
  const user = ctx.state.user;
  if (email.trim().toLowerCase() !== user.email.toLowerCase() || password !== user.password) {
    throw new ApiError(401, 'Unauthorized', 'Invalid email or password');
  }
  const iat = Math.floor(ctx.state.now().getTime() / 1000);
  const token = signJwt(
    { sub: user.id, scope: requestedScopes ?? ['all.User'], iat, iss: 'api.losant.com', ...(tokenTTL ? { exp: iat + tokenTTL } : {}) },
    ctx.state.secret,
  );
  return { status: 200, body: { userId: user.id, token } };
}

export function getMe(ctx: RequestContext): ApiResponse {
  const claims = authorize(authenticate(ctx.headers.authorization, ctx.state.secret, ctx.state.now()), ME_GET_SCOPES);
  const user = ctx.state.user;
  // Tokens signed for other user ids (possible via signToken) name nobody that exists.
  if (claims.sub !== user.id) throw invalidTokenError();
  return {
    status: 200,
    body: {
      id: user.id,
      userId: user.id,
      email: user.email,
      firstName: user.firstName,
      lastName: user.lastName,
      fullName: `${user.firstName} ${user.lastName}`,
      companyName: 'Losant Explorer Demo',
      emailVerified: true,
      twoFactorAuthEnabled: false,
      creationDate: '2016-03-14T09:26:53.589Z',
      lastUpdated: '2024-11-02T17:45:10.000Z',
      summary: { orgCount: ctx.state.store.organizations.length },
      _type: 'me',
      _links: { self: { href: '/me' } },
    },
  };
}
