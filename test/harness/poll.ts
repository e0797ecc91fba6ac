// The one way the tests, the harness and the bench wait for something no event announces: ask
// again, every `intervalMs`, until the answer is what is wanted or `timeoutMs` has passed.

export interface PollOptions {
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * Calls `read` until `done(value)` holds (by default: the value is truthy). Resolves with whether it
 * did and the last value read (or the last error thrown by `read`), so the caller can assert on it.
 */
export async function poll<T>(
  read: () => T | Promise<T>,
  done: (value: T) => boolean = (value) => Boolean(value),
  { timeoutMs = 10_000, intervalMs = 50 }: PollOptions = {},
): Promise<{ ok: true; value: T } | { ok: false; last: unknown }> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await read();
      if (done(value)) return { ok: true, value };
      last = value;
    } catch (e) {
      last = e;
    }
    if (Date.now() >= deadline) return { ok: false, last };
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Like poll, but throws (naming what it waited for and what it last saw) instead of returning a miss. */
export async function waitFor<T>(what: string, read: () => T | Promise<T>, options?: PollOptions): Promise<NonNullable<T>> {
  const result = await poll(read, (value) => Boolean(value), options);
  if (!result.ok) throw new Error(`timed out waiting for ${what}; last: ${String(result.last)}`);
  return result.value as NonNullable<T>;
}
