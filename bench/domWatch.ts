// Harness side of the DOM watch: a loopback HTTP server the extension host calls to learn when the
// Organizations tree's rows appear in (or vanish from) the workbench DOM. A MutationObserver in the
// page stamps the moment with the browser's clock, so polling granularity never adds to a result.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { onCleanup } from '../test/harness/processes';

/** `rows`: at least one organization row shown; `noRows`: the tree shows no row at all. */
export type DomCondition = 'rows' | 'noRows';

export interface DomWatchResult {
  /** Date.now() in the page when the condition first held; null if it did not within the timeout. */
  at: number | null;
  rows: number;
  /** The condition already held when the watch was armed. */
  already: boolean;
}

/** Runs in the page: installs the watcher as window.__losantBenchWatch. */
function armInPage(args: { condition: DomCondition; timeoutMs: number }): void {
  const rowCount = (): number => {
    const container = document.querySelector('[id="workbench.view.extension.losant"]');
    return container ? container.querySelectorAll('.monaco-list-row .label-name').length : 0;
  };
  const holds = (): boolean => (args.condition === 'rows' ? rowCount() > 0 : rowCount() === 0);
  (window as unknown as { __losantBenchWatch: Promise<DomWatchResult> }).__losantBenchWatch = new Promise((resolve) => {
    if (holds()) {
      resolve({ at: Date.now(), rows: rowCount(), already: true });
      return;
    }
    const observer = new MutationObserver(() => {
      if (!holds()) return;
      const at = Date.now();
      observer.disconnect();
      clearTimeout(timer);
      resolve({ at, rows: rowCount(), already: false });
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve({ at: null, rows: rowCount(), already: false });
    }, args.timeoutMs);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

/**
 * Runs in the page: the rows of VS Code's "Running Extensions" editor (name and its "Activation:
 * N ms" text, which is VS Code's own code-loading + activate() call time). The list renders only
 * the rows in view, so each call then scrolls it on by a few rows: a caller that polls sees them all.
 */
function readActivationTimes(): Array<{ name: string; activation: string }> {
  const rows = Array.from(document.querySelectorAll('.monaco-list-row')).filter((row) => row.querySelector('.activation-time'));
  const found = rows.flatMap((row) => {
    const name = row.querySelector('.name')?.textContent ?? '';
    const activation = row.querySelector('.activation-time')?.textContent ?? '';
    return name && activation ? [{ name, activation }] : [];
  });
  rows[0]?.closest('.monaco-scrollable-element')?.dispatchEvent(new WheelEvent('wheel', { deltaY: 120, bubbles: true, cancelable: true }));
  return found;
}

function readJson(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', reject);
    req.on('end', () => {
      try {
        resolve(chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {});
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  });
}

/** Serves /dom/arm and /dom/wait on 127.0.0.1 for the given page; returns the base URL. */
export async function startDomWatchServer(page: Page): Promise<string> {
  const server = http.createServer((req, res) => {
    const answer = (status: number, body: unknown): void => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    void (async () => {
      try {
        const body = await readJson(req);
        if (req.url === '/dom/arm') {
          const condition: DomCondition = body.condition === 'noRows' ? 'noRows' : 'rows';
          const timeoutMs = Math.min(Number(body.timeoutMs) || 20_000, 120_000);
          await page.evaluate(armInPage, { condition, timeoutMs });
          answer(200, { armed: true });
        } else if (req.url === '/dom/wait') {
          answer(200, await page.evaluate(() => (window as unknown as { __losantBenchWatch?: Promise<DomWatchResult> }).__losantBenchWatch ?? null));
        } else if (req.url === '/dom/activation-times') {
          answer(200, await page.evaluate(readActivationTimes));
        } else {
          answer(404, { message: 'unknown route' });
        }
      } catch (e) {
        answer(500, { message: e instanceof Error ? e.message : String(e) });
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onCleanup('stop the DOM watch server', () => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
