// The route table: unknown path → 404, known path with another method → 405.
import { ApiError, type ApiResponse } from './apiResponse';
import { getOrgs, postOrgs } from './orgHandlers';
import { orgResourceRoute } from './orgResourceRoutes';
import type { RequestContext } from './serverState';
import { getSsoDomain, postAuthUser } from './authHandlers';
import { getMe } from './userHandlers';

type Handler = (ctx: RequestContext) => ApiResponse;

const ROUTES: Record<string, Record<string, Handler>> = {
  '/orgs': { GET: getOrgs, POST: postOrgs },
  '/me': { GET: getMe },
  '/auth/user': { POST: postAuthUser },
  '/auth/ssoDomain': { GET: getSsoDomain },
};

/** Like Express's default (non-strict) routing, one trailing slash is ignored. */
export function normalizePath(pathname: string): string {
  return pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
}

export function resolveRoute(method: string, path: string): Handler {
  const methods = Object.prototype.hasOwnProperty.call(ROUTES, path) ? ROUTES[path] : orgResourceRoute(path);
  if (!methods) throw new ApiError(404, 'NotFound', `Route ${path} not found`);
  const handler = methods[method];
  if (!handler) {
    throw new ApiError(405, 'MethodNotAllowed', `${method} is not allowed`, { Allow: Object.keys(methods).join(', ') });
  }
  return handler;
}
