// Bounded retries with backoff for reads. Writes never come through here: retrying a POST blindly
// could create an organization twice.
import { cancelledError, LosantApiError } from './errors';

export interface RetryPolicy {
  /** Retries after the first attempt; default 3. */
  retries?: number;
  /** First backoff, doubled each time (with jitter); default 500 ms. */
  baseDelayMs?: number;
  /** The longest wait the client accepts, also for Retry-After; default 30 s. */
  maxDelayMs?: number;
  /** How a wait passes: real time by default; tests pass a fake clock's, so seconds of waiting take none. */
  sleep?: Sleep;
}

/** Resolves after `ms`, or as soon as `signal` aborts (the caller then sees it aborted). */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface RetryNotice {
  attempt: number;
  delayMs: number;
  error: LosantApiError;
}

/** Throttling, gateway trouble and lost connections are worth another try; nothing else is. */
function isRetryable(e: LosantApiError): boolean {
  return e.kind === 'throttled' || e.kind === 'network' || (e.kind === 'server' && (e.status === 502 || e.status === 503 || e.status === 504));
}

/** How long to wait before the given retry (1-based), honouring the server's own hint. */
function retryDelayMs(e: LosantApiError, retry: number, policy: RetryPolicy, random = Math.random): number {
  const base = policy.baseDelayMs ?? 500;
  if (e.retryAfterSeconds !== undefined) return e.retryAfterSeconds * 1000;
  const exp = base * 2 ** (retry - 1);
  return Math.round(exp / 2 + random() * (exp / 2));
}

/** Real time: a timer, ended early (and cleared) when the signal aborts. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

export async function withRetries<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy,
  signal?: AbortSignal,
  onRetry?: (notice: RetryNotice) => void,
): Promise<T> {
  const retries = policy.retries ?? 3;
  const maxDelay = policy.maxDelayMs ?? 30_000;
  for (let retry = 1; ; retry++) {
    try {
      return await attempt();
    } catch (e) {
      if (!(e instanceof LosantApiError) || !isRetryable(e) || retry > retries) throw e;
      const delayMs = retryDelayMs(e, retry, policy);
      // A server that asks for a longer wait than we accept gets its answer passed on, not a hang.
      if (delayMs > maxDelay) throw e;
      onRetry?.({ attempt: retry, delayMs, error: e });
      await (policy.sleep ?? realSleep)(delayMs, signal);
      if (signal?.aborted) throw cancelledError();
    }
  }
}
