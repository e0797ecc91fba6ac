// `npm run test:ui`: drives a real VS Code (code-server, without the smoke-test driver so toasts
// show) in headless Chromium as a person would, running the compiled Playwright tests
// out/test/ui/*.ui.js with mocha. One code-server, one local Losant server and one browser are
// shared by all tests (handed over through uiSession), started fresh for each run: a fresh
// user-data dir and browser profile, so SecretStorage starts empty. The extension is installed from
// its .vsix, packaged from the current build exactly as `npm run package` does.
//
// `npm run screenshots` (`--screenshots`): the same run with out/test/screenshots/*.shots.js, a
// fixed window and theme and the demo's realistic organizations; the pictures they take replace
// media/screenshots/ (the README's), made small with pngquant.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import type { Page } from 'playwright-core';
import { saveFailureArtifacts, saveScreenshot } from './artifacts';
import type { BrowserOptions, BrowserSession } from './browser';
import type { CodeServer } from './codeServer';
import { startLocalLosant } from './localLosant';
import { progress, SetupError } from './log';
import { assertExtensionBuilt, fixturesDir, repoRoot, resultsDir, uiTestsDir } from './paths';
import { looksTheSame, optimisePngs } from './png';
import { makeRunFolder } from './runFolder';
import { isShuttingDown, onCleanup, runMain } from './processes';
import { provision } from './provision';
import { setUiSession } from './uiSession';
import { packageTestExtension, packageVsix } from './vsix';
import { startWorkbench } from './workbench';
import { waitForWorkbench } from '../ui/workbench';

const TEST_TIMEOUT_MS = 60_000;
const RUN_TIMEOUT_MS = Number(process.env.LOSANT_UI_TIMEOUT_MS ?? 10 * 60_000);

interface UiRun {
  /** Names the run's folders (test-results/<name>/, the temp run folder). */
  name: string;
  /** Compiled mocha files: every file in `dir` ending in `suffix`, in name order. */
  dir: string;
  suffix: string;
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

const UI_TESTS: UiRun = {
  name: 'ui',
  dir: uiTestsDir,
  suffix: '.ui.js',
  orgs: 6,
  seed: 7,
  // The walkthrough opens on the first start, as after a user's install (a test checks it does).
  settings: { 'workbench.welcomePage.walkthroughs.openOnInstall': true },
  browser: {},
  // Other extensions: one asking VS Code for a Losant session, as third-party extensions would; one
  // trying every door into Losant Explorer without the user.
  testExtensions: ['session-consumer', 'hostile-extension'],
};

const screenshotsDir = path.join(repoRoot, 'media', 'screenshots');

const SCREENSHOTS: UiRun = {
  name: 'screenshots',
  dir: path.join(repoRoot, 'out', 'test', 'screenshots'),
  suffix: '.shots.js',
  orgs: 40, // as many as the demo: a view that scrolls, a filter that narrows it
  settings: {
    'workbench.colorTheme': 'Default Dark Modern',
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'window.zoomLevel': 0,
    'editor.minimap.enabled': false,
    'breadcrumbs.enabled': false,
  },
  browser: { viewport: { width: 1280, height: 800 } },
  async finish(picturesDir, page) {
    const pictures = fs.readdirSync(picturesDir).filter((f) => f.endsWith('.png'));
    await optimisePngs(pictures.map((f) => path.join(picturesDir, f)));
    fs.mkdirSync(screenshotsDir, { recursive: true });
    // A renamed or dropped picture leaves nothing stale behind.
    for (const f of fs.readdirSync(screenshotsDir)) if (f.endsWith('.png') && !pictures.includes(f)) fs.rmSync(path.join(screenshotsDir, f));
    let changed = 0;
    for (const f of pictures) {
      const [fresh, committed] = [path.join(picturesDir, f), path.join(screenshotsDir, f)];
      // Keep the file when only anti-aliasing noise differs, so a run with no visible change changes no file.
      if (fs.existsSync(committed) && (await looksTheSame(page, fresh, committed))) continue;
      fs.copyFileSync(fresh, committed);
      changed++;
    }
    progress(`${path.relative(repoRoot, screenshotsDir)}/: ${changed} of ${pictures.length} pictures changed`);
  },
};

function testFiles(run: UiRun): string[] {
  if (!fs.existsSync(run.dir)) return [];
  return fs
    .readdirSync(run.dir)
    .filter((f) => f.endsWith(run.suffix))
    .sort() // files run in name order (01-…, 02-…): later tests build on the signed-in state
    .map((f) => path.join(run.dir, f));
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

async function main(): Promise<number> {
  const run = process.argv.includes('--screenshots') ? SCREENSHOTS : UI_TESTS;
  const grep = grepArgument(process.argv);
  assertExtensionBuilt();
  const files = testFiles(run);
  if (files.length === 0) throw new SetupError(`Nothing to run (${path.relative(repoRoot, run.dir)}/*${run.suffix}): run \`node esbuild.js --tests\` first.`);
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
      const name = test.fullTitle().replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();
      await saveScreenshot(page, path.join(picturesDir, 'failures', `${name}.png`));
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

runMain(main);
