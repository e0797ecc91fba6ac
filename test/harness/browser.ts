// Debian's Chromium driven by playwright-core (never `playwright install`: it downloads browsers,
// which this network does not allow). Each launch gets a fresh temporary profile, so VS Code's
// SecretStorage (kept in the browser) starts empty every run.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { progress } from './log';
import { onCleanup } from './processes';
import { CHROMIUM_PATH } from './provision';

// Flags that work as root, headless, with no network: without the background-networking ones
// Chromium keeps trying (and failing) to reach Google's hosts.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface BrowserSession {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

export interface BrowserOptions {
  /** CSS pixels; 1400×900 unless given. */
  viewport?: { width: number; height: number };
}

export async function launchBrowser(options: BrowserOptions = {}): Promise<BrowserSession> {
  progress('launching Chromium');
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    // The harness owns signal handling (it stops every process in order, then exits).
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1400, height: 900 },
    // Fixed, so dates and numbers look the same on every machine (and in the README's pictures).
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  const page = await context.newPage();
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await browser.close().catch(() => undefined);
  };
  onCleanup('close Chromium', close);
  return { browser, context, page, close };
}
