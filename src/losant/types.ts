// Types of the Losant Orgs API, from the contract (losant-rest's org.json, orgs.json, orgPost.json).
// Every Organization field is optional: the schema requires none and real responses vary.

export type SortField = 'name' | 'id' | 'creationDate' | 'lastUpdated';
export type SortDirection = 'asc' | 'desc';
export const SORT_FIELDS: readonly SortField[] = ['name', 'id', 'creationDate', 'lastUpdated'];
export const SORT_DIRECTIONS: readonly SortDirection[] = ['asc', 'desc'];

export type MemberRole = 'admin' | 'edit' | 'collaborate' | 'view' | 'none';

export interface OrganizationMember {
  userId?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  avatarUrl?: string;
  role?: MemberRole | string;
  [extra: string]: unknown;
}

/** The `summary` object: integer counts plus a few nested stats objects. */
export interface OrganizationSummary {
  appCount?: number;
  dashCount?: number;
  dataTableCount?: number;
  deviceCount?: number;
  flowCount?: number;
  keyCount?: number;
  memberCount?: number;
  webhookCount?: number;
  payloadCount?: Record<string, unknown>;
  storageStats?: { count?: number; size?: number };
  notebookStats?: Record<string, unknown>;
  [extra: string]: unknown;
}

export interface Organization {
  id?: string;
  orgId?: string;
  name?: string;
  description?: string;
  creationDate?: string;
  lastUpdated?: string;
  members?: OrganizationMember[];
  summary?: OrganizationSummary;
  limits?: Record<string, unknown>;
  planId?: string;
  subscriptionStatus?: string;
  isEnterprise?: boolean;
  iconColor?: string;
  disabledAt?: false | string;
  isReadOnly?: boolean;
  mfaMode?: string;
  banner?: { message?: string; level?: 'info' | 'warning' | 'critical' | string };
  [extra: string]: unknown;
}

/** An organization the client has checked: it has an id and a name, so it can be shown. */
export type ListedOrganization = Organization & { id: string; name: string };

/** Query of `GET /orgs`. Every field is optional; the server applies the documented defaults. */
export interface OrganizationsQuery {
  sortField?: SortField;
  sortDirection?: SortDirection;
  page?: number;
  perPage?: number;
  filterField?: 'name';
  filter?: string;
  summaryInclude?: readonly string[];
  summaryExclude?: readonly string[];
}

/** The 200 body of `GET /orgs` (orgs.json), after the client's checks. */
export interface OrganizationsPage {
  items: ListedOrganization[];
  count: number;
  totalCount: number;
  perPage: number;
  page: number;
  sortField?: string;
  sortDirection?: string;
  filterField?: string;
  filter?: string;
  /** Items the client dropped because they lacked an id or a name (the reason for each). */
  skipped: string[];
  /** Items beyond the page size asked for, which the client ignored. */
  extra: number;
}

/** The body of `POST /orgs` (orgPost.json): no other properties are allowed. */
export interface OrganizationPost {
  name: string;
  description?: string;
  planId?: string;
  billingEmail?: string;
  cardToken?: string;
  iconColor?: string;
  mfaMode?: string;
}

/** The user of `GET /me` (me.json), after the client's checks: only the id is sure to be there. */
export interface LosantUser {
  id: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  fullName?: string;
  avatarUrl?: string;
  emailVerified?: boolean;
  needsToVerifyEmail?: boolean;
  twoFactorAuthEnabled?: boolean;
}

/** How an email's domain signs in through single sign-on (`GET /auth/ssoDomain`'s 200, ssoRequest.json). */
export interface SsoDomain {
  /** "SAML" today. */
  ssoType: string;
  /** The identity provider's URL that starts the sign-in; from the server, so untrusted. */
  ssoRequest: string;
}

/** The body of `POST /auth/user` (userCredentials.json): no other properties are allowed. */
export interface UserCredentials {
  email: string;
  password: string;
  twoFactorCode?: string;
  /** The scopes the token gets; all.User when absent. */
  requestedScopes?: readonly string[];
  /** Undocumented meaning; Losant's CLI sends 0. */
  tokenTTL?: number;
}

/** `POST /auth/user`'s 200 (authedUser.json). */
export interface AuthedUser {
  userId: string;
  token: string;
  needsToVerifyEmail?: boolean;
}
