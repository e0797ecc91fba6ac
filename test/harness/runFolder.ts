// A temporary folder for one run (code-server's user data, extensions and an empty workspace),
// removed when the run's processes are cleaned up.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeTempDir } from './paths';
import { onCleanup } from './processes';

export interface RunFolder {
  runDir: string;
  /** An empty folder for VS Code to open. */
  workspace: string;
}

export function makeRunFolder(prefix: string): RunFolder {
  const runDir = makeTempDir(prefix);
  onCleanup(`remove the ${prefix} run folder`, () => fs.promises.rm(runDir, { recursive: true, force: true }));
  const workspace = path.join(runDir, 'workspace');
  fs.mkdirSync(workspace);
  return { runDir, workspace };
}
