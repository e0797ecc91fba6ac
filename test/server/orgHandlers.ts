// GET and POST /orgs. Each handler keeps the contract's order of checks:
// request validation (400) → authentication (401) → authorization (403) → the action.
import type { ApiResponse } from './apiResponse';
import { validationError } from './apiResponse';
import { authenticate, authorize, ORGS_GET_SCOPES, ORGS_POST_SCOPES } from './auth';
import { buildOrganization } from './orgFactory';
import { listOrganizations, parseOrgListQuery } from './orgListQuery';
import { validateOrgPost } from './orgPostValidation';
import { parseJsonBody } from './requestBody';
import type { RequestContext } from './serverState';
import { memberForUserId } from './users';

export function getOrgs(ctx: RequestContext): ApiResponse {
  const query = parseOrgListQuery(ctx.query);
  authorize(authenticate(ctx.headers.authorization, ctx.state.secret, ctx.state.now()), ORGS_GET_SCOPES);
  return { status: 200, body: listOrganizations(ctx.state.store, query) };
}

export function postOrgs(ctx: RequestContext): ApiResponse {
  const body = parseJsonBody(ctx.body, ctx.headers['content-type']);
  const problem = validateOrgPost(body);
  if (problem) throw validationError(problem);
  const claims = authorize(authenticate(ctx.headers.authorization, ctx.state.secret, ctx.state.now()), ORGS_POST_SCOPES);
  const now = ctx.state.now();
  const org = buildOrganization(
    { ...(body as Record<string, unknown>), creationDate: now.toISOString(), lastUpdated: now.toISOString() },
    { id: ctx.state.newOrgId(now), now, creator: memberForUserId(claims.sub, 'admin') },
  );
  // The card token is a payment secret: accepted, never echoed back.
  delete org.cardToken;
  ctx.state.store.add(org);
  return { status: 201, body: org };
}
