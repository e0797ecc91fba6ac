// `npm run test:integration`: runs the compiled mocha suites (out/test-extension/integration/index.js)
// inside a real VS Code — code-server's extension host, driven by headless Chromium — with the test
// build of the extension (out/test-extension/, whose activate() hands the tests a channel), and exits
// non-zero when any run failed. Each run in RUNS is its own VS Code (fresh user data and browser
// profile) with its own folder and workspace trust, running one suite: `npm run test:integration --
// restricted-mode` runs only the runs named.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { saveFailureArtifacts } from './artifacts';
import type { BrowserSession } from './browser';
import type { CodeServer } from './codeServer';
import { runInExtensionHost } from './extensionHostRun';
import { startLocalLosant, type FakeLosant } from './localLosant';
import { progress, SetupError } from './log';
import { assertTestExtensionBuilt, integrationIndex, repoRoot, resultsDir, testExtensionDir } from './paths';
import { isShuttingDown, runMain } from './processes';
import { provision, type Toolchain } from './provision';
import { startWorkbench, type Workbench } from './workbench';
import { startWorkbenchProbe } from './workbenchProbe';

const TIMEOUT_MS = Number(process.env.LOSANT_INTEGRATION_TIMEOUT_MS ?? 5 * 60_000);

interface IntegrationRun {
  /** Names the run on the command line, in the output and in test-results/<name>/. */
  name: string;
  /** The suite it runs: a folder of test/integration/ (`main`: the files directly in it). */
  suite: string;
  /**
   * 'off': workspace trust disabled, so every folder is trusted (the main suite). 'untrusted': the
   * folder opens in Restricted Mode. 'trusted': the person first trusts the folder, as at its
   * first opening, then VS Code opens it again with the tests.
   */
  trust: 'off' | 'untrusted' | 'trusted';
  /** The folder's .vscode/settings.json points losant.apiUrl and losant.appUrl at a second local server. */
  hostileFolder: boolean;
  /**
   * Load Losant Explorer as an installed extension, which VS Code disables in Restricted Mode unless
   * its manifest says otherwise, rather than as the extension under development, which VS Code
   * never disables. The tests then run from an empty stand-in extension under development.
   */
  installed: boolean;
}

const RUNS: readonly IntegrationRun[] = [
  { name: 'integration', suite: 'main', trust: 'off', hostileFolder: false, installed: false },
  { name: 'restricted-mode', suite: 'restrictedMode', trust: 'untrusted', hostileFolder: true, installed: true },
  { name: 'trusted-folder', suite: 'trustedFolder', trust: 'trusted', hostileFolder: true, installed: true },
];

function selectRuns(names: string[]): readonly IntegrationRun[] {
  const unknown = names.filter((n) => !RUNS.some((r) => r.name === n));
  if (unknown.length > 0) throw new SetupError(`No integration run named ${unknown.join(', ')}; the runs are ${RUNS.map((r) => r.name).join(', ')}.`);
  return names.length === 0 ? RUNS : RUNS.filter((r) => names.includes(r.name));
}

function trustSettings(trust: IntegrationRun['trust']): Record<string, unknown> {
  if (trust === 'off') return {};
  // 'never': no modal question at each start; an untrusted folder simply opens in Restricted Mode.
  return { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': trust === 'trusted' ? 'once' : 'never' };
}

/** An extension with no code of its own, allowed in Restricted Mode: only the tests run in its name. */
function makeTestHostExtension(runDir: string): string {
  const dir = path.join(runDir, 'test-host');
  fs.mkdirSync(dir);
  const manifest = {
    name: 'integration-test-host',
    publisher: 'losant-explorer',
    version: '0.0.0',
    engines: { vscode: '*' },
    capabilities: { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true },
  };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

/** Opens the folder as a person would the first time and answers VS Code's trust question with yes. */
async function trustFolder(session: BrowserSession, codeServer: CodeServer, workspace: string): Promise<void> {
  const { page } = session;
  progress('opening the folder once to trust it');
  await page.goto(`${codeServer.url}?folder=${encodeURIComponent(workspace)}`);
  const yes = page.getByRole('button', { name: 'Yes, I trust the authors' });
  await yes.click({ timeout: 60_000 });
  await yes.waitFor({ state: 'hidden' });
  // VS Code writes its storage (where trusted folders are kept) shortly after a change.
  await page.waitForTimeout(1000);
}

async function runOnce(toolchain: Toolchain, losant: FakeLosant, run: IntegrationRun): Promise<number> {
  // The folder's own server: a test fails if it sees a request it should not.
  const folderServer = run.hostileFolder ? await startLocalLosant() : undefined;
  let workbench: Workbench | undefined;
  try {
    workbench = await startWorkbench({
      name: run.name,
      toolchain,
      apiUrl: losant.url,
      settings: trustSettings(run.trust),
      folderSettings: folderServer && { 'losant.apiUrl': folderServer.url, 'losant.appUrl': folderServer.url },
      installExtension: run.installed && { folder: testExtensionDir },
      smokeTestDriver: true,
      workspaceTrust: run.trust !== 'off',
      browser: {},
    });
    const { codeServer, workspace, runDir } = workbench;
    const session = workbench.session!;
    if (run.trust === 'trusted') await trustFolder(session, codeServer, workspace);

    // The suites start their own local Losant servers in the extension host, so no token needs
    // to travel in the page URL (where it could end up in a log).
    const probe = await startWorkbenchProbe(session.page, path.join(resultsDir, run.name), folderServer);
    const environment: Record<string, string> = { LOSANT_INTEGRATION_SUITE: run.suite, LOSANT_PROBE_URL: probe.url };
    if (folderServer) environment.LOSANT_FOLDER_API_URL = folderServer.url;
    return await runInExtensionHost({
      name: run.name,
      codeServer,
      session,
      workspace,
      extensionPath: run.installed ? makeTestHostExtension(runDir) : testExtensionDir,
      entryPoint: integrationIndex,
      environment,
      timeoutMs: TIMEOUT_MS,
      onLine: (line) => process.stdout.write(`${line}\n`),
    });
  } catch (err) {
    if (!isShuttingDown()) await saveFailureArtifacts(run.name, workbench?.session?.page, workbench?.codeServer);
    throw err;
  } finally {
    // The next run starts its own; two VS Codes at once would only compete for the two cores.
    await workbench?.stop();
    await folderServer?.close();
  }
}

async function main(): Promise<number> {
  assertTestExtensionBuilt();
  if (!fs.existsSync(integrationIndex)) throw new SetupError(`${path.relative(repoRoot, integrationIndex)} is missing: run \`node esbuild.js --tests\` first.`);
  const runs = selectRuns(process.argv.slice(2));
  const toolchain = await provision({ browser: true });
  const losant = await startLocalLosant();
  const failed: string[] = [];
  for (const run of runs) {
    const code = await runOnce(toolchain, losant, run);
    if (isShuttingDown()) return 130;
    if (code !== 0) failed.push(run.name);
  }
  if (failed.length > 0) progress(`failed: ${failed.join(', ')}`);
  return failed.length === 0 ? 0 : 1;
}

runMain(main);
