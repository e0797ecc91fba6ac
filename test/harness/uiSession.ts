// Hands the one shared workbench (browser page, code-server, local Losant server) from runUi.ts to
// the UI tests. esbuild bundles every test file on its own, so a module-level variable would exist
// once per bundle; a well-known global is shared by all of them.
import type { Page } from 'playwright-core';
import type { CodeServer } from './codeServer';
import type { FakeLosant } from './localLosant';

export interface UiSession {
  readonly page: Page;
  readonly codeServer: CodeServer;
  readonly losant: FakeLosant;
  /** A second installation, with other organizations and no session: for switching installations. */
  readonly otherLosant: FakeLosant;
  /** Where each test writes its pictures: test-results/ui/ (test-results/screenshots/ for `npm run screenshots`). */
  readonly screenshotsDir: string;
}

const KEY = Symbol.for('losant-explorer.test.uiSession');

export function setUiSession(session: UiSession | undefined): void {
  (globalThis as Record<symbol, unknown>)[KEY] = session;
}

export function uiSession(): UiSession {
  const session = (globalThis as Record<symbol, unknown>)[KEY] as UiSession | undefined;
  if (!session) throw new Error('No UI session: run the UI tests through `npm run test:ui` (out/test/harness/runUi.js).');
  return session;
}
