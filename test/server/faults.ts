// Fault injection: one switchable fault at a time, optionally limited to a method, a path and
// the next N matching requests, so client tests can provoke each failure mode on demand.

export interface FaultScope {
  /** Only requests with this method (e.g. 'GET'); default any. */
  method?: string;
  /** Only requests to this path (e.g. '/orgs'); default any. */
  path?: string;
  /** Only the next N matching requests; default every matching request until cleared. */
  times?: number;
}

export type DropMoment =
  /** Destroy the socket as soon as the request arrives. */
  | 'onArrival'
  /** After reading the whole request body, before doing anything. */
  | 'afterBody'
  /** After the server has performed the action (e.g. created the org), instead of answering. */
  | 'afterAction';

export type FaultKind =
  /** Wait `ms` before handling the request normally. */
  | { kind: 'delay'; ms: number }
  /**
   * Answer with this status instead of handling the request. 429 gets Losant's throttling body
   * (type TooManyRequests, "… Retry in N seconds"), with a Retry-After header only if asked;
   * 500/502/503 get JSON error bodies; `body` overrides the default body.
   */
  | { kind: 'status'; status: number; retryAfterSeconds?: number; retryAfterHeader?: boolean; body?: unknown }
  /** An HTML error page (text/html), as a proxy in front of the API would send. Default status 502. */
  | { kind: 'notJson'; status?: number }
  /** The real response, cut off mid-body: Content-Length promises more, then the socket closes. */
  | { kind: 'truncated' }
  /** Close the connection without any answer. Default moment: 'afterBody'. */
  | { kind: 'drop'; when?: DropMoment }
  /** The real response, but labelled text/plain. */
  | { kind: 'wrongContentType' }
  /** A valid but enormous JSON org list (default 50 MB), streamed chunk by chunk. */
  | { kind: 'huge'; bytes?: number }
  /** GET /orgs answers 200 with some orgs missing fields, null fields and wrong types among valid ones. */
  | { kind: 'malformedOrgs' }
  /** Redirect (default 302) to `location`, default the same path on http://127.0.0.2:PORT. */
  | { kind: 'redirect'; location?: string; status?: number }
  /**
   * Handles the request as usual (checks, authentication, the action), then sends `body` in place
   * of a successful answer's body: e.g. one of Losant's documented examples, verbatim.
   */
  | { kind: 'replaceBody'; body: unknown };

export type Fault = FaultScope & FaultKind;

export class FaultSwitch {
  private fault: Fault | undefined;
  private remaining = Infinity;

  set(fault: Fault | undefined): void {
    this.fault = fault ? { ...fault } : undefined;
    this.remaining = fault?.times ?? Infinity;
  }

  get current(): Fault | undefined {
    return this.fault;
  }

  /** The fault to apply to this request, counting it against `times`. */
  take(method: string, path: string): Fault | undefined {
    const fault = this.fault;
    if (!fault) return undefined;
    if (fault.method !== undefined && fault.method.toUpperCase() !== method) return undefined;
    if (fault.path !== undefined && fault.path !== path) return undefined;
    if (--this.remaining <= 0) this.fault = undefined;
    return fault;
  }
}
