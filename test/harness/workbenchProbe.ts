// What the integration tests cannot see from the extension host, answered by the harness over
// loopback HTTP: the text the workbench shows (an input box's title and prompt are rendered in
// the browser, out of the extension's reach), a key press, a screenshot, and the requests a
// second local Losant server received. The tests find it through the LOSANT_PROBE_URL
// environment variable.
//
//   GET  /text?selector=CSS   → JSON string[]: innerText of the visible elements matching CSS
//   POST /press?key=Escape    → presses a key in the workbench
//   POST /screenshot?name=x   → saves <screenshotsDir>/x.png
//   GET  /requests            → JSON [{ method, path }]: what the second server received so far
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { saveScreenshot } from './artifacts';
import type { FakeLosant } from './localLosant';
import { onCleanup } from './processes';

export interface WorkbenchProbe {
  readonly url: string;
}

/** Only what the tests use; the key list keeps this from becoming a general remote control. */
const KEYS = new Set(['Escape', 'Enter']);

export async function startWorkbenchProbe(page: Page, screenshotsDir: string, otherServer: FakeLosant | undefined): Promise<WorkbenchProbe> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://probe.invalid');
    const answer = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    void (async () => {
      if (req.method === 'GET' && url.pathname === '/text') {
        const selector = url.searchParams.get('selector') ?? '';
        const texts = await page
          .locator(selector)
          .filter({ visible: true })
          .evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText));
        return answer(200, texts);
      }
      if (req.method === 'POST' && url.pathname === '/press' && KEYS.has(url.searchParams.get('key') ?? '')) {
        await page.keyboard.press(url.searchParams.get('key')!);
        return answer(200, true);
      }
      const name = url.searchParams.get('name') ?? '';
      if (req.method === 'POST' && url.pathname === '/screenshot' && /^[a-z0-9-]{1,60}$/.test(name)) {
        return answer(200, (await saveScreenshot(page, path.join(screenshotsDir, `${name}.png`))) !== undefined);
      }
      if (req.method === 'GET' && url.pathname === '/requests') {
        return answer(
          200,
          (otherServer?.requests ?? []).map((r) => ({ method: r.method, path: r.path })),
        );
      }
      return answer(404, { error: `no ${req.method} ${url.pathname}` });
    })().catch((err: unknown) => answer(500, { error: String(err) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onCleanup('stop the workbench probe', () => new Promise((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
