// Rate limiting of failed sign-ins, per email: after `maxFailures` failures within `windowSeconds`,
// every sign-in for that email (the right password included) is refused with 429 until the
// oldest of those failures is `windowSeconds` old. Losant documents no limit for POST /auth/user;
// the answer is the one Losant gives elsewhere: type TooManyRequests, "… Retry in N seconds", and
// no Retry-After header.
import { ApiError } from './apiResponse';

export const DEFAULT_MAX_FAILURES = 5;
export const DEFAULT_WINDOW_SECONDS = 60;

export interface SignInThrottleOptions {
  /** Default 5. */
  maxFailures?: number;
  /** Default 60. */
  windowSeconds?: number;
}

export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();
  private readonly maxFailures: number;
  private readonly windowMs: number;

  constructor(options: SignInThrottleOptions = {}) {
    this.maxFailures = options.maxFailures ?? DEFAULT_MAX_FAILURES;
    this.windowMs = (options.windowSeconds ?? DEFAULT_WINDOW_SECONDS) * 1000;
  }

  private recent(email: string, nowMs: number): number[] {
    const key = email.trim().toLowerCase();
    const kept = (this.failures.get(key) ?? []).filter((t) => nowMs - t < this.windowMs);
    this.failures.set(key, kept);
    return kept;
  }

  /** Throws 429 while the email has used up its failures. */
  check(email: string, now: Date): void {
    const recent = this.recent(email, now.getTime());
    if (recent.length < this.maxFailures) return;
    const seconds = Math.max(1, Math.ceil((recent[0] + this.windowMs - now.getTime()) / 1000));
    throw new ApiError(429, 'TooManyRequests', `Over rate limit, request throttled. Retry in ${seconds} seconds`);
  }

  fail(email: string, now: Date): void {
    this.recent(email, now.getTime()).push(now.getTime());
  }

  succeed(email: string): void {
    this.failures.delete(email.trim().toLowerCase());
  }
}
