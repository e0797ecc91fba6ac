// Builds the extension, and with --tests its test build, the tests and the tools. Each build has a
// folder of its own, so that no build overwrites another:
//
//   node esbuild.js               development bundle: dist/extension.js (readable, with a source
//                                 map), for debugging from the repo root (F5, --extensionDevelopmentPath=.)
//   node esbuild.js --watch       the same, rebuilt on every change
//   node esbuild.js --production  the production bundle (minified, no source map), in the folder the
//                                 .vsix is packaged from: out/production-extension/ (manifest, strings,
//                                 media, dist/extension.js), which scripts/package.js packages
//   node esbuild.js --tests       no dist/: the production build as above (the tests package it into
//                                 the .vsix they check and install, the demo runs it), the test build
//                                 of the extension (out/test-extension/), one bundle per level of tests
//                                 and the tools of test/, bench/ and scripts/ (out/)
//
// The test build is another bundle of the same extension whose entry point, test/channel/extension.ts,
// hands the integration tests a channel into the extension host; nothing for tests is ever in the
// production bundle (a unit test checks the .vsix).
//
// Tests are found on disk, never listed: each level is one bundle whose entry imports
// `virtual:test-files`, which testFilesPlugin makes from the level's folder (every file ending in
// the level's suffix, in name order; see test/harness/testFiles.d.ts).
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const tests = process.argv.includes('--tests');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const PRODUCTION_EXTENSION_DIR = path.join('out', 'production-extension');
const TEST_EXTENSION_DIR = path.join('out', 'test-extension');

/** Prints errors in the problem-matcher format VS Code's esbuild sample uses. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
    });
  },
};

/** Files under dir (recursively) whose name ends in suffix: paths relative to dir, with /, in name order. */
function findFiles(dir, suffix) {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith(suffix))
    .sort();
}

/**
 * `virtual:test-files` for one bundle: every file under `dir` ending in `suffix`, in name order
 * (numeric prefixes give the order: 00-…, 01-…), each with its path and a load() that runs it.
 * Made afresh at each build, so a file added to the folder runs without being listed anywhere.
 */
function testFilesPlugin(dir, suffix) {
  return {
    name: 'test-files',
    setup(build) {
      build.onResolve({ filter: /^virtual:test-files$/ }, () => ({ path: dir, namespace: 'test-files' }));
      build.onLoad({ filter: /.*/, namespace: 'test-files' }, () => {
        const files = findFiles(dir, suffix);
        const rows = files.map((f) => `  { path: ${JSON.stringify(f)}, load: () => require(${JSON.stringify(`./${f}`)}) },`);
        const folders = [...new Set(files.map((f) => path.join(dir, path.dirname(f))))];
        return {
          contents: `export const testFiles = [\n${rows.join('\n')}\n];\n`,
          loader: 'js',
          resolveDir: path.resolve(dir),
          watchDirs: [dir, ...folders],
        };
      });
    },
  };
}

/**
 * A folder laid out as the installed extension: the manifest, its strings, the license, the
 * changelog, the media (never the README's screenshots) and the packaging rules. The bundle goes
 * into its dist/.
 */
function layOutExtension(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const file of ['package.json', 'package.nls.json', 'LICENSE', 'CHANGELOG.md', '.vscodeignore']) fs.copyFileSync(file, path.join(dir, file));
  fs.cpSync('media', path.join(dir, 'media'), { recursive: true, filter: (src) => !src.includes('screenshots') });
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
};

/** The extension bundle. vscode is provided by the extension host. */
function extensionBuild(entry, outfile, release) {
  return {
    ...common,
    plugins: [problemMatcher],
    entryPoints: [entry],
    outfile,
    // fetch-blob falls back to this polyfill only when the runtime lacks web streams; Node >= 18
    // (every VS Code since 1.82) has them, so leaving it out saves 60 KB of bundle.
    external: ['vscode', 'web-streams-polyfill/*'],
    minify: release,
    sourcemap: !release,
    sourcesContent: false,
    metafile: release,
  };
}

