// The one place that talks HTTP: timeout, cancellation, size cap, redirects refused, errors mapped.
import fetch, { type Response } from 'node-fetch';
import { cancelledError, LosantApiError, kindForStatus, parseRetryAfter } from './errors';
import { text, type Text } from './text';
import { boundText } from './untrustedText';

export interface RequestLogEntry {
  method: string;
  /** Path and query, never the token (it only travels in a header). */
  path: string;
  status?: number;
  ms: number;
  error?: string;
}

export interface RequestOptions {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Base URL without trailing slash, already checked by checkApiUrl. */
  baseUrl: string;
  path: string;
  query?: URLSearchParams;
  /** Sent as `Authorization: Bearer …`; none for the calls that sign in. */
  token?: string;
  /** Other secrets the request carries (a password): masked like the token in anything built from the response. */
  secrets?: readonly string[];
  /** Query parameters whose values the log shows as *** (an email address). */
  unloggedQuery?: readonly string[];
  body?: unknown;
  timeoutMs: number;
  signal?: AbortSignal;
  maxResponseBytes: number;
  userAgent: string;
  onLog?: (entry: RequestLogEntry) => void;
}

export interface JsonResponse {
  status: number;
  body: unknown;
}

/** The forms a secret can be echoed in: as sent, URL-encoded (with %20 or +), JSON-escaped, HTML-escaped. */
function echoedForms(secret: string): string[] {
  const url = encodeURIComponent(secret);
  const html = secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  const forms = [secret, url, url.replace(/%20/g, '+'), encodeURI(secret), JSON.stringify(secret).slice(1, -1), html];
  // Longest first, so a form that contains another is masked whole.
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}

/**
 * Replaces every occurrence of the secret (the token, a password), also as a server may echo it
 * encoded, so it cannot leak into a message or the log.
 */
export function maskToken(text: string, token: string): string {
  if (token.length < 4) return text;
  return echoedForms(token).reduce((out, form) => out.split(form).join('***'), text);
}

/** Any string taken from a response (message, status text, header): secrets masked, length bounded. */
function fromResponse(value: string, o: RequestOptions): string {
  const secrets = [o.token ?? '', ...(o.secrets ?? [])];
  return boundText(secrets.reduce(maskToken, value));
}

/** The path and query as the log shows them: the listed parameters' values masked. */
function pathForLog(url: URL, unlogged: readonly string[] = []): string {
  if (!unlogged.some((name) => url.searchParams.has(name))) return url.pathname + url.search;
  const params = new URLSearchParams(url.searchParams);
  for (const name of unlogged) if (params.has(name)) params.set(name, '***');
  return `${url.pathname}?${params.toString()}`;
}

/** Losant's own error body: `{"type": "...", "message": "..."}`. */
function isLosantErrorBody(body: unknown): body is { type: string; message: string } {
  const b = body as { type?: unknown; message?: unknown } | undefined;
  return typeof b === 'object' && b !== null && typeof b.type === 'string' && typeof b.message === 'string';
}

function describeNetworkError(e: unknown, host: string): Text {
  const code = (e as { code?: string }).code;
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'the connection was refused',
    ECONNRESET: 'the connection was reset',
    ENOTFOUND: 'the host name could not be resolved',
    EAI_AGAIN: 'the host name could not be resolved',
    ETIMEDOUT: 'the connection timed out',
    EHOSTUNREACH: 'the host is unreachable',
    ENETUNREACH: 'the network is unreachable',
    CERT_HAS_EXPIRED: 'its TLS certificate has expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate could not be verified',
  };
  const reason = code ? reasons[code] : undefined;
  if (reason) return text(`Could not reach the Losant API at {0}: ${reason}.`, host);
  return code ? text('Could not reach the Losant API at {0}: {1}.', host, code) : text('Could not reach the Losant API at {0}: the connection failed.', host);
}

async function readBody(res: Response, max: number): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > max) throw new Error('too-large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) throw new Error('too-large');
    chunks.push(chunk);
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
}

