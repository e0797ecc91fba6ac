// The .vsix as users get it: made by scripts/package.js (what `npm run package` runs), read back as
// the zip it is. Used by the UI run (which installs it), the size bench and the package's unit test.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { productionExtensionDir, repoRoot } from './paths';
import { runToCompletion } from './processes';

/**
 * Packages the production build (out/production-extension/; no build: run esbuild first) into
 * `outFile`, as `npm run package` does, appending vsce's output to `logFile`. Rejects when vsce
 * fails or prints a warning.
 */
export async function packageVsix(outFile: string, logFile: string, extraArgs: string[] = []): Promise<void> {
  fs.rmSync(outFile, { force: true });
  await runToCompletion(
    'vsce package',
    process.execPath,
    [path.join(repoRoot, 'scripts', 'package.js'), '--dir', productionExtensionDir, '--out', outFile, ...extraArgs],
    {
      cwd: repoRoot,
      logFile,
    },
  );
}

/**
 * Packages a test-only extension folder (plain JavaScript, nothing to build) with vsce into
 * `outFile`, for a UI run to install beside the product.
 */
export async function packageTestExtension(folder: string, outFile: string, logFile: string): Promise<void> {
  fs.rmSync(outFile, { force: true });
  const vsce = require.resolve('@vscode/vsce/vsce', { paths: [repoRoot] });
  await runToCompletion(
    'vsce package (test extension)',
    process.execPath,
    [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', outFile],
    {
      cwd: folder,
      logFile,
    },
  );
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/** The entries of a zip, read from its central directory (a .vsix is a zip). */
function centralDirectory(zip: Buffer): ZipEntry[] {
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
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error('corrupt zip central directory');
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    entries.push({
      name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      localHeaderOffset: zip.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** File names in a zip. */
export function zipEntries(zip: Buffer): string[] {
  return centralDirectory(zip).map((e) => e.name);
}

/** The contents of one file in a zip (stored or deflated, the two methods vsce writes). */
export function readZipEntry(zip: Buffer, name: string): Buffer {
  const entry = centralDirectory(zip).find((e) => e.name === name);
  if (!entry) throw new Error(`${name} is not in the zip`);
  const at = entry.localHeaderOffset;
  if (zip.readUInt32LE(at) !== 0x04034b50) throw new Error(`corrupt local header for ${name}`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method === 8) return zlib.inflateRawSync(data);
  throw new Error(`${name} uses zip compression method ${entry.method}`);
}
