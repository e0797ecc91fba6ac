// PATCH and DELETE /orgs/{orgId}/member: an administrator changes a member's role or removes them;
// any member removes themselves (leaves). An organization always keeps an administrator, and an
// administrator cannot change their own role. Both answer the organization as it now is.
import { ApiError, validationError, type ApiResponse } from './apiResponse';
import { accessOrganization, orgResponse, summarySelection } from './orgAccess';
import { checkObjectId, ORG_MEMBER_PATCH, requiredQueryId, validateBody } from './orgResourceValidation';
import { ADMIN_ONLY, keepAnAdministrator, memberOf, requireRole } from './orgRoles';
import { parseJsonBody } from './requestBody';
import type { RequestContext } from './serverState';
import type { MemberRole, ResourceRole } from './users';

const memberNotFound = (): ApiError => new ApiError(404, 'NotFound', 'Member was not found');

export function patchMember(ctx: RequestContext, rawOrgId: string): ApiResponse {
  const orgId = checkObjectId('orgId', rawOrgId);
  const body = validateBody(ORG_MEMBER_PATCH, parseJsonBody(ctx.body, ctx.headers['content-type']));
  const summary = summarySelection(ctx.query);
  const { org, member } = accessOrganization(ctx, orgId, 'modifyMember');
  requireRole(member, ADMIN_ONLY);
  const target = memberOf(org, (body.userId as string).toLowerCase());
  if (!target) throw memberNotFound();
  const role = body.role as MemberRole | undefined;
  if (target === member && role !== undefined && role !== member.role) {
    throw validationError('Administrators cannot change their own role');
  }
  keepAnAdministrator(org, target, role ?? target.role);
  if (role !== undefined) target.role = role;
  if (body.applicationRoles !== undefined) target.applicationRoles = body.applicationRoles as ResourceRole[];
  if (body.dashboardRoles !== undefined) target.dashboardRoles = body.dashboardRoles as ResourceRole[];
  org.lastUpdated = ctx.state.now().toISOString();
  ctx.state.store.invalidate();
  return orgResponse(org, summary);
}

export function removeMember(ctx: RequestContext, rawOrgId: string): ApiResponse {
  const orgId = checkObjectId('orgId', rawOrgId);
  const userId = requiredQueryId(ctx.query, 'userId');
  const summary = summarySelection(ctx.query);
  const { org, member } = accessOrganization(ctx, orgId, 'removeMember');
  // Leaving needs no role; removing someone else is an administrator's.
  if (member.userId !== userId) requireRole(member, ADMIN_ONLY);
  const target = memberOf(org, userId);
  if (!target) throw memberNotFound();
  keepAnAdministrator(org, target, undefined);
  org.members.splice(org.members.indexOf(target), 1);
  org.summary.memberCount = org.members.length;
  org.lastUpdated = ctx.state.now().toISOString();
  ctx.state.store.invalidate();
  return orgResponse(org, summary);
}
