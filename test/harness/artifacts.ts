// What a person needs to see why a run failed: a screenshot of the workbench and VS Code's logs,
// under test-results/ (git-ignored) rather than a temp folder that is deleted with the run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { CodeServer } from './codeServer';
import { progress } from './log';
import { repoRoot, resultsDir } from './paths';

/** Saves a PNG of the page (or of `clip`); never throws (a failed screenshot must not hide the real failure). */
export async function saveScreenshot(
  page: Page | undefined,
  file: string,
  clip?: { x: number; y: number; width: number; height: number },
): Promise<string | undefined> {
  if (!page || page.isClosed()) return undefined;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file, timeout: 10_000, ...(clip ? { clip } : {}) });
    return file;
  } catch (err) {
    progress(`could not take a screenshot: ${String(err)}`);
    return undefined;
  }
}

/** Screenshot + VS Code logs + code-server output into test-results/<name>/. */
export async function saveFailureArtifacts(name: string, page: Page | undefined, codeServer: CodeServer | undefined): Promise<void> {
  const dir = path.join(resultsDir, name);
  fs.mkdirSync(dir, { recursive: true });
  const shot = await saveScreenshot(page, path.join(dir, 'screenshot.png'));
  if (codeServer) {
    try {
      if (fs.existsSync(codeServer.logsDir)) fs.cpSync(codeServer.logsDir, path.join(dir, 'vscode-logs'), { recursive: true });
      if (fs.existsSync(codeServer.outputLog)) fs.copyFileSync(codeServer.outputLog, path.join(dir, 'code-server.log'));
    } catch (err) {
      progress(`could not copy the logs: ${String(err)}`);
    }
  }
  progress(`failure artifacts: ${path.relative(repoRoot, dir)}/${shot ? ' (screenshot.png, vscode-logs/, code-server.log)' : ''}`);
}
