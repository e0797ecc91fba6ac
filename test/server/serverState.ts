// Everything a request handler may need, passed explicitly rather than held in module globals,
// so several servers can run in one process (e.g. one per test file).
import type { IncomingHttpHeaders } from 'node:http';
import type { FaultSwitch } from './faults';
import type { InviteStore } from './invitations';
import type { OrgStore } from './orgStore';
import type { RawBody } from './requestBody';
import type { SignInThrottle } from './signInThrottle';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  /** The status sent; 0 when the connection was dropped without an answer. */
  status: number;
  /** The kind of fault applied to this request, if any. */
  fault?: string;
}

export interface ServerState {
  readonly store: OrgStore;
  /** Each organization's pending invitations. */
  readonly invites: InviteStore;
  /** Failed sign-ins per email, for POST /auth/user's rate limit. */
  readonly signInThrottle: SignInThrottle;
  readonly secret: string;
  readonly faults: FaultSwitch;
  readonly requests: RecordedRequest[];
  /** Set once listening; used to build redirect targets. */
  port: number;
  now(): Date;
  newOrgId(created: Date): string;
}

export interface RequestContext {
  state: ServerState;
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: RawBody;
}
