// Parts 4 and 5, harness side: runs bench/vscode/index.ts inside a real VS Code (code-server's
// extension host, driven by headless Chromium, as test/harness/runIntegration.ts runs the
// integration tests), serves it the DOM watch, and returns the JSON it wrote.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import { saveFailureArtifacts } from '../test/harness/artifacts';
import { launchBrowser } from '../test/harness/browser';
import { baseSettings, startCodeServer, type CodeServer } from '../test/harness/codeServer';
import { progress } from '../test/harness/log';
import { assertExtensionBuilt, repoRoot } from '../test/harness/paths';
import { makeRunFolder } from '../test/harness/runFolder';
import { provision } from '../test/harness/provision';
import { startDomWatchServer } from './domWatch';
import type { ServerProcess } from './serverProcess';
import { BENCH_ENV_VAR, type BenchEnvironment, type VscodeBenchResult } from './vscode/results';

const TIMEOUT_MS = 10 * 60_000;

function vscodeRemote(codeServer: CodeServer, absolutePath: string): string {
  return `vscode-remote://127.0.0.1:${codeServer.port}${absolutePath}`;
}

export async function runVscodeBench(servers: ServerProcess[], rawDir: string, runs: number): Promise<VscodeBenchResult> {
  assertExtensionBuilt();
  const index = path.join(repoRoot, 'out', 'bench', 'vscode', 'index.js');
  if (!fs.existsSync(index)) throw new Error(`${index} is missing: run \`node esbuild.js --tests\` first`);
  const toolchain = await provision({ browser: true });
  const { runDir, workspace } = makeRunFolder('bench');
  const resultFile = path.join(rawDir, 'vscode.json');
  fs.rmSync(resultFile, { force: true });

  const codeServer = await startCodeServer({ toolchain, rootDir: runDir, settings: baseSettings(servers[0].url), installExtension: false, smokeTestDriver: true });
  const session = await launchBrowser();
  const { page } = session;
  const logFile = path.join(rawDir, 'vscode.log');
  fs.writeFileSync(logFile, '');
  let resolveExit: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (resolveExit = resolve));
  await page.exposeFunction('codeAutomationLog', (_level: string, args: unknown[]) => {
    fs.appendFileSync(logFile, `${util.format(...(Array.isArray(args) ? args : [args]))}\n`);
  });
  await page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(Number(code)));

  const env: BenchEnvironment = {
    resultFile,
    controlUrl: await startDomWatchServer(page),
    servers: servers.map(({ orgs, url, token }) => ({ orgs, url, token })),
    runs,
  };
  const envFile = path.join(runDir, 'bench-environment.json');
  fs.writeFileSync(envFile, JSON.stringify(env), { mode: 0o600 });
  const payload = [
    ['extensionDevelopmentPath', vscodeRemote(codeServer, repoRoot)],
    ['extensionTestsPath', vscodeRemote(codeServer, index)],
    ['extensionEnvironment', JSON.stringify({ [BENCH_ENV_VAR]: envFile })],
    ['skipWelcome', 'true'],
  ];
  progress('vscode: opening VS Code with the in-extension-host bench');
  await page.goto(`${codeServer.url}?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS)));
  const died = codeServer.process.exited.then((code) => `code-server exited (code ${code})`);
  const result = await Promise.race([exited, timedOut, died]);
  clearTimeout(timer);
  if (result !== 0 || !fs.existsSync(resultFile)) {
    await saveFailureArtifacts('bench', page, codeServer);
    throw new Error(`the in-VS Code bench did not finish (${result}); its output is in ${path.relative(repoRoot, logFile)}`);
  }
  await session.close();
  await codeServer.stop();
  return JSON.parse(fs.readFileSync(resultFile, 'utf8')) as VscodeBenchResult;
}
