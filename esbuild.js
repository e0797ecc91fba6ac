// Builds the extension bundle (dist/extension.js) and, with --tests, the tests (out/test/, out/bench/)
// and the test build of the extension (out/test-extension/).
//
// dist/ holds only what the .vsix ships: the production bundle (minified), or with no flag a
// development bundle of the same code (readable, with a source map) for debugging. Nothing for tests
// is ever in it. The test build is another bundle of the same extension whose entry point,
// test/channel/extension.ts, hands the tests a channel into the extension host; it lives in its own
// folder (a copy of the manifest and the media beside it), which the integration runs load.
// Usage: node esbuild.js [--production] [--watch] [--tests]   (--tests builds dist/ for production)
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const tests = process.argv.includes('--tests');
// The UI tests install the .vsix packaged from dist/: with --tests it is the production bundle.
const production = process.argv.includes('--production') || tests;
const watch = process.argv.includes('--watch');
const TEST_EXTENSION_DIR = path.join('out', 'test-extension');

/** Every *.ts file under dir (recursively), as entry points. */
function entries(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return entries(p);
    return d.name.endsWith('.ts') && !d.name.endsWith('.d.ts') ? [p] : [];
  });
}

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

/** The test build's folder: the manifest, its strings and the media, as the .vsix has them. */
function layOutTestExtension() {
  fs.rmSync(TEST_EXTENSION_DIR, { recursive: true, force: true });
  fs.mkdirSync(TEST_EXTENSION_DIR, { recursive: true });
  for (const file of ['package.json', 'package.nls.json', 'LICENSE']) fs.copyFileSync(file, path.join(TEST_EXTENSION_DIR, file));
  fs.cpSync('media', path.join(TEST_EXTENSION_DIR, 'media'), { recursive: true, filter: (src) => !src.includes('screenshots') });
}

async function main() {
  // A production build must not ship a stale source map from a development build.
  if (production) fs.rmSync('dist', { recursive: true, force: true });
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    plugins: [problemMatcher],
  };
  const contexts = [
    await esbuild.context({
      ...common,
      entryPoints: ['src/extension.ts'],
      outfile: 'dist/extension.js',
      // fetch-blob falls back to this polyfill only when the runtime lacks web streams; Node >= 18
      // (every VS Code since 1.82) has them, so leaving it out saves 60 KB of bundle.
      external: ['vscode', 'web-streams-polyfill/*'],
      minify: production,
      sourcemap: !production,
      sourcesContent: false,
      metafile: true,
    }),
  ];
  if (tests) {
    // The runners take every compiled test file they find: one deleted or renamed since the last
    // build must not run from a stale bundle.
    fs.rmSync(path.join('out', 'test'), { recursive: true, force: true });
    layOutTestExtension();
    // Test bundles: one file per entry; vscode, mocha and playwright stay external
    // (they are loaded from node_modules or provided by the extension host).
    contexts.push(
      await esbuild.context({
        ...common,
        entryPoints: ['test/channel/extension.ts'],
        outfile: path.join(TEST_EXTENSION_DIR, 'dist', 'extension.js'),
        external: ['vscode', 'web-streams-polyfill/*'],
        sourcemap: true,
      }),
      // The integration suites, bundled into their index (test/integration/suites.ts), inside the
      // test build's folder: VS Code tells which extension calls its API by the caller's file, so
      // the tests call it as Losant Explorer does (an access request names the extension asking).
      await esbuild.context({
        ...common,
        entryPoints: ['test/integration/index.ts'],
        outfile: path.join(TEST_EXTENSION_DIR, 'integration', 'index.js'),
        external: ['vscode', 'mocha', 'playwright-core', 'losant-rest'],
        sourcemap: true,
      }),
      await esbuild.context({
        ...common,
        entryPoints: [
          ...entries('test').filter((f) => !f.startsWith(path.join('test', 'channel')) && !f.startsWith(path.join('test', 'integration'))),
          ...entries('bench'),
        ],
        outbase: '.',
        outdir: 'out',
        external: ['vscode', 'mocha', 'playwright-core', 'losant-rest'],
        sourcemap: true,
      }),
    );
  }
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  for (const c of contexts) {
    const result = await c.rebuild();
    if (result.metafile && production) {
      fs.mkdirSync('out', { recursive: true });
      fs.writeFileSync('out/meta.json', JSON.stringify(result.metafile));
    }
    await c.dispose();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
