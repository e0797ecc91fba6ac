// Small PNGs for what is committed (the README's screenshots, the Marketplace icon): Chromium writes
// them uncompressed-ish; pngquant (Debian package, installed on first use like Chromium) turns them
// into palette PNGs a fraction of the size, which for flat UI pictures look the same.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { progress } from './log';
import { resultsDir } from './paths';
import { runToCompletion } from './processes';
import { ensureDebianPackages } from './provision';

export async function optimisePngs(files: string[]): Promise<void> {
  if (files.length === 0) return;
  await ensureDebianPackages(['pngquant']);
  fs.mkdirSync(resultsDir, { recursive: true });
  const logFile = path.join(resultsDir, 'pngquant.log');
  fs.writeFileSync(logFile, '');
  for (const file of files) {
    const before = fs.statSync(file).size;
    // No dithering: UI pictures are flat colours and text, where dithering only adds noise and bytes.
    await runToCompletion('pngquant', 'pngquant', ['--quality=0-95', '--speed=1', '--nofs', '--strip', '--force', '--output', file, '--', file], { logFile });
    progress(`${path.basename(file)}: ${Math.round(before / 1024)} KB → ${Math.round(fs.statSync(file).size / 1024)} KB`);
  }
}
