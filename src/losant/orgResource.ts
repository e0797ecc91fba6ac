// Losant's Org resource: one organization, to read, edit or delete, and its members and
// invitations (losant-rest's lib/api/org.js). LosantClient exposes these calls; the connection
// (checked API URL, token, retries) is its own. Reads are retried; writes are sent once.
import { withOfficialFlags, type CallOptions, type ConnectionDefaults } from './connection';
import { LosantApiError } from './errors';
import { checkMemberRole, checkObjectId, invitePostBody, organizationPatchBody } from './orgResourceInput';
import type { InvitePost, OrganizationDetail, OrganizationPatch, OrganizationQuery, OrgInvites } from './orgResourceTypes';
import { parseInvites, parseOrganizationDetail, parseSuccess } from './parseOrgResource';
import { requestJson, type JsonResponse, type RequestOptions } from './request';
import { withRetries, type RetryPolicy } from './retry';
import type { Text } from './text';
import type { MemberRole } from './types';

/** What the calls need from the client that makes them, read when a call is made. */
export interface OrgResourceConnection {
  defaults: ConnectionDefaults;
  token: string;
  retry: RetryPolicy;
}

type Method = RequestOptions['method'];

/** Input refused before any request: kind `validation`, and no status, since nothing was sent. */
const refusal = (problem: Text): LosantApiError => new LosantApiError({ kind: 'validation', message: problem });

function refuse(problem: Text | undefined): void {
  if (problem) throw refusal(problem);
}

/** The checked body, or the refusal of its first problem. */
function bodyOf<T>(checked: { body: T } | { problem: Text }): T {
  if ('problem' in checked) throw refusal(checked.problem);
  return checked.body;
}

function summaryParams(q: OrganizationQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (q.summaryInclude?.length) p.set('summaryInclude', q.summaryInclude.join(','));
  if (q.summaryExclude?.length) p.set('summaryExclude', q.summaryExclude.join(','));
  return p;
}

export class OrgResource {
  constructor(private readonly connection: () => OrgResourceConnection) {}

  /** GET /orgs/{orgId}: the organization with its members. */
  async getOrganization(orgId: string, query: OrganizationQuery = {}, call: CallOptions = {}): Promise<OrganizationDetail> {
    refuse(checkObjectId(orgId, 'organization'));
    const params = withOfficialFlags(summaryParams(query));
    const res = await this.read(call, () => this.send('GET', `/orgs/${orgId}`, call, params));
    return parseOrganizationDetail(res.body);
  }

  /** PATCH /orgs/{orgId}: a new name, description or icon colour (an administrator's). */
  async updateOrganization(orgId: string, patch: OrganizationPatch, call: CallOptions = {}): Promise<OrganizationDetail> {
    refuse(checkObjectId(orgId, 'organization'));
    const body = bodyOf(organizationPatchBody(patch));
    const res = await this.send('PATCH', `/orgs/${orgId}`, call, undefined, body);
    return parseOrganizationDetail(res.body);
  }

  /** DELETE /orgs/{orgId}: deletes it with everything in it; cannot be undone (an administrator's). */
  async deleteOrganization(orgId: string, call: CallOptions = {}): Promise<void> {
    refuse(checkObjectId(orgId, 'organization'));
    const res = await this.send('DELETE', `/orgs/${orgId}`, call);
    parseSuccess(res.body);
  }

  /** GET /orgs/{orgId}/invites: its invitations, expired ones included (`hasExpired`). */
  async listInvites(orgId: string, call: CallOptions = {}): Promise<OrgInvites> {
    refuse(checkObjectId(orgId, 'organization'));
    const params = withOfficialFlags(new URLSearchParams());
    const res = await this.read(call, () => this.send('GET', `/orgs/${orgId}/invites`, call, params));
    return parseInvites(res.body);
  }

  /** POST /orgs/{orgId}/invites: invites an email address with a role; answers the invitations as they now are. */
  async inviteMember(orgId: string, invite: InvitePost, call: CallOptions = {}): Promise<OrgInvites> {
    refuse(checkObjectId(orgId, 'organization'));
    const body = bodyOf(invitePostBody(invite));
    const res = await this.send('POST', `/orgs/${orgId}/invites`, call, undefined, body);
    return parseInvites(res.body);
  }

  /** DELETE /orgs/{orgId}/invites?inviteId=: revokes one; answers the invitations left. */
  async revokeInvite(orgId: string, inviteId: string, call: CallOptions = {}): Promise<OrgInvites> {
    refuse(checkObjectId(orgId, 'organization') ?? checkObjectId(inviteId, 'invitation'));
    const res = await this.send('DELETE', `/orgs/${orgId}/invites`, call, new URLSearchParams({ inviteId }));
    return parseInvites(res.body);
  }

  /** PATCH /orgs/{orgId}/member: gives a member another role; answers the organization. */
  async changeMemberRole(orgId: string, userId: string, role: MemberRole, call: CallOptions = {}): Promise<OrganizationDetail> {
    refuse(checkObjectId(orgId, 'organization') ?? checkObjectId(userId, 'member') ?? checkMemberRole(role));
    const res = await this.send('PATCH', `/orgs/${orgId}/member`, call, undefined, { userId, role });
    return parseOrganizationDetail(res.body);
  }

  /** DELETE /orgs/{orgId}/member?userId=: removes a member, or with one's own id leaves; answers the organization. */
  async removeMember(orgId: string, userId: string, call: CallOptions = {}): Promise<OrganizationDetail> {
    refuse(checkObjectId(orgId, 'organization') ?? checkObjectId(userId, 'member'));
    const res = await this.send('DELETE', `/orgs/${orgId}/member`, call, new URLSearchParams({ userId }));
    return parseOrganizationDetail(res.body);
  }

  private read<T>(call: CallOptions, attempt: () => Promise<T>): Promise<T> {
    return withRetries(attempt, this.connection().retry, call.signal, call.onRetry);
  }

  private send(method: Method, path: string, call: CallOptions, query?: URLSearchParams, body?: unknown): Promise<JsonResponse> {
    const { defaults, token } = this.connection();
    return requestJson({ ...defaults, method, path, query, body, token, signal: call.signal });
  }
}
