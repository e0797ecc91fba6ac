// Builds the extension bundle (dist/) and, with --tests, the test bundles (out/).
// Usage: node esbuild.js [--production] [--watch] [--tests]
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

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
    // Test bundles: one file per entry; vscode, mocha and playwright stay external
    // (they are loaded from node_modules or provided by the extension host).
    contexts.push(
      await esbuild.context({
        ...common,
        // The integration test files are bundled into their index (test/integration/suites.ts).
        entryPoints: [...entries('test').filter((f) => !f.startsWith(path.join('test', 'integration')) || f === path.join('test', 'integration', 'index.ts')), ...entries('bench')],
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
