// A typed client for the Losant Orgs API (GET /orgs, POST /orgs). No VS Code here.
import { checkApiUrl } from './apiUrl';
import { LosantApiError } from './errors';
import { parseCreatedOrganization, parseOrganizationsPage } from './parseOrganizations';
import { maskToken, requestJson, type RequestLogEntry } from './request';
import { withRetries, type RetryNotice, type RetryPolicy } from './retry';
import type { ListedOrganization, OrganizationPost, OrganizationsPage, OrganizationsQuery } from './types';

export interface LosantClientOptions {
  /** e.g. https://api.losant.com; refused unless HTTPS, or HTTP to a loopback address. */
  apiUrl: string;
  token: string;
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
  // The flags the official clients send, so responses have the same shape as theirs.
  p.set('_actions', 'false');
  p.set('_links', 'true');
  p.set('_embedded', 'true');
  return p;
}

export class LosantClient {
  private readonly baseUrl: string;

  constructor(private readonly options: LosantClientOptions) {
    const check = checkApiUrl(options.apiUrl);
    if (!check.ok) throw new LosantApiError({ kind: 'invalidConfiguration', message: check.reason });
    this.baseUrl = check.origin;
  }

  /** The text with this client's token masked, for anything built from what the server sent. */
  redact(text: string): string {
    return maskToken(text, this.options.token);
  }

  /** GET /orgs: one page of the current user's organizations. */
  async listOrganizations(query: OrganizationsQuery = {}, call: CallOptions = {}): Promise<OrganizationsPage> {
    const params = organizationsSearchParams(query);
    const res = await withRetries(() => this.send('GET', '/orgs', call, params), this.options.retry ?? {}, call.signal, call.onRetry);
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

  private send(method: 'GET' | 'POST', path: string, call: CallOptions, query?: URLSearchParams, body?: unknown) {
    return requestJson({
      method,
      baseUrl: this.baseUrl,
      path,
      query,
      body,
      token: this.options.token,
      timeoutMs: this.options.timeoutMs ?? 30_000,
      maxResponseBytes: this.options.maxResponseBytes ?? 64 * 1024 * 1024,
      userAgent: this.options.userAgent ?? 'losant-explorer',
      signal: call.signal,
      onLog: this.options.onLog,
    });
  }
}
