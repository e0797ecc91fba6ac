// The Org resource's paths, /orgs/{orgId}, /orgs/{orgId}/invites and /orgs/{orgId}/member, each
// with its methods. The id is handed over as sent: each handler validates it (400) first.
import type { ApiResponse } from './apiResponse';
import { deleteInvite, getInvites, postInvite } from './orgInviteHandlers';
import { patchMember, removeMember } from './orgMemberHandlers';
import { deleteOrg, getOrg, patchOrg } from './orgResourceHandlers';
import type { RequestContext } from './serverState';

type Handler = (ctx: RequestContext) => ApiResponse;

const ORG_PATH = /^\/orgs\/([^/]+)(?:\/(invites|member))?$/;

/** The methods of an Org resource path, or undefined for any other path. */
export function orgResourceRoute(path: string): Record<string, Handler> | undefined {
  const match = ORG_PATH.exec(path);
  if (!match) return undefined;
  const orgId = match[1];
  switch (match[2]) {
    case 'invites':
      return { GET: (ctx) => getInvites(ctx, orgId), POST: (ctx) => postInvite(ctx, orgId), DELETE: (ctx) => deleteInvite(ctx, orgId) };
    case 'member':
      return { PATCH: (ctx) => patchMember(ctx, orgId), DELETE: (ctx) => removeMember(ctx, orgId) };
    default:
      return { GET: (ctx) => getOrg(ctx, orgId), PATCH: (ctx) => patchOrg(ctx, orgId), DELETE: (ctx) => deleteOrg(ctx, orgId) };
  }
}
