// Timers that only move when a test says so (src/model/timers.ts), so waiting costs no real time.
import type { Timers } from '../../src/model/timers';

export class FakeTimers implements Timers {
  now = 0;
  private next = 1;
  private readonly due = new Map<number, { at: number; run: () => void }>();

  setTimeout(run: () => void, ms: number): unknown {
    const id = this.next++;
    this.due.set(id, { at: this.now + ms, run });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.due.delete(handle as number);
  }

  /** How many timers are waiting. */
  get pending(): number {
    return this.due.size;
  }

  /** Moves the clock on, running each timer that falls due (and what its promises do) in order. */
  async advance(ms: number): Promise<void> {
    const until = this.now + ms;
    for (;;) {
      const [id, timer] = [...this.due.entries()].sort((a, b) => a[1].at - b[1].at)[0] ?? [];
      if (id === undefined || !timer || timer.at > until) break;
      this.due.delete(id);
      this.now = timer.at;
      timer.run();
      await settle();
    }
    this.now = until;
    await settle();
  }
}

/** Lets pending promise callbacks (and a request to a local server) run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}
