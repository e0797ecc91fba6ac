// The runner of the UI tests (test/ui/index.ts, `npm run test:ui`) and of the README's pictures
// (scripts/screenshots/index.ts, `npm run screenshots`), bundled with the files it runs: drives a
// real VS Code (code-server, without the smoke-test driver so toasts show) in headless Chromium as a
// person would, running the Playwright files with mocha. One code-server, one local Losant server and
// one browser are shared by all files (handed over through uiSession), started fresh for each run: a
// fresh user-data dir and browser profile, so SecretStorage starts empty. The extension is
// installed from its .vsix, packaged from the production build exactly as `npm run package` does.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import type { Page } from 'playwright-core';
import type { TestFile } from 'virtual:test-files';
import { saveFailureArtifacts, saveScreenshot } from './artifacts';
import type { BrowserOptions, BrowserSession } from './browser';
import type { CodeServer } from './codeServer';
import { startLocalLosant } from './localLosant';
import { progress, SetupError } from './log';
import { assertExtensionBuilt, fixturesDir, resultsDir } from './paths';
import { makeRunFolder } from './runFolder';
import { isShuttingDown, onCleanup, runMain } from './processes';
import { provision } from './provision';
import { setUiSession } from './uiSession';
import { packageTestExtension, packageVsix } from './vsix';
import { startWorkbench } from './workbench';
import { waitForWorkbench } from '../ui/workbench';

const TEST_TIMEOUT_MS = 60_000;
// The whole UI suite takes about 9 minutes on a busy 2-core machine: room for a slower one, and
// still a bound on a run that hangs.
const RUN_TIMEOUT_MS = Number(process.env.LOSANT_UI_TIMEOUT_MS ?? 15 * 60_000);

export interface UiRun {
  /** Names the run's folders (test-results/<name>/, the temp run folder). */
  name: string;
  /** The local Losant server's seeded organizations: how many, and the seed (the demo's when absent). */
  orgs: number;
  seed?: number;
  /** Settings over baseSettings. */
  settings: Record<string, unknown>;
  browser: BrowserOptions;
  /** Test-only extensions (folders under test/fixtures/) installed beside the product. */
  testExtensions?: readonly string[];
  /** Runs after every test passed, with the folder of the pictures the tests took (and the page, still open). */
  finish?: (picturesDir: string, page: Page) => Promise<void>;
}

async function openWorkbench(session: BrowserSession, codeServer: CodeServer, workspace: string): Promise<void> {
  const { page } = session;
  page.on('pageerror', (err) => progress(`page error: ${err.message}`));
  await page.goto(`${codeServer.url}?folder=${encodeURIComponent(workspace)}`);
  await waitForWorkbench(page);
}

/** `--grep <regexp>`: only the tests whose full title matches (mocha's grep), for working on a few. */
function grepArgument(argv: string[]): string | undefined {
  const i = argv.indexOf('--grep');
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(run: UiRun, files: readonly TestFile[]): Promise<number> {
  const grep = grepArgument(process.argv);
  assertExtensionBuilt();
  if (files.length === 0) throw new SetupError(`The ${run.name} bundle holds no file to run.`);
  const toolchain = await provision({ browser: true });

  const picturesDir = path.join(resultsDir, run.name);
  fs.rmSync(picturesDir, { recursive: true, force: true });
  fs.mkdirSync(picturesDir, { recursive: true });
  const folder = makeRunFolder(run.name);
  const vsix = path.join(folder.runDir, 'losant-explorer.vsix');
  progress('packaging the extension');
  await packageVsix(vsix, path.join(picturesDir, 'package.log'));
  const testVsixes: string[] = [];
  for (const name of run.testExtensions ?? []) {
    const file = path.join(folder.runDir, `${name}.vsix`);
    await packageTestExtension(path.join(fixturesDir, name), file, path.join(picturesDir, 'package.log'));
    testVsixes.push(file);
  }
  const losant = await startLocalLosant({ orgs: run.orgs, seed: run.seed });
  // A second installation, for switching between installations.
  const otherLosant = await startLocalLosant({ orgs: 3, seed: 8 });

  let codeServer: CodeServer | undefined;
  let session: BrowserSession | undefined;
  try {
    const workbench = await startWorkbench({
      name: run.name,
      toolchain,
      folder,
      apiUrl: losant.url,
      settings: run.settings,
      installExtension: { vsix: [vsix, ...testVsixes] },
      smokeTestDriver: false,
      browser: run.browser,
    });
    codeServer = workbench.codeServer;
    session = workbench.session!;
    await openWorkbench(session, codeServer, folder.workspace);
  } catch (err) {
    if (!isShuttingDown()) await saveFailureArtifacts(`${run.name}/setup-failure`, session?.page, codeServer);
    throw err;
  }
  const { page } = session;
  setUiSession({ page, codeServer, losant, otherLosant, screenshotsDir: picturesDir });

  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    timeout: TEST_TIMEOUT_MS,
    forbidOnly: true,
    forbidPending: true,
    color: process.stdout.isTTY,
    ...(grep ? { grep } : {}),
  });
  // A failed test leaves a screenshot named after it, taken before anything else moves.
  mocha.suite.afterEach(async function () {
    const test = this.currentTest;
    if (test?.state === 'failed') {
      const name = test
        .fullTitle()
        .replace(/[^a-z0-9]+/gi, '-')
        .replace(/^-|-$/g, '')
        .toLowerCase();
      await saveScreenshot(page, path.join(picturesDir, 'failures', `${name}.png`));
    }
  });
  // The files call describe() and it() as they load: give them mocha's globals first. They run in
  // name order (00-…, 01-…): later files build on the state earlier ones leave.
  for (const file of files) {
    mocha.suite.emit('pre-require', globalThis, file.path, mocha);
    file.load();
  }

  let timer: NodeJS.Timeout | undefined;
  const failures = await Promise.race([
    new Promise<number>((resolve) => {
      const runner = mocha.run(resolve);
      // On Ctrl-C, stop after the current test rather than fail every remaining one.
      onCleanup('abort mocha', async () => {
        runner.abort();
      });
    }),
    new Promise<number>((resolve) => {
      timer = setTimeout(() => {
        progress(`the ${run.name} run did not finish within ${RUN_TIMEOUT_MS / 1000} s`);
        resolve(-1);
      }, RUN_TIMEOUT_MS);
    }),
  ]);
  clearTimeout(timer);
  if (isShuttingDown()) return 130;
  if (failures !== 0) await saveFailureArtifacts(`${run.name}/failure`, page, codeServer);
  setUiSession(undefined);
  if (failures !== 0) return 1;
  // A partial run does not replace the pictures of a whole one.
  if (!grep) await run.finish?.(picturesDir, page);
  return 0;
}

/** Runs `files` (the bundle's `virtual:test-files`) as `run`, and exits with the outcome. */
export function runUi(run: UiRun, files: readonly TestFile[]): void {
  runMain(() => main(run, files));
}
