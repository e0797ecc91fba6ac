// Progress lines for a person watching a (possibly long, first-time) run. They go to stderr so a
// test runner's own output on stdout (mocha's summary) stays clean.
export function progress(message: string): void {
  const time = new Date().toISOString().slice(11, 19);
  process.stderr.write(`[harness ${time}] ${message}\n`);
}

/** A problem the person can fix (missing package, nothing built): shown as its message, no stack. */
export class SetupError extends Error {
  override readonly name = 'SetupError';
}
