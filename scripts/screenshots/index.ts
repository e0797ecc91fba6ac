// `npm run screenshots` (out/scripts/screenshots/index.js): the README's pictures, drawn by every
// scripts/screenshots/*.shots.ts (found on disk when the bundle is built) on the UI tests' runner,
// in a fixed window and theme with the demo's realistic organizations. The pictures they take
// replace media/screenshots/, made small with pngquant.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { testFiles } from 'virtual:test-files';
import { progress } from '../../test/harness/log';
import { repoRoot } from '../../test/harness/paths';
import { runUi } from '../../test/harness/runUi';
import { looksTheSame, optimisePngs } from '../png';

const screenshotsDir = path.join(repoRoot, 'media', 'screenshots');

runUi(
  {
    name: 'screenshots',
    orgs: 40, // as many as the demo: a view that scrolls, a filter that narrows it
    settings: {
      'workbench.colorTheme': 'Default Dark Modern',
      'workbench.welcomePage.walkthroughs.openOnInstall': false,
      'window.zoomLevel': 0,
      'editor.minimap.enabled': false,
      'breadcrumbs.enabled': false,
    },
    browser: { viewport: { width: 1280, height: 800 } },
    async finish(picturesDir, page) {
      const pictures = fs.readdirSync(picturesDir).filter((f) => f.endsWith('.png'));
      await optimisePngs(pictures.map((f) => path.join(picturesDir, f)));
      fs.mkdirSync(screenshotsDir, { recursive: true });
      // A renamed or dropped picture leaves nothing stale behind.
      for (const f of fs.readdirSync(screenshotsDir)) if (f.endsWith('.png') && !pictures.includes(f)) fs.rmSync(path.join(screenshotsDir, f));
      let changed = 0;
      for (const f of pictures) {
        const [fresh, committed] = [path.join(picturesDir, f), path.join(screenshotsDir, f)];
        // Keep the file when only anti-aliasing noise differs, so a run with no visible change changes no file.
        if (fs.existsSync(committed) && (await looksTheSame(page, fresh, committed))) continue;
        fs.copyFileSync(fresh, committed);
        changed++;
      }
      progress(`${path.relative(repoRoot, screenshotsDir)}/: ${changed} of ${pictures.length} pictures changed`);
    },
  },
  testFiles,
);
