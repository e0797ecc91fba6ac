// A clock for tests in place of real time: a wait passes at once and moves the clock on by its
// length, and `advance` moves it on by hand, so a test of a second's wait takes no second.
import type { Sleep } from '../../src/losant';

export class FakeClock {
  private time: number;
  /** Every wait asked for, in ms, in order. */
  readonly waits: number[] = [];

  constructor(start = Date.now()) {
    this.time = start;
  }

  /** The time in ms, as Date.now(). */
  readonly now = (): number => this.time;

  /** The time as a Date, for the local Losant server's `now` option. */
  readonly date = (): Date => new Date(this.time);

  /** A `Sleep` for a RetryPolicy: the wait passes at once, and the clock moves on by it. */
  readonly sleep: Sleep = async (ms) => {
    this.waits.push(ms);
    this.time += ms;
  };

  advance(ms: number): void {
    this.time += ms;
  }
}
