// What every client of the Losant API shares: the checked API URL and the request settings, with
// the same defaults whether a call carries a token (LosantClient) or signs in (AuthClient).
import { checkApiUrl } from './apiUrl';
import { LosantApiError } from './errors';
import type { RequestLogEntry, RequestOptions } from './request';
import { withRetries, type RetryNotice, type RetryPolicy } from './retry';

export interface ConnectionOptions {
  /** e.g. https://api.losant.com; refused unless HTTPS, or HTTP to a loopback address. */
  apiUrl: string;
  /** Per request; default 30 s. */
  timeoutMs?: number;
  /** Default 64 MiB: far above any real page, low enough to fail cleanly on a runaway body. */
  maxResponseBytes?: number;
  userAgent?: string;
  onLog?: (entry: RequestLogEntry) => void;
  /** For reads only; default 3 retries on 429, 502, 503, 504 and lost connections. */
  retry?: RetryPolicy;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Told before each wait between retries of a read, so a UI can say it is waiting. */
  onRetry?: (notice: RetryNotice) => void;
}

/** Adds the query flags the official clients send with every read, so responses have the same shape as theirs. */
export function withOfficialFlags(p: URLSearchParams): URLSearchParams {
  p.set('_actions', 'false');
  p.set('_links', 'true');
  p.set('_embedded', 'true');
  return p;
}

export type ConnectionDefaults = Pick<RequestOptions, 'baseUrl' | 'timeoutMs' | 'maxResponseBytes' | 'userAgent' | 'onLog'>;

/** The request settings of a connection; throws (kind invalidConfiguration) for an unusable API URL. */
export function connectionDefaults(options: ConnectionOptions): ConnectionDefaults {
  const check = checkApiUrl(options.apiUrl);
  if (!check.ok) throw new LosantApiError({ kind: 'invalidConfiguration', message: check.reason });
  return {
    baseUrl: check.origin,
    timeoutMs: options.timeoutMs ?? 30_000,
    maxResponseBytes: options.maxResponseBytes ?? 64 * 1024 * 1024,
    userAgent: options.userAgent ?? 'losant-explorer',
    onLog: options.onLog,
  };
}

/** What both clients are built on: the checked API URL, the request settings, and retried reads. */
export class ApiConnection<Options extends ConnectionOptions = ConnectionOptions> {
  protected readonly defaults: ConnectionDefaults;

  constructor(protected readonly options: Options) {
    this.defaults = connectionDefaults(options);
  }

  get apiUrl(): string {
    return this.defaults.baseUrl;
  }

  /** A read, retried as the connection's policy says; writes never come through here. */
  protected read<T>(call: CallOptions, attempt: () => Promise<T>): Promise<T> {
    return withRetries(attempt, this.options.retry ?? {}, call.signal, call.onRetry);
  }
}
