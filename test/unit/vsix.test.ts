// The .vsix that `npm run package` makes (scripts/package.js over the production build,
// out/production-extension/): it packages with no warning from vsce, holds exactly the files that
// run plus the icon, the walkthrough's media and the docs — never the README's screenshots — and its
// README shows no picture it cannot load.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TEST_CHANNEL_MARKER } from '../channel/marker';
import { repoRoot, testExtensionDir } from '../harness/paths';
import { packageVsix, readZipEntry, zipEntries } from '../harness/vsix';

const EXPECTED_FILES = [
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/LICENSE.txt',
  'extension/changelog.md',
  'extension/dist/extension.js',
  'extension/media/icon.png',
  'extension/media/losant.svg',
  'extension/media/walkthrough/create.svg',
  'extension/media/walkthrough/order.svg',
  'extension/media/walkthrough/organizations.svg',
  'extension/media/walkthrough/private-installation.svg',
  'extension/media/walkthrough/sign-in.svg',
  'extension/package.json',
  'extension/package.nls.json',
  'extension/readme.md',
];

interface Packaged {
  zip: Buffer;
  output: string;
}

async function packageInto(dir: string, name: string, extraArgs: string[] = []): Promise<Packaged> {
  const vsix = path.join(dir, `${name}.vsix`);
  const log = path.join(dir, `${name}.log`);
  fs.writeFileSync(log, '');
  await packageVsix(vsix, log, extraArgs);
  return { zip: fs.readFileSync(vsix), output: fs.readFileSync(log, 'utf8') };
}

/** Markdown images and <img> sources in a README. */
function imageSources(markdown: string): string[] {
  return [...markdown.matchAll(/!\[[^\]]*\]\(([^)\s]+)[^)]*\)|<img[^>]+src=["']([^"']+)["']/g)].map((m) => m[1] ?? m[2]);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  assert.equal(png.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'not a PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('The .vsix (npm run package)', function () {
  this.timeout(60_000);
  let dir: string;
  let packaged: Packaged;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'losant-vsix-'));
    packaged = await packageInto(dir, 'plain');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('packages with no warning from vsce', () => {
    assert.match(packaged.output, /DONE\s+Packaged:/);
    assert.doesNotMatch(packaged.output, /WARNING|ERROR/);
  });

  it('holds exactly the bundle, the manifest, the icons, the walkthrough media and the docs', () => {
    const files = zipEntries(packaged.zip).filter((f) => !f.endsWith('/'));
    assert.deepEqual([...files].sort(), [...EXPECTED_FILES].sort());
    assert.ok(fs.readdirSync(path.join(repoRoot, 'media', 'screenshots')).length > 0, 'no screenshots to leave out');
    assert.deepEqual(
      files.filter((f) => f.includes('screenshots') || f.endsWith('.map')),
      [],
    );
  });

  it("ships the production bundle, without the test build's channel into the extension", () => {
    const shipped = readZipEntry(packaged.zip, 'extension/dist/extension.js').toString('utf8');
    const testBuild = fs.readFileSync(path.join(testExtensionDir, 'dist', 'extension.js'), 'utf8');
    assert.ok(testBuild.includes(TEST_CHANNEL_MARKER), 'the test build carries the marker, so its absence below means something');
    assert.ok(!shipped.includes(TEST_CHANNEL_MARKER), 'the packaged bundle holds the test channel');
    assert.doesNotMatch(shipped, /sourceMappingURL/, 'minified, with no source map');
  });

  it('has the 256×256 PNG icon and the walkthrough media that its manifest names', () => {
    const manifest = JSON.parse(readZipEntry(packaged.zip, 'extension/package.json').toString('utf8')) as {
      icon: string;
      contributes: { walkthroughs: { steps: { media: { svg: string } }[] }[] };
    };
    assert.deepEqual(pngSize(readZipEntry(packaged.zip, `extension/${manifest.icon}`)), [256, 256]);
    for (const step of manifest.contributes.walkthroughs.flatMap((w) => w.steps)) {
      const svg = readZipEntry(packaged.zip, `extension/${step.media.svg}`).toString('utf8');
      // The walkthrough draws SVG media in a webview whose security policy drops <style> and style="".
      assert.doesNotMatch(svg, /<style|style=/, `${step.media.svg} would lose its styles`);
    }
  });

  it('leaves out of its README the screenshots it could not load (no repository to load them from)', () => {
    const readme = readZipEntry(packaged.zip, 'extension/readme.md').toString('utf8');
    assert.ok(
      imageSources(fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8')).some((src) => src.startsWith('media/screenshots/')),
      'the README has no screenshot',
    );
    assert.deepEqual(imageSources(readme), []);
    assert.match(readme, /^# Losant Explorer/);
  });

  it('keeps the screenshots, as links under the given URL, when packaged with --baseImagesUrl', async () => {
    const base = 'https://example.test/losant-explorer/raw/main';
    const withBase = await packageInto(dir, 'with-base', ['--baseImagesUrl', base, '--baseContentUrl', base]);
    assert.doesNotMatch(withBase.output, /WARNING|ERROR/);
    const sources = imageSources(readZipEntry(withBase.zip, 'extension/readme.md').toString('utf8'));
    assert.ok(sources.length > 0, 'no images in the README');
    for (const src of sources) assert.match(src, new RegExp(`^${base}/media/screenshots/[\\w-]+\\.png$`));
  });
});
