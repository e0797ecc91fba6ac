// GET /me: the token's user (me.json), for tokens with a scope that may read it.
import { invalidTokenError, type ApiResponse } from './apiResponse';
import { accountById } from './accounts';
import { authenticate, authorize, ME_GET_SCOPES } from './auth';
import type { RequestContext } from './serverState';
import { avatarUrl } from './users';

export function getMe(ctx: RequestContext): ApiResponse {
  const claims = authorize(authenticate(ctx.headers.authorization, ctx.state.secret, ctx.state.now()), ME_GET_SCOPES);
  const user = accountById(claims.sub);
  // Tokens signed for other user ids (possible via signToken) name nobody that exists.
  if (!user) throw invalidTokenError();
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
      avatarUrl: avatarUrl(user.email),
      emailVerified: !user.needsToVerifyEmail,
      needsToVerifyEmail: user.needsToVerifyEmail === true,
      twoFactorAuthEnabled: user.totpSecret !== undefined,
      ssoLinked: user.password === undefined,
      creationDate: '2016-03-14T09:26:53.589Z',
      lastUpdated: '2024-11-02T17:45:10.000Z',
      summary: { orgCount: ctx.state.store.organizations.length },
      _type: 'me',
      _links: { self: { href: '/me' } },
    },
  };
}
