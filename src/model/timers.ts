// Timers as a parameter, so what waits (debounce, auto-refresh) is tested in plain Node without
// sleeping: the real ones by default, a fake one in tests.

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};
