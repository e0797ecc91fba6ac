// GET, PATCH and DELETE /orgs/{orgId}: one organization, which only its administrators may edit
// or delete. Each handler validates the request (400) before anything else, as Losant does.
import type { ApiResponse } from './apiResponse';
import { accessOrganization, orgResponse, summarySelection } from './orgAccess';
import { limitsFor } from './orgFactory';
import { checkObjectId, ORG_PATCH, validateBody } from './orgResourceValidation';
import { ADMIN_ONLY, requireRole } from './orgRoles';
import { parseJsonBody } from './requestBody';
import type { RequestContext } from './serverState';

export function getOrg(ctx: RequestContext, rawOrgId: string): ApiResponse {
  const orgId = checkObjectId('orgId', rawOrgId);
  const summary = summarySelection(ctx.query);
  const { org } = accessOrganization(ctx, orgId, 'get');
  return orgResponse(org, summary);
}

export function patchOrg(ctx: RequestContext, rawOrgId: string): ApiResponse {
  const orgId = checkObjectId('orgId', rawOrgId);
  const patch = validateBody(ORG_PATCH, parseJsonBody(ctx.body, ctx.headers['content-type']));
  const summary = summarySelection(ctx.query);
  const { org, member } = accessOrganization(ctx, orgId, 'patch');
  requireRole(member, ADMIN_ONLY);
  for (const field of ['name', 'description', 'iconColor', 'billingEmail'] as const) {
    const value = patch[field];
    if (typeof value === 'string') org[field] = value;
  }
  if (typeof patch.planId === 'string') {
    org.planId = patch.planId;
    org.limits = limitsFor(patch.planId);
    org.isEnterprise = patch.planId === 'enterprise';
  }
  // The card token is a payment secret: accepted, never stored or echoed back.
  org.lastUpdated = ctx.state.now().toISOString();
  ctx.state.store.invalidate(); // the name or the date may have moved it in a sorted list
  return orgResponse(org, summary);
}

/** Deleting ends the organization's invitations too; members' own accounts are untouched. */
export function deleteOrg(ctx: RequestContext, rawOrgId: string): ApiResponse {
  const orgId = checkObjectId('orgId', rawOrgId);
  const { org, member } = accessOrganization(ctx, orgId, 'delete');
  requireRole(member, ADMIN_ONLY);
  ctx.state.store.remove(org.id);
  ctx.state.invites.dropOrganization(org.id);
  return { status: 200, body: { success: true } };
}