/** Sends one request and returns the parsed JSON of a 2xx answer; anything else throws LosantApiError. */
export async function requestJson(o: RequestOptions): Promise<JsonResponse> {
  const url = new URL(o.baseUrl + o.path);
  if (o.query) url.search = o.query.toString();
  const logPath = pathForLog(url, o.unloggedQuery);
  const started = performance.now();
  const log = (status: number | undefined, error?: string): void =>
    o.onLog?.({ method: o.method, path: logPath, status, ms: Math.round(performance.now() - started), error });

  if (o.signal?.aborted) throw cancelledError();
  const timeout = AbortSignal.timeout(o.timeoutMs);
  const signal = o.signal ? AbortSignal.any([o.signal, timeout]) : timeout;
  const seconds = Math.round(o.timeoutMs / 100) / 10;
  const timedOut = (): LosantApiError => new LosantApiError({ kind: 'timeout', message: text('The Losant API did not answer within {0} seconds.', seconds) });
  const aborted = (): LosantApiError => (timeout.aborted ? timedOut() : cancelledError());

  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Version': '^1.30.0',
    'User-Agent': o.userAgent,
  };
  if (o.token !== undefined) headers.Authorization = `Bearer ${o.token}`;
  let payload: string | undefined;
  if (o.body !== undefined) {
    payload = JSON.stringify(o.body);
    headers['Content-Type'] = 'application/json';
  }

  let res: Response;
  try {
    // Redirects are not followed: following one could carry the token to another host.
    res = await fetch(url.href, { method: o.method, headers, body: payload, signal, redirect: 'manual', compress: true });
  } catch (e) {
    if (signal.aborted) {
      const err = aborted();
      log(undefined, err.kind);
      throw err;
    }
    log(undefined, 'network');
    throw new LosantApiError({ kind: 'network', message: describeNetworkError(e, url.host) });
  }

  let raw: Buffer;
  try {
    raw = await readBody(res, o.maxResponseBytes);
  } catch (e) {
    if (signal.aborted) {
      const err = aborted();
      log(res.status, err.kind);
      throw err;
    }
    log(res.status, 'body');
    if ((e as Error).message === 'too-large') {
      throw new LosantApiError({
        kind: 'unexpectedResponse',
        status: res.status,
        message: text('The Losant API sent a response larger than {0} MB; it was not read.', Math.round(o.maxResponseBytes / 1048576)),
      });
    }
    throw new LosantApiError({
      kind: 'network',
      status: res.status,
      message: text('The connection to {0} broke while the response was being read.', url.host),
    });
  }
  log(res.status);

  if (res.status >= 300 && res.status < 400) {
    const location = fromResponse(res.headers.get('location') ?? 'another address', o);
    throw new LosantApiError({
      kind: 'unexpectedResponse',
      status: res.status,
      message: text(
        'The Losant API redirected the request to {0}; it was not followed, so the token stays with {1}. Check the "losant.apiUrl" setting.',
        location,
        url.host,
      ),
    });
  }

  let body: unknown;
  let parsed = true;
  try {
    body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
  } catch {
    parsed = false;
  }

  if (res.status < 200 || res.status >= 300) {
    const err = body as { type?: unknown; message?: unknown } | undefined;
    const type = parsed && typeof err?.type === 'string' ? fromResponse(err.type, o) : undefined;
    const serverMessage = parsed && typeof err?.message === 'string' ? err.message : undefined;
    const statusText = fromResponse(res.statusText, o);
    // Only Losant itself speaks for the token: a 401/403 without Losant's JSON error body, or a 407,
    // comes from a proxy or gateway on the way, and signing in again would not help.
    if (res.status === 407 || ((res.status === 401 || res.status === 403) && !(parsed && isLosantErrorBody(body)))) {
      throw new LosantApiError({
        kind: 'proxy',
        status: res.status,
        message: text(
          'A proxy or gateway between VS Code and {0} refused the request (HTTP {1} {2}). Check VS Code\'s proxy settings ("http.proxy") or ask your network administrator.',
          url.host,
          res.status,
          statusText,
        ),
      });
    }
    throw new LosantApiError({
      kind: kindForStatus(res.status),
      status: res.status,
      type,
      message: serverMessage !== undefined ? fromResponse(serverMessage, o) : text('The Losant API answered HTTP {0} {1}', res.status, statusText),
      retryAfterSeconds: parseRetryAfter(res.headers.get('retry-after'), serverMessage),
    });
  }
  // No Content: nothing to parse (GET /auth/ssoDomain for an email without SSO).
  if (res.status === 204) return { status: res.status, body: undefined };
  if (!parsed || body === undefined) {
    throw new LosantApiError({
      kind: 'unexpectedResponse',
      status: res.status,
      message: text('The Losant API answered with something that is not JSON ({0}).', fromResponse(res.headers.get('content-type') ?? 'no content type', o)),
    });
  }
  return { status: res.status, body };
}
