// Part 3: what a user downloads. Builds the minified bundle and the .vsix exactly as
// `npm run package` does (but writes the .vsix under bench/raw/), then measures them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { progress } from '../test/harness/log';
import { repoRoot } from '../test/harness/paths';
import { runToCompletion } from '../test/harness/processes';

export interface SizeResult {
  bundleBytes: number;
  vsixBytes: number;
  vsixFiles: string[];
}

/** File names in a zip, read from its central directory (a .vsix is a zip). */
export function zipEntries(zip: Buffer): string[] {
  // The end-of-central-directory record is in the last 64 KiB + 22 bytes; scan back for its signature.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error('corrupt zip central directory');
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    names.push(zip.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

export async function runSizeBench(rawDir: string): Promise<SizeResult> {
  const logFile = path.join(rawDir, 'package.log');
  fs.writeFileSync(logFile, '');
  progress('size: building the production bundle');
  await runToCompletion('esbuild --production', process.execPath, ['esbuild.js', '--production'], { cwd: repoRoot, logFile });
  const vsix = path.join(rawDir, 'losant-explorer.vsix');
  fs.rmSync(vsix, { force: true });
  progress('size: packaging the .vsix');
  const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  await runToCompletion('vsce package', process.execPath, [vsce, 'package', '--no-dependencies', '--out', vsix], { cwd: repoRoot, logFile });
  const zip = fs.readFileSync(vsix);
  return {
    bundleBytes: fs.statSync(path.join(repoRoot, 'dist', 'extension.js')).size,
    vsixBytes: zip.length,
    vsixFiles: zipEntries(zip).filter((name) => !name.endsWith('/')),
  };
}
