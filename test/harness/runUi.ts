// `npm run test:ui`: drives a real VS Code (code-server, without the smoke-test driver so toasts
// show) in headless Chromium as a person would, running the compiled Playwright tests
// out/test/ui/*.ui.js with mocha. One code-server, one local Losant server and one browser are
// shared by all tests (handed over through uiSession), started fresh for each run: a fresh
// user-data dir and browser profile, so SecretStorage starts empty.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { saveFailureArtifacts, saveScreenshot } from './artifacts';
import { launchBrowser, type BrowserSession } from './browser';
import { baseSettings, startCodeServer, type CodeServer } from './codeServer';
import { startLocalLosant } from './localLosant';
import { progress, SetupError } from './log';
import { assertExtensionBuilt, resultsDir, uiTestsDir } from './paths';
import { makeRunFolder } from './runFolder';
import { isShuttingDown, onCleanup, runMain } from './processes';
import { provision } from './provision';
import { setUiSession } from './uiSession';

const TEST_TIMEOUT_MS = 60_000;
const RUN_TIMEOUT_MS = Number(process.env.LOSANT_UI_TIMEOUT_MS ?? 10 * 60_000);
const screenshotsDir = path.join(resultsDir, 'ui');

function uiTestFiles(): string[] {
  if (!fs.existsSync(uiTestsDir)) return [];
  return fs
    .readdirSync(uiTestsDir)
    .filter((f) => f.endsWith('.ui.js'))
    .sort() // files run in name order (01-…, 02-…): later tests build on the signed-in state
    .map((f) => path.join(uiTestsDir, f));
}

async function openWorkbench(session: BrowserSession, codeServer: CodeServer, workspace: string): Promise<void> {
  const { page } = session;
  page.on('pageerror', (err) => progress(`page error: ${err.message}`));
  await page.goto(`${codeServer.url}?folder=${encodeURIComponent(workspace)}`);
  // Ready for a person once the activity bar shows the extension's container.
  await page.locator('.part.activitybar .action-label[aria-label^="Losant"]').waitFor({ state: 'visible', timeout: 60_000 });
}

async function main(): Promise<number> {
  assertExtensionBuilt();
  const files = uiTestFiles();
  if (files.length === 0) throw new SetupError('No UI tests (out/test/ui/*.ui.js): run `node esbuild.js --tests` first.');
  const toolchain = await provision({ browser: true });

  fs.rmSync(screenshotsDir, { recursive: true, force: true });
  fs.mkdirSync(screenshotsDir, { recursive: true });
  const losant = await startLocalLosant({ orgs: 6, seed: 7 });
  const otherLosant = await startLocalLosant({ orgs: 3, seed: 8 });
  const { runDir, workspace } = makeRunFolder('ui');

  let codeServer: CodeServer | undefined;
  let session: BrowserSession | undefined;
  try {
    codeServer = await startCodeServer({
      toolchain,
      rootDir: runDir,
      settings: baseSettings(losant.url),
      installExtension: true,
      smokeTestDriver: false,
    });
    session = await launchBrowser();
    await openWorkbench(session, codeServer, workspace);
  } catch (err) {
    if (!isShuttingDown()) await saveFailureArtifacts('ui/setup-failure', session?.page, codeServer);
    throw err;
  }
  const { page } = session;
  setUiSession({ page, codeServer, losant, otherLosant, screenshotsDir });

  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    timeout: TEST_TIMEOUT_MS,
    forbidOnly: true,
    forbidPending: true,
    color: process.stdout.isTTY,
  });
  // A failed test leaves a screenshot named after it, taken before anything else moves.
  mocha.suite.afterEach(async function () {
    const test = this.currentTest;
    if (test?.state === 'failed') {
      const name = test.fullTitle().replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();
      await saveScreenshot(page, path.join(screenshotsDir, 'failures', `${name}.png`));
    }
  });
  for (const file of files) mocha.addFile(file);

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
        progress(`the UI tests did not finish within ${RUN_TIMEOUT_MS / 1000} s`);
        resolve(-1);
      }, RUN_TIMEOUT_MS);
    }),
  ]);
  clearTimeout(timer);
  if (isShuttingDown()) return 130;
  if (failures !== 0) await saveFailureArtifacts('ui/failure', page, codeServer);
  setUiSession(undefined);
  return failures === 0 ? 0 : 1;
}

runMain(main);
