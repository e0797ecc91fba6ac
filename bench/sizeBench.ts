// Part 3: what a user downloads. Builds the minified bundle and the .vsix exactly as
// `npm run package` does (but writes the .vsix under bench/raw/), then measures them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { progress } from '../test/harness/log';
import { repoRoot } from '../test/harness/paths';
import { runToCompletion } from '../test/harness/processes';
import { packageVsix, zipEntries } from '../test/harness/vsix';

export interface SizeResult {
  bundleBytes: number;
  vsixBytes: number;
  vsixFiles: string[];
}

export async function runSizeBench(rawDir: string): Promise<SizeResult> {
  const logFile = path.join(rawDir, 'package.log');
  fs.writeFileSync(logFile, '');
  progress('size: building the production bundle');
  await runToCompletion('esbuild --production', process.execPath, ['esbuild.js', '--production'], { cwd: repoRoot, logFile });
  const vsix = path.join(rawDir, 'losant-explorer.vsix');
  progress('size: packaging the .vsix');
  await packageVsix(vsix, logFile);
  const zip = fs.readFileSync(vsix);
  return {
    bundleBytes: fs.statSync(path.join(repoRoot, 'dist', 'extension.js')).size,
    vsixBytes: zip.length,
    vsixFiles: zipEntries(zip).filter((name) => !name.endsWith('/')),
  };
}
