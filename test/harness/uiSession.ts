// Hands the one shared workbench (browser page, code-server, local Losant servers) from the runner
// (runUi.ts) to the files it runs, which are bundled with it.
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

let current: UiSession | undefined;

export function setUiSession(session: UiSession | undefined): void {
  current = session;
}

export function uiSession(): UiSession {
  if (!current) throw new Error('No UI session: run the UI tests through `npm run test:ui`.');
  return current;
}
