// What the user has in flight (a sign-in, a create): the auto-refresh waits until it has settled,
// so a reload never races what the user is doing.

export class Activity {
  private running = 0;

  /** Something is in flight. */
  get busy(): boolean {
    return this.running > 0;
  }

  /** Runs the work, counted as in flight until it settles. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    this.running++;
    try {
      return await work();
    } finally {
      this.running--;
    }
  }
}
