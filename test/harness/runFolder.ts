// A temporary folder for one run (code-server's user data, extensions and a workspace folder,
// empty or with its own .vscode/settings.json), removed when the run's processes are cleaned up.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeTempDir } from './paths';
import { onCleanup } from './processes';

export interface RunFolder {
  runDir: string;
  /** The folder VS Code opens. */
  workspace: string;
}

/** `folderSettings`: written to the workspace's .vscode/settings.json, as a cloned repository may ship one. */
export function makeRunFolder(prefix: string, folderSettings?: Record<string, unknown>): RunFolder {
  const runDir = makeTempDir(prefix);
  onCleanup(`remove the ${prefix} run folder`, () => fs.promises.rm(runDir, { recursive: true, force: true }));
  const workspace = path.join(runDir, 'workspace');
  fs.mkdirSync(workspace);
  if (folderSettings) {
    fs.mkdirSync(path.join(workspace, '.vscode'));
    fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify(folderSettings, null, 2));
  }
  return { runDir, workspace };
}
