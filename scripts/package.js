// `npm run package` (after the production build): makes the .vsix with vsce from the production
// build's folder (out/production-extension/, laid out by `node esbuild.js --production` or --tests:
// manifest, strings, media, dist/extension.js), and fails on any warning vsce prints, so that what is
// published never depends on someone reading the output. The UI tests and the .vsix's unit test
// package through this same script.
//
// The README's screenshots (media/screenshots/) stay out of the package: the Marketplace, and VS
// Code's extension page, load the README's relative images from the URL vsce puts in front of them,
// taken from package.json's "repository" or given here as --baseImagesUrl. This project has no public
// repository yet, and a made-up one would be worse than none, so without either the package's README
// leaves the screenshots out rather than show broken images.
//
// Usage: node scripts/package.js [--dir folder] [--out file.vsix] [--baseImagesUrl URL] [--baseContentUrl URL]
//   --dir: the folder to package (default out/production-extension); --out: default losant-explorer.vsix
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const SCREENSHOT_DIR = 'media/screenshots/';
/** Where, in the folder packaged, the package's copy of the README is written (vsce's --readme-path must be inside it). */
const PACKAGE_README = 'README.md';

/** `--name value` or `--name=value`; undefined when absent. */
function option(argv, name) {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const value = argv[i].includes('=') ? argv[i].slice(argv[i].indexOf('=') + 1) : argv[i + 1];
  if (!value) throw new Error(`--${name} needs a value`);
  return value;
}

/** The README without its screenshot paragraphs (a line holding only `![alt](media/screenshots/…)`). */
function withoutScreenshots(readme) {
  const escaped = SCREENSHOT_DIR.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return readme.replace(new RegExp(`^!\\[[^\\]]*\\]\\(${escaped}[^)]+\\)[ \\t]*\\r?\\n(\\r?\\n)?`, 'gm'), '');
}

function vsceArguments(manifest, argv) {
  // vsce runs in the folder packaged: a relative --out is from where this script was started.
  const out = path.resolve(option(argv, 'out') ?? 'losant-explorer.vsix');
  const baseImagesUrl = option(argv, 'baseImagesUrl');
  const baseContentUrl = option(argv, 'baseContentUrl');
  const args = ['package', '--no-dependencies', '--out', out, '--readme-path', PACKAGE_README];
  // vsce asks before packaging without a repository; there is none to give (see above).
  if (!manifest.repository) args.push('--allow-missing-repository');
  if (baseImagesUrl) args.push('--baseImagesUrl', baseImagesUrl);
  if (baseContentUrl) args.push('--baseContentUrl', baseContentUrl);
  const imagesHaveAHome = Boolean(manifest.repository || baseImagesUrl || baseContentUrl);
  return { args, imagesHaveAHome };
}

function main() {
  const argv = process.argv.slice(2);
  const dir = path.resolve(option(argv, 'dir') ?? path.join(root, 'out', 'production-extension'));
  if (!fs.existsSync(path.join(dir, 'dist', 'extension.js'))) {
    throw new Error(`${path.join(dir, 'dist', 'extension.js')} is missing: build it first with \`node esbuild.js --production\`.`);
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const { args, imagesHaveAHome } = vsceArguments(manifest, argv);
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  fs.writeFileSync(path.join(dir, PACKAGE_README), imagesHaveAHome ? readme : withoutScreenshots(readme));

  const vsce = require.resolve('@vscode/vsce/vsce', { paths: [root] });
  // No standard input: a question from vsce is answered "no" and fails the run instead of waiting.
  const child = spawn(process.execPath, [vsce, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      output += chunk;
      (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
    });
  }
  child.on('exit', (code) => {
    if (code !== 0) process.exit(code ?? 1);
    if (/\bWARNING\b/.test(output)) {
      process.stderr.write('\nvsce printed a warning (above): fix it rather than publish with it.\n');
      process.exit(1);
    }
  });
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}

module.exports = { withoutScreenshots };
