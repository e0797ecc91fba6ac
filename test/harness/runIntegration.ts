// `npm run test:integration`: runs the compiled mocha suite (out/test/integration/index.js) inside
// a real VS Code — code-server's extension host, driven by headless Chromium — with the extension
// loaded from the working tree, and exits with mocha's exit code.
//
// code-server honours the `payload` URL parameter (extensionDevelopmentPath, extensionTestsPath)
// only with the smoke-test driver enabled; the workbench then reports every log line (mocha's
// output among them) through `window.codeAutomationLog` and the end of the tests through
// `window.codeAutomationExit`, which we expose from here.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import { saveFailureArtifacts } from './artifacts';
import { launchBrowser, type BrowserSession } from './browser';
import { baseSettings, startCodeServer, type CodeServer } from './codeServer';
import { startLocalLosant } from './localLosant';
import { progress, SetupError } from './log';
import { assertExtensionBuilt, integrationIndex, repoRoot } from './paths';
import { makeRunFolder } from './runFolder';
import { isShuttingDown, runMain } from './processes';
import { provision } from './provision';

const TIMEOUT_MS = Number(process.env.LOSANT_INTEGRATION_TIMEOUT_MS ?? 5 * 60_000);

function vscodeRemote(codeServer: CodeServer, absolutePath: string): string {
  return `vscode-remote://127.0.0.1:${codeServer.port}${absolutePath}`;
}

async function main(): Promise<number> {
  assertExtensionBuilt();
  if (!fs.existsSync(integrationIndex)) throw new SetupError(`${path.relative(repoRoot, integrationIndex)} is missing: run \`node esbuild.js --tests\` first.`);
  const toolchain = await provision({ browser: true });

  const losant = await startLocalLosant();
  const { runDir, workspace } = makeRunFolder('integration');

  let codeServer: CodeServer | undefined;
  let session: BrowserSession | undefined;
  try {
    codeServer = await startCodeServer({
      toolchain,
      rootDir: runDir,
      settings: baseSettings(losant.url),
      installExtension: false,
      smokeTestDriver: true,
    });
    session = await launchBrowser();
    const { page } = session;

    let resolveExit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => (resolveExit = resolve));
    await page.exposeFunction('codeAutomationLog', (_level: string, args: unknown[]) => {
      process.stdout.write(`${util.format(...(Array.isArray(args) ? args : [args]))}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(Number(code)));
    page.on('pageerror', (err) => progress(`page error: ${err.message}`));

    // The suites start their own local Losant servers in the extension host, so no token needs
    // to travel in the page URL (where it could end up in a log).
    const extensionEnvironment = {};
    const payload = [
      ['extensionDevelopmentPath', vscodeRemote(codeServer, repoRoot)],
      ['extensionTestsPath', vscodeRemote(codeServer, integrationIndex)],
      ['extensionEnvironment', JSON.stringify(extensionEnvironment)],
      ['skipWelcome', 'true'],
    ];
    const url = `${codeServer.url}?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    progress('opening VS Code with the integration tests');
    const started = Date.now();
    await page.goto(url);

    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS)));
    // Do not wait out the timeout when VS Code itself is gone.
    const serverDied = codeServer.process.exited.then((code) => `code-server exited (code ${code})` as const);
    const pageCrashed = new Promise<'the page crashed'>((resolve) => page.once('crash', () => resolve('the page crashed')));
    const result = await Promise.race([exited, timedOut, serverDied, pageCrashed]);
    clearTimeout(timer);
    // Interrupted (Ctrl-C): everything is being stopped; nothing failed that a screenshot would explain.
    if (isShuttingDown()) return 130;
    if (typeof result !== 'number') {
      progress(result === 'timeout' ? `the integration tests did not finish within ${TIMEOUT_MS / 1000} s` : `${result} before the tests finished`);
      await saveFailureArtifacts('integration', page, codeServer);
      return 1;
    }
    progress(`integration tests finished with exit code ${result} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (result !== 0) await saveFailureArtifacts('integration', page, codeServer);
    return result;
  } catch (err) {
    if (!isShuttingDown()) await saveFailureArtifacts('integration', session?.page, codeServer);
    throw err;
  }
}

runMain(main);
