// Where the harness keeps things. Every path is derived from the repo root, found by walking up
// from this file, so the compiled bundle (out/test/harness/*.js) and any cwd give the same answers.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SetupError } from './log';

/** Versions the harness provisions. Both are part of the cache key, so bumping one re-provisions. */
export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

/** The extension's identity, as code-server's extension scanner names its folder. */
export { EXTENSION_ID } from './extensionId';

function findRepoRoot(start: string): string {
  let dir = start;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string };
      if (pkg.name === 'losant-explorer') return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the losant-explorer repo root above ${start}`);
    dir = parent;
  }
}

export const repoRoot = findRepoRoot(__dirname);
/** Git-ignored cache of provisioned tools, like @vscode/test-electron's .vscode-test/. */
export const cacheDir = path.join(repoRoot, '.test-cache');
/** Git-ignored folder where a person finds screenshots and logs. */
export const resultsDir = path.join(repoRoot, 'test-results');
/** The production build, laid out as the installed extension: what the .vsix is packaged from (scripts/package.js). */
export const productionExtensionDir = path.join(repoRoot, 'out', 'production-extension');
export const extensionBundle = path.join(productionExtensionDir, 'dist', 'extension.js');
/** The test build of the extension: a folder like the installed .vsix's, whose bundle hands the tests a channel. */
export const testExtensionDir = path.join(repoRoot, 'out', 'test-extension');
export const integrationIndex = path.join(testExtensionDir, 'integration', 'index.js');
/** Test-only data and extensions, read where they are (test/fixtures/). */
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');

export function extensionVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** Fails early with a useful message when the production build is missing. */
export function assertExtensionBuilt(): void {
  if (!fs.existsSync(extensionBundle)) {
    throw new SetupError(`${path.relative(repoRoot, extensionBundle)} is missing: build it first with \`node esbuild.js --tests\`.`);
  }
}

/** Fails early with a useful message when the test build of the extension is missing. */
export function assertTestExtensionBuilt(): void {
  const bundle = path.join(testExtensionDir, 'dist', 'extension.js');
  if (!fs.existsSync(bundle)) throw new SetupError(`${path.relative(repoRoot, bundle)} is missing: build it first with \`node esbuild.js --tests\`.`);
}

/** A fresh, empty temp folder (per run isolation of user data, profiles, workspaces). */
export function makeTempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), `losant-${prefix}-`));
}
