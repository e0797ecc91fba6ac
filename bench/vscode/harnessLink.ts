// The extension host's line to the harness: the harness drives the browser, so only it can see
// whether rows reached the workbench DOM. Loopback HTTP, JSON in and out (see bench/domWatch.ts).
import type { DomCondition, DomWatchResult } from '../domWatch';

async function post<T>(controlUrl: string, path: string, body: unknown): Promise<T> {
  const res = await fetch(`${controlUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  if (!res.ok) throw new Error(`harness ${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

export class HarnessLink {
  constructor(private readonly controlUrl: string) {}

  /** Starts watching the DOM for the condition; resolves once the watcher is in place. */
  async arm(condition: DomCondition, timeoutMs = 20_000): Promise<void> {
    await post(this.controlUrl, '/dom/arm', { condition, timeoutMs });
  }

  /** When (epoch ms, browser clock) the armed condition first held; `at` is null on timeout. */
  wait(): Promise<DomWatchResult> {
    return post<DomWatchResult>(this.controlUrl, '/dom/wait', {});
  }

  /** The rows of the "Running Extensions" editor, which must be open. */
  activationTimes(): Promise<Array<{ name: string; activation: string }>> {
    return post(this.controlUrl, '/dom/activation-times', {});
  }

  /** Arms and waits in one go: for states that must hold before a measurement starts. */
  async until(condition: DomCondition, timeoutMs = 20_000): Promise<DomWatchResult> {
    await this.arm(condition, timeoutMs);
    return this.wait();
  }
}
