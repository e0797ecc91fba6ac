// Part 3: what a user downloads. Packages the production build (out/production-extension/, made by
// `node esbuild.js --tests` before the bench) exactly as `npm run package` does (but writes the .vsix
// under bench/raw/), then measures the minified bundle and the .vsix.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { progress } from '../test/harness/log';
import { assertExtensionBuilt, extensionBundle } from '../test/harness/paths';
import { packageVsix, zipEntries } from '../test/harness/vsix';

export interface SizeResult {
  bundleBytes: number;
  vsixBytes: number;
  vsixFiles: string[];
}

export async function runSizeBench(rawDir: string): Promise<SizeResult> {
  const logFile = path.join(rawDir, 'package.log');
  fs.writeFileSync(logFile, '');
  assertExtensionBuilt();
  const vsix = path.join(rawDir, 'losant-explorer.vsix');
  progress('size: packaging the .vsix');
  await packageVsix(vsix, logFile);
  const zip = fs.readFileSync(vsix);
  return {
    bundleBytes: fs.statSync(extensionBundle).size,
    vsixBytes: zip.length,
    vsixFiles: zipEntries(zip).filter((name) => !name.endsWith('/')),
  };
}
