// `npm run icon`: draws the Marketplace icon (media/icon.png, 256×256; the Marketplace refuses SVG
// icons) from the activity bar's media/losant.svg, in the same headless Chromium the UI tests use.
// The SVG draws in `currentColor` for VS Code's themes; here it is white on a coloured tile.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchBrowser } from '../test/harness/browser';
import { progress } from '../test/harness/log';
import { repoRoot } from '../test/harness/paths';
import { optimisePngs } from './png';
import { runMain } from '../test/harness/processes';
import { ensureDebianPackages } from '../test/harness/provision';

const SIZE = 256;
/** The tile's colours; galleryBanner.color in package.json is the darker one, so page and icon agree. */
export const ICON_COLORS = { top: '#1f6fd1', bottom: '#0b3f86' } as const;

function iconPage(svg: string): string {
  const glyph = svg.replace(/\swidth="[^"]*"/, ' width="70%"').replace(/\sheight="[^"]*"/, ' height="70%"');
  return `<!doctype html><html><head><style>
    html, body { margin: 0; background: transparent; }
    .tile { width: ${SIZE}px; height: ${SIZE}px; border-radius: ${SIZE * 0.19}px; color: #fff;
            background: linear-gradient(160deg, ${ICON_COLORS.top}, ${ICON_COLORS.bottom});
            display: grid; place-items: center; }
    .tile svg { display: block; }
  </style></head><body><div class="tile">${glyph}</div></body></html>`;
}

async function main(): Promise<number> {
  await ensureDebianPackages(['chromium']);
  const svg = fs.readFileSync(path.join(repoRoot, 'media', 'losant.svg'), 'utf8');
  const session = await launchBrowser({ viewport: { width: SIZE, height: SIZE } });
  await session.page.setContent(iconPage(svg));
  const out = path.join(repoRoot, 'media', 'icon.png');
  // Transparent outside the rounded tile.
  await session.page.locator('.tile').screenshot({ path: out, omitBackground: true });
  await session.close();
  await optimisePngs([out]);
  progress(`wrote ${path.relative(repoRoot, out)} (${SIZE}×${SIZE})`);
  return 0;
}

runMain(main);
