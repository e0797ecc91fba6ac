// One error type for every failure of the Losant API client, with a kind the UI can act on.
import { render, text, type Text } from './text';

export type LosantErrorKind =
  | 'unauthorized' // 401: token invalid or expired
  | 'forbidden' // 403: token lacks the scope, or no token
  | 'validation' // 400
  | 'notFound' // 404
  | 'throttled' // 429
  | 'server' // 5xx
  | 'http' // any other non-2xx status
  | 'proxy' // 407, or a 401/403 that is not Losant's: a proxy or gateway refused the request
  | 'network' // connection refused, reset, DNS...
  | 'timeout'
  | 'cancelled'
  | 'unexpectedResponse' // not JSON, or not the contract's shape
  | 'invalidConfiguration'; // refused before any request (e.g. an unsafe API URL)

export interface LosantErrorInit {
  kind: LosantErrorKind;
  /** What went wrong, for the user; a plain string is taken as it is (e.g. Losant's own message). */
  message: Text | string;
  status?: number;
  /** Losant's `type` from the error body, e.g. "Validation". */
  type?: string;
  /** Seconds to wait before retrying, from Retry-After or Losant's "Retry in N seconds". */
  retryAfterSeconds?: number;
  cause?: unknown;
}

export class LosantApiError extends Error {
  readonly kind: LosantErrorKind;
  readonly status?: number;
  readonly type?: string;
  readonly retryAfterSeconds?: number;
  /** The message as a template and values, for localization. */
  readonly text: Text;

  constructor(init: LosantErrorInit) {
    const t = typeof init.message === 'string' ? text('{0}', init.message) : init.message;
    super(render(t), init.cause === undefined ? undefined : { cause: init.cause });
    this.text = t;
    this.name = 'LosantApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.type = init.type;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

export function isLosantApiError(e: unknown): e is LosantApiError {
  return e instanceof LosantApiError;
}

/** The error as a LosantApiError: anything else thrown (a bug, not the API) as an unexpected response. */
export function asLosantApiError(e: unknown): LosantApiError {
  return isLosantApiError(e) ? e : new LosantApiError({ kind: 'unexpectedResponse', message: String(e), cause: e });
}

/** A response the contract does not allow; `what` says what was wrong with it. */
export function unexpectedResponse(what: string): LosantApiError {
  return new LosantApiError({ kind: 'unexpectedResponse', message: text('The Losant API sent an unexpected response: {0}.', what) });
}

/** A request, or the wait before retrying one, that its caller cancelled. */
export function cancelledError(): LosantApiError {
  return new LosantApiError({ kind: 'cancelled', message: text('The request was cancelled.') });
}

/** Maps an HTTP status to the kind a UI acts on. */
export function kindForStatus(status: number): LosantErrorKind {
  if (status === 400) return 'validation';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'server';
  return 'http';
}

/** Seconds from a Retry-After header (delta-seconds or HTTP date) or Losant's "Retry in N seconds". */
export function parseRetryAfter(header: string | null, message: string | undefined, now = Date.now()): number | undefined {
  if (header) {
    const trimmed = header.trim();
    if (/^\d+$/.test(trimmed)) return Number(trimmed);
    const date = Date.parse(trimmed);
    if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - now) / 1000));
  }
  const m = message?.match(/retry in (\d+) seconds?/i);
  return m ? Number(m[1]) : undefined;
}
