// Small PNGs for what is committed (the README's screenshots, the Marketplace icon): Chromium writes
// them uncompressed-ish; pngquant (Debian package, installed on first use like Chromium) turns them
// into palette PNGs a fraction of the size, which for flat UI pictures look the same.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { progress } from '../test/harness/log';
import { resultsDir } from '../test/harness/paths';
import { runToCompletion } from '../test/harness/processes';
import { ensureDebianPackages } from '../test/harness/provision';

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

/**
 * True when two PNGs show the same picture: same size, and at most one pixel in a thousand differs by
 * more than palette rounding (renderings of the same window differ in anti-aliasing noise, and
 * pngquant then picks slightly different palettes). Decoded by the browser `page` belongs to.
 */
export async function looksTheSame(page: Page, a: string, b: string): Promise<boolean> {
  const [dataA, dataB] = [a, b].map((f) => fs.readFileSync(f).toString('base64'));
  return page.evaluate(
    async ([pngA, pngB]) => {
      const pixels = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height);
      };
      const [x, y] = await Promise.all([pixels(pngA), pixels(pngB)]);
      if (x.width !== y.width || x.height !== y.height) return false;
      let differing = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        const difference = Math.abs(x.data[i] - y.data[i]) + Math.abs(x.data[i + 1] - y.data[i + 1]) + Math.abs(x.data[i + 2] - y.data[i + 2]);
        if (difference > 30) differing++;
      }
      return differing <= (x.width * x.height) / 1000;
    },
    [dataA, dataB] as const,
  );
}
