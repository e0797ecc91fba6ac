// Auto-refresh of the Organizations view (`losant.organizations.autoRefreshSeconds`): it reloads only
// while the view is visible and the window has focus, never while a create, edit or sign-in is in
// flight, and waits longer after each failure (up to eight times the interval), so a server that is
// down is not asked every 30 seconds. A hidden view or an unfocused window costs no request.
import { realTimers, type Timers } from './timers';

/** The shortest interval: anything from 1 to 29 seconds is raised to it; 0 is off. */
export const AUTO_REFRESH_MIN_SECONDS = 30;
const MAX_BACKOFF = 8;

/** The interval in milliseconds for a setting's value; 0 for off (0, negative, or not a number). */
export function autoRefreshMs(seconds: unknown): number {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return 0;
  return Math.min(24 * 3600, Math.max(AUTO_REFRESH_MIN_SECONDS, Math.round(seconds))) * 1000;
}

export class AutoRefresh {
  private intervalMs = 0;
  private visible = false;
  private focused = false;
  private failures = 0;
  private timer: unknown;
  private running = false;

  constructor(
    /** Reloads the view; resolves true when it succeeded. */
    private readonly refresh: () => Promise<boolean>,
    private readonly timers: Timers = realTimers,
    /** A create, edit or sign-in is in flight: the refresh waits another interval. */
    private readonly busy: () => boolean = () => false,
  ) {}

  /** The interval from the setting (see autoRefreshMs); 0 turns it off. */
  setInterval(ms: number): void {
    if (ms === this.intervalMs) return;
    this.intervalMs = ms;
    this.failures = 0;
    this.schedule();
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.schedule();
  }

  setFocused(focused: boolean): void {
    this.focused = focused;
    this.schedule();
  }

  /** The view was reloaded by other means (Refresh, a setting): the next auto-refresh counts from now. */
  reloaded(): void {
    this.schedule();
  }

  /** How long until the next refresh, as now scheduled (undefined: none is). */
  get nextInMs(): number | undefined {
    return this.timer === undefined ? undefined : this.delay();
  }

  private active(): boolean {
    return this.intervalMs > 0 && this.visible && this.focused;
  }

  private delay(): number {
    return this.intervalMs * Math.min(MAX_BACKOFF, 2 ** this.failures);
  }

  private schedule(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.active() || this.running) return;
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      void this.tick();
    }, this.delay());
  }

  private async tick(): Promise<void> {
    if (!this.active()) return;
    if (this.busy()) return this.schedule();
    this.running = true;
    try {
      const ok = await this.refresh().catch(() => false);
      this.failures = ok ? 0 : Math.min(this.failures + 1, Math.log2(MAX_BACKOFF));
    } finally {
      this.running = false;
    }
    this.schedule();
  }

  dispose(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.intervalMs = 0;
  }
}
