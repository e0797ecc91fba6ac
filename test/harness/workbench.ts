// The one way every harness entry point gets a real VS Code: the integration runs, the UI tests
// and screenshots, the demo and the bench. A run folder, code-server pointed at a Losant API URL,
// and (unless a person brings their own browser) headless Chromium; everything it starts is
// stopped with the run (or by stop()).
import { launchBrowser, type BrowserOptions, type BrowserSession } from './browser';
import { baseSettings, startCodeServer, type CodeServer, type CodeServerOptions } from './codeServer';
import { makeRunFolder, type RunFolder } from './runFolder';

export interface WorkbenchOptions extends Omit<CodeServerOptions, 'rootDir' | 'settings'> {
  /** Names the temporary run folder. */
  name: string;
  /** losant.apiUrl in the user settings. */
  apiUrl: string;
  /** Settings over baseSettings. */
  settings?: Record<string, unknown>;
  /** A folder made beforehand (or one that persists, as the demo's); else a fresh one. */
  folder?: RunFolder;
  /** The opened folder's .vscode/settings.json, for a fresh run folder. */
  folderSettings?: Record<string, unknown>;
  /** Headless Chromium for the run, or false when a person opens VS Code in their own browser. */
  browser: BrowserOptions | false;
}

export interface Workbench extends RunFolder {
  codeServer: CodeServer;
  /** Absent when `browser` was false. */
  session?: BrowserSession;
  stop(): Promise<void>;
}

export async function startWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const { name, apiUrl, settings, folder, folderSettings, browser, ...codeServerOptions } = options;
  const { runDir, workspace } = folder ?? makeRunFolder(name, folderSettings);
  const codeServer = await startCodeServer({ ...codeServerOptions, rootDir: runDir, settings: { ...baseSettings(apiUrl), ...settings } });
  let session: BrowserSession | undefined;
  try {
    if (browser !== false) session = await launchBrowser(browser);
  } catch (err) {
    await codeServer.stop();
    throw err;
  }
  return {
    runDir,
    workspace,
    codeServer,
    session,
    async stop() {
      await session?.close();
      await codeServer.stop();
    },
  };
}
