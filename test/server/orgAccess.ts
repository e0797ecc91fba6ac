// The checks every Org resource route makes once its request is valid, in the contract's order:
// authentication (401), the token's scope (403), the organization visible to the token's user
// (404: it does not exist, or they are not a member), and then, in each handler, their role (403).
import type { ApiResponse } from './apiResponse';
import { authenticate, authorize } from './auth';
import type { Organization } from './organization';
import { nameList, selectSummary } from './orgListQuery';
import { memberOf, orgNotFound } from './orgRoles';
import { single } from './queryParams';
import type { RequestContext } from './serverState';
import type { Member } from './users';

/** Losant's names of the Org resource's actions; each has its own scope, `org.<action>`. */
export type OrgAction = 'get' | 'patch' | 'delete' | 'pendingInvites' | 'inviteMember' | 'revokeInvite' | 'modifyMember' | 'removeMember';

const READ_ACTIONS: ReadonlySet<OrgAction> = new Set(['get', 'pendingInvites']);

/** The scopes that allow an action (losant-rest's lib/api/org.js): each alone suffices. */
export function orgActionScopes(action: OrgAction): string[] {
  const scopes = ['all.Organization', 'all.User', 'org.*', `org.${action}`];
  return READ_ACTIONS.has(action) ? [...scopes, 'all.Organization.read', 'all.User.read'] : scopes;
}

export interface OrgAccess {
  org: Organization;
  /** The token's user, as a member of the organization. */
  member: Member;
}

export function accessOrganization(ctx: RequestContext, orgId: string, action: OrgAction): OrgAccess {
  const claims = authorize(authenticate(ctx.headers.authorization, ctx.state.secret, ctx.state.now()), orgActionScopes(action));
  const org = ctx.state.store.byId(orgId);
  const member = org && memberOf(org, claims.sub);
  if (!org || !member) throw orgNotFound();
  return { org, member };
}

export interface SummarySelection {
  include?: string[];
  exclude?: string[];
}

/** summaryInclude and summaryExclude, which the routes answering an organization accept as GET /orgs does. */
export function summarySelection(params: URLSearchParams): SummarySelection {
  return { include: nameList(single(params, 'summaryInclude')), exclude: nameList(single(params, 'summaryExclude')) };
}

/** A 200 with the organization (org.json), its summary narrowed as asked. */
export function orgResponse(org: Organization, summary: SummarySelection): ApiResponse {
  return { status: 200, body: summary.include || summary.exclude ? selectSummary(org, summary.include, summary.exclude) : org };
}
