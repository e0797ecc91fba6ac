// GET, POST and DELETE /orgs/{orgId}/invites: an organization's pending invitations. Its members
// see them (all but "None" members); only administrators invite or revoke. Each answer is the
// list as it now is (orgInvites.json).
import { ApiError, validationError, type ApiResponse } from './apiResponse';
import { inviteBody } from './invitations';
import { accessOrganization } from './orgAccess';
import type { Organization } from './organization';
import { checkObjectId, ORG_INVITE_POST, requiredQueryId, validateBody } from './orgResourceValidation';
import { ADMIN_ONLY, requireRole, SEES_INVITES } from './orgRoles';
import { parseJsonBody } from './requestBody';
import type { RequestContext } from './serverState';
import type { MemberRole, ResourceRole } from './users';

function invitesResponse(ctx: RequestContext, org: Organization): ApiResponse {
  const now = ctx.state.now();
  return { status: 200, body: ctx.state.invites.of(org.id).map((invite) => inviteBody(invite, now)) };
}

export function getInvites(ctx: RequestContext, rawOrgId: string): ApiResponse {
  const orgId = checkObjectId('orgId', rawOrgId);
  const { org, member } = accessOrganization(ctx, orgId, 'pendingInvites');
  requireRole(member, SEES_INVITES);
  return invitesResponse(ctx, org);
}

/** Inviting an email that already has an invitation sends a new one in its place (a fresh seven days). */
export function postInvite(ctx: RequestContext, rawOrgId: string): ApiResponse {
  const orgId = checkObjectId('orgId', rawOrgId);
  const body = validateBody(ORG_INVITE_POST, parseJsonBody(ctx.body, ctx.headers['content-type']));
  const { org, member } = accessOrganization(ctx, orgId, 'inviteMember');
  requireRole(member, ADMIN_ONLY);
  const email = body.email as string;
  if (org.members.some((m) => m.email.toLowerCase() === email.toLowerCase())) {
    throw validationError('User is already a member of this organization');
  }
  const now = ctx.state.now();
  ctx.state.invites.add(org.id, {
    id: ctx.state.newOrgId(now),
    email,
    role: body.role as MemberRole,
    applicationRoles: (body.applicationRoles as ResourceRole[] | undefined) ?? [],
    dashboardRoles: (body.dashboardRoles as ResourceRole[] | undefined) ?? [],
    inviteDate: now.toISOString(),
    disallowTransfer: body.disallowTransfer === true,
  });
  return invitesResponse(ctx, org);
}

export function deleteInvite(ctx: RequestContext, rawOrgId: string): ApiResponse {
  const orgId = checkObjectId('orgId', rawOrgId);
  const inviteId = requiredQueryId(ctx.query, 'inviteId');
  const { org, member } = accessOrganization(ctx, orgId, 'revokeInvite');
  requireRole(member, ADMIN_ONLY);
  if (!ctx.state.invites.revoke(org.id, inviteId)) throw new ApiError(404, 'NotFound', 'Invite was not found');
  return invitesResponse(ctx, org);
}
