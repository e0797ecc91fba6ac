// Runs compiled code inside a real VS Code's extension host: the integration suites' index and
// the bench's. code-server honours the `payload` URL parameter (extensionDevelopmentPath,
// extensionTestsPath) only with the smoke-test driver enabled; the workbench then reports every log
// line (mocha's output among them) through `window.codeAutomationLog` and the end of the run
// through `window.codeAutomationExit`, which are exposed here.
import * as util from 'node:util';
import { saveFailureArtifacts } from './artifacts';
import type { BrowserSession } from './browser';
import type { CodeServer } from './codeServer';
import { progress } from './log';
import { isShuttingDown } from './processes';

export interface ExtensionHostRun {
  /** Names the run in the output and its failure artifacts (test-results/<name>/). */
  name: string;
  codeServer: CodeServer;
  session: BrowserSession;
  /** The folder VS Code opens. */
  workspace: string;
  /** The extension under development (an absolute path on this machine). */
  extensionPath: string;
  /** The compiled module whose run() VS Code calls (an absolute path). */
  entryPoint: string;
  /** Variables for the extension host's process.env: no secrets (they would sit in the page URL). */
  environment: Record<string, string>;
  timeoutMs: number;
  /** Each line the extension host logs. */
  onLine: (line: string) => void;
}

function vscodeRemote(codeServer: CodeServer, absolutePath: string): string {
  return `vscode-remote://127.0.0.1:${codeServer.port}${absolutePath}`;
}

/**
 * Opens VS Code with the entry point and waits for it to finish. Resolves with its exit code; 1
 * when VS Code died or it timed out; 130 when interrupted. Saves failure artifacts on a failure.
 */
export async function runInExtensionHost(run: ExtensionHostRun): Promise<number> {
  const { page } = run.session;
  let resolveExit: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (resolveExit = resolve));
  await page.exposeFunction('codeAutomationLog', (_level: string, args: unknown[]) => run.onLine(util.format(...(Array.isArray(args) ? args : [args]))));
  await page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(Number(code)));
  page.on('pageerror', (err) => progress(`page error: ${err.message}`));
  const payload = [
    ['extensionDevelopmentPath', vscodeRemote(run.codeServer, run.extensionPath)],
    ['extensionTestsPath', vscodeRemote(run.codeServer, run.entryPoint)],
    ['extensionEnvironment', JSON.stringify(run.environment)],
    ['skipWelcome', 'true'],
  ];
  progress(`${run.name}: opening VS Code`);
  const started = Date.now();
  await page.goto(`${run.codeServer.url}?folder=${encodeURIComponent(run.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);

  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), run.timeoutMs)));
  // Do not wait out the timeout when VS Code itself is gone.
  const serverDied = run.codeServer.process.exited.then((code) => `code-server exited (code ${code})` as const);
  const pageCrashed = new Promise<'the page crashed'>((resolve) => page.once('crash', () => resolve('the page crashed')));
  const result = await Promise.race([exited, timedOut, serverDied, pageCrashed]);
  clearTimeout(timer);
  // Interrupted (Ctrl-C): everything is being stopped; nothing failed that a screenshot would explain.
  if (isShuttingDown()) return 130;
  if (typeof result !== 'number') {
    progress(`${run.name}: ${result === 'timeout' ? `not finished within ${run.timeoutMs / 1000} s` : `${result} before the end`}`);
    await saveFailureArtifacts(run.name, page, run.codeServer);
    return 1;
  }
  progress(`${run.name}: finished with exit code ${result} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result !== 0) await saveFailureArtifacts(run.name, page, run.codeServer);
  return result;
}
