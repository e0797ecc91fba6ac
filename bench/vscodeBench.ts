// Parts 4 and 5, harness side: runs bench/vscode/index.ts inside a real VS Code's extension host
// (the harness's runInExtensionHost, as for the integration tests), serves it the DOM watch, and
// returns the JSON it wrote.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runInExtensionHost } from '../test/harness/extensionHostRun';
import { assertTestExtensionBuilt, repoRoot, testExtensionDir } from '../test/harness/paths';
import { provision } from '../test/harness/provision';
import { startWorkbench } from '../test/harness/workbench';
import { startDomWatchServer } from './domWatch';
import type { ServerProcess } from './serverProcess';
import { BENCH_ENV_VAR, type BenchEnvironment, type VscodeBenchResult } from './vscode/results';

const TIMEOUT_MS = 10 * 60_000;

export async function runVscodeBench(servers: ServerProcess[], rawDir: string, runs: number): Promise<VscodeBenchResult> {
  assertTestExtensionBuilt();
  const index = path.join(repoRoot, 'out', 'bench', 'vscode', 'index.js');
  if (!fs.existsSync(index)) throw new Error(`${index} is missing: run \`node esbuild.js --tests\` first`);
  const toolchain = await provision({ browser: true });
  const resultFile = path.join(rawDir, 'vscode.json');
  fs.rmSync(resultFile, { force: true });
  const workbench = await startWorkbench({ name: 'bench', toolchain, apiUrl: servers[0].url, installExtension: false, smokeTestDriver: true, browser: {} });
  const { codeServer, workspace, runDir } = workbench;
  const session = workbench.session!;
  try {
    const logFile = path.join(rawDir, 'vscode.log');
    fs.writeFileSync(logFile, '');
    const env: BenchEnvironment = {
      resultFile,
      controlUrl: await startDomWatchServer(session.page),
      servers: servers.map(({ orgs, url, token }) => ({ orgs, url, token })),
      runs,
    };
    // The tokens go in a file only this user can read, not in the page URL.
    const envFile = path.join(runDir, 'bench-environment.json');
    fs.writeFileSync(envFile, JSON.stringify(env), { mode: 0o600 });
    const code = await runInExtensionHost({
      name: 'bench',
      codeServer,
      session,
      workspace,
      extensionPath: testExtensionDir,
      entryPoint: index,
      environment: { [BENCH_ENV_VAR]: envFile },
      timeoutMs: TIMEOUT_MS,
      onLine: (line) => fs.appendFileSync(logFile, `${line}\n`),
    });
    if (code !== 0 || !fs.existsSync(resultFile))
      throw new Error(`the in-VS Code bench did not finish (exit code ${code}); its output is in ${path.relative(repoRoot, logFile)}`);
    return JSON.parse(fs.readFileSync(resultFile, 'utf8')) as VscodeBenchResult;
  } finally {
    await workbench.stop();
  }
}
