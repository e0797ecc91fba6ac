// A typed client for the Losant API with a user's token (GET /orgs, POST /orgs, GET /me). No VS Code here.
import { ApiConnection, withOfficialFlags, type CallOptions, type ConnectionOptions } from './connection';
import { parseCreatedOrganization, parseOrganizationsPage } from './parseOrganizations';
import { parseUser } from './parseUser';
import { OrgResource } from './orgResource';
import type { InvitePost, OrganizationDetail, OrganizationPatch, OrganizationQuery, OrgInvites } from './orgResourceTypes';
import { maskToken, requestJson } from './request';
import type { ListedOrganization, LosantUser, OrganizationPost, OrganizationsPage, OrganizationsQuery } from './types';

export type { CallOptions } from './connection';

export interface LosantClientOptions extends ConnectionOptions {
  token: string;
}

/** Builds the query of GET /orgs; undefined fields are left to the server's defaults. */
export function organizationsSearchParams(q: OrganizationsQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (q.sortField) p.set('sortField', q.sortField);
  if (q.sortDirection) p.set('sortDirection', q.sortDirection);
  if (q.page !== undefined) p.set('page', String(q.page));
  if (q.perPage !== undefined) p.set('perPage', String(q.perPage));
  if (q.filter) {
    p.set('filterField', q.filterField ?? 'name');
    p.set('filter', q.filter);
  }
  if (q.summaryInclude?.length) p.set('summaryInclude', q.summaryInclude.join(','));
  if (q.summaryExclude?.length) p.set('summaryExclude', q.summaryExclude.join(','));
  return withOfficialFlags(p);
}

export class LosantClient extends ApiConnection<LosantClientOptions> {
  /** The text with this client's token masked, for anything built from what the server sent. */
  redact(text: string): string {
    return maskToken(text, this.options.token);
  }

  /** GET /orgs: one page of the current user's organizations. */
  async listOrganizations(query: OrganizationsQuery = {}, call: CallOptions = {}): Promise<OrganizationsPage> {
    const params = organizationsSearchParams(query);
    const res = await this.read(call, () => this.send('GET', '/orgs', call, params));
    return parseOrganizationsPage(res.body, query.perPage);
  }

  /** POST /orgs: creates an organization; the current user becomes its admin. Never retried. */
  async createOrganization(body: OrganizationPost, call: CallOptions = {}): Promise<ListedOrganization> {
    const res = await this.send('POST', '/orgs', call, undefined, body);
    return parseCreatedOrganization(res.body);
  }

  /** Checks that the token can list organizations (GET /orgs?perPage=1), the safest probe. */
  async verifyToken(call: CallOptions = {}): Promise<number> {
    const page = await this.listOrganizations({ perPage: 1 }, call);
    return page.totalCount;
  }

  /** GET /me: the token's user. Losant refuses it (403) to tokens without a user-reading scope. */
  async me(call: CallOptions = {}): Promise<LosantUser> {
    const query = withOfficialFlags(new URLSearchParams());
    const res = await this.read(call, () => this.send('GET', '/me', call, query));
    return parseUser(res.body);
  }

  // One organization (Losant's Org resource): its calls are in orgResource.ts, on this connection.
  private readonly org = new OrgResource(() => ({ defaults: this.defaults, token: this.options.token, retry: this.options.retry ?? {} }));

  /** GET /orgs/{orgId}: the organization with its checked members. A 404 (kind notFound) also means "not a member". */
  getOrganization(orgId: string, query?: OrganizationQuery, call?: CallOptions): Promise<OrganizationDetail> {
    return this.org.getOrganization(orgId, query, call);
  }

  /** PATCH /orgs/{orgId}: name, description or icon colour; checked first. Never retried. */
  updateOrganization(orgId: string, patch: OrganizationPatch, call?: CallOptions): Promise<OrganizationDetail> {
    return this.org.updateOrganization(orgId, patch, call);
  }

  /** DELETE /orgs/{orgId}: deletes it and everything in it. Never retried. */
  deleteOrganization(orgId: string, call?: CallOptions): Promise<void> {
    return this.org.deleteOrganization(orgId, call);
  }

  /** GET /orgs/{orgId}/invites: its invitations, expired ones included. */
  listInvites(orgId: string, call?: CallOptions): Promise<OrgInvites> {
    return this.org.listInvites(orgId, call);
  }

  /** POST /orgs/{orgId}/invites: invites an email address with a role. Never retried. */
  inviteMember(orgId: string, invite: InvitePost, call?: CallOptions): Promise<OrgInvites> {
    return this.org.inviteMember(orgId, invite, call);
  }

  /** DELETE /orgs/{orgId}/invites?inviteId=: revokes an invitation. Never retried. */
  revokeInvite(orgId: string, inviteId: string, call?: CallOptions): Promise<OrgInvites> {
    return this.org.revokeInvite(orgId, inviteId, call);
  }

  /** PATCH /orgs/{orgId}/member: gives a member another role. Never retried. */
  changeMemberRole(orgId: string, userId: string, role: InvitePost['role'], call?: CallOptions): Promise<OrganizationDetail> {
    return this.org.changeMemberRole(orgId, userId, role, call);
  }

  /** DELETE /orgs/{orgId}/member?userId=: removes a member; with the user's own id, leaves. Never retried. */
  removeMember(orgId: string, userId: string, call?: CallOptions): Promise<OrganizationDetail> {
    return this.org.removeMember(orgId, userId, call);
  }

  private send(method: 'GET' | 'POST', path: string, call: CallOptions, query?: URLSearchParams, body?: unknown) {
    return requestJson({ ...this.defaults, method, path, query, body, token: this.options.token, signal: call.signal });
  }
}