/** One bundle of test code: vscode, mocha and playwright stay external (node_modules or the extension host provide them). */
function testBuild(options, files) {
  return {
    ...common,
    plugins: [problemMatcher, ...(files ? [testFilesPlugin(files.dir, files.suffix)] : [])],
    external: ['vscode', 'mocha', 'playwright-core', 'losant-rest'],
    sourcemap: true,
    ...options,
  };
}

/** The programs of test/, bench/ and scripts/ that are run with node (each its own bundle, under out/). */
const TOOLS = [
  'test/server/cli.ts', // npm run fake-losant; the bench's and the unit tests' server process
  'test/harness/runIntegration.ts',
  'test/runDesktop.ts',
  'bench/run.ts',
  'bench/profileClient.ts',
  'bench/vscode/index.ts', // runs in the extension host
  'scripts/demo.ts',
  'scripts/renderIcon.ts',
];

function builds() {
  if (!tests) {
    if (!production) return [extensionBuild('src/extension.ts', 'dist/extension.js', false)];
    layOutExtension(PRODUCTION_EXTENSION_DIR);
    return [extensionBuild('src/extension.ts', path.join(PRODUCTION_EXTENSION_DIR, 'dist', 'extension.js'), true)];
  }
  layOutExtension(PRODUCTION_EXTENSION_DIR);
  layOutExtension(TEST_EXTENSION_DIR);
  // Nothing stale: a test or tool deleted or renamed since the last build must not run from an old bundle.
  for (const dir of ['test', 'bench', 'scripts']) fs.rmSync(path.join('out', dir), { recursive: true, force: true });
  return [
    extensionBuild('src/extension.ts', path.join(PRODUCTION_EXTENSION_DIR, 'dist', 'extension.js'), true),
    extensionBuild('test/channel/extension.ts', path.join(TEST_EXTENSION_DIR, 'dist', 'extension.js'), false),
    // The unit tests: mocha runs this one file (test/unit/.mocharc.json).
    testBuild({ entryPoints: ['test/unit/index.ts'], outfile: path.join('out', 'test', 'unit', 'index.js') }, { dir: 'test/unit', suffix: '.test.ts' }),
    // The integration suites, inside the test build's folder: VS Code tells which extension calls
    // its API by the caller's file, so the tests call it as Losant Explorer does (an access request
    // names the extension asking). A suite is a folder (restrictedMode/, trustedFolder/; main: the
    // files directly in test/integration/).
    testBuild(
      { entryPoints: ['test/integration/index.ts'], outfile: path.join(TEST_EXTENSION_DIR, 'integration', 'index.js') },
      { dir: 'test/integration', suffix: '.test.ts' },
    ),
    // The UI tests with their runner (one bundle: the runner hands them the workbench in a plain module variable).
    testBuild({ entryPoints: ['test/ui/index.ts'], outfile: path.join('out', 'test', 'ui', 'index.js') }, { dir: 'test/ui', suffix: '.ui.ts' }),
    // npm run screenshots: the README's pictures, on the UI tests' runner.
    testBuild(
      { entryPoints: ['scripts/screenshots/index.ts'], outfile: path.join('out', 'scripts', 'screenshots', 'index.js') },
      { dir: 'scripts/screenshots', suffix: '.shots.ts' },
    ),
    testBuild({ entryPoints: TOOLS, outbase: '.', outdir: 'out' }),
  ];
}

async function main() {
  const contexts = await Promise.all(builds().map((options) => esbuild.context(options)));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  for (const c of contexts) {
    const result = await c.rebuild();
    if (result.metafile) {
      fs.mkdirSync('out', { recursive: true });
      fs.writeFileSync(path.join('out', 'meta.json'), JSON.stringify(result.metafile));
    }
    await c.dispose();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
