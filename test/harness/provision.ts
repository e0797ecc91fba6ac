// First-use provisioning, with no manual step and no stdin (CI runs as root without one):
//  - Debian packages (chromium to drive VS Code; libkrb5-dev to build code-server) through apt-get;
//  - Node 24 (code-server needs it; the repo itself stays on Node 20) from the npm package `node`;
//  - code-server (a real VS Code served to a browser) from npm, built against that Node.
// Tools land in .test-cache/<name>-<version>: built in a temp folder beside it, then renamed into
// place in one step, so an interrupted run never leaves a half-installed cache that a later run
// would trust. Later runs find the folder and skip straight to testing.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { progress, SetupError } from './log';
import { cacheDir, CODE_SERVER_VERSION, NODE_VERSION } from './paths';
import { onCleanup, runToCompletion } from './processes';

export interface Toolchain {
  /** The Node 24 binary that runs code-server. */
  node: string;
  /** code-server's entry script (run it with `node`). */
  codeServerEntry: string;
  codeServerVersion: string;
}

export const CHROMIUM_PATH = '/usr/bin/chromium';

const logsDir = path.join(cacheDir, 'logs');

function logFile(name: string): string {
  fs.mkdirSync(logsDir, { recursive: true });
  return path.join(logsDir, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.log`);
}

/**
 * The environment for npm and apt children: without the parent `npm run`'s npm_* variables (they
 * would point a nested `npm install` at this repo's config and prefix) and without VS Code's own
 * variables when the harness is started from a VS Code terminal.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|INIT_CWD$|VSCODE_|ELECTRON_RUN_AS_NODE$)/i.test(key)) continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

// ---------------------------------------------------------------------------------------------
// Debian packages

function isDebianPackageInstalled(name: string): boolean {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

let aptUpdated = false;

/** Installs missing Debian packages as root; otherwise stops with the exact command to run. */
export async function ensureDebianPackages(packages: string[]): Promise<void> {
  const missing = packages.filter((p) => !isDebianPackageInstalled(p));
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) {
    throw new SetupError(
      `Missing Debian packages: ${missing.join(', ')}. Install them, then run again:\n` +
        `  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  const log = logFile('apt-get');
  const env = cleanEnv({ DEBIAN_FRONTEND: 'noninteractive' });
  // Wait for the dpkg lock rather than fail when another run (or apt itself) holds it.
  const lockWait = ['-o', 'DPkg::Lock::Timeout=600'];
  if (!aptUpdated) {
    progress(`apt-get update (log: ${path.relative(process.cwd(), log)})`);
    await runToCompletion('apt-get update', 'apt-get', [...lockWait, 'update'], { env, logFile: log });
    aptUpdated = true;
  }
  progress(`apt-get install -y ${missing.join(' ')} …`);
  await runToCompletion('apt-get install', 'apt-get', [...lockWait, 'install', '-y', ...missing], { env, logFile: log });
  progress(`installed ${missing.join(', ')}`);
}

// ---------------------------------------------------------------------------------------------
// Atomic cache folders

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temp folders left by runs that were killed mid-install (their pid is gone). */
function sweepAbandonedTempDirs(): void {
  if (!fs.existsSync(cacheDir)) return;
  for (const name of fs.readdirSync(cacheDir)) {
    const match = /^\.tmp-.*-pid(\d+)-/.exec(name);
    if (match && !isProcessAlive(Number(match[1]))) {
      progress(`removing an interrupted install: .test-cache/${name}`);
      fs.rmSync(path.join(cacheDir, name), { recursive: true, force: true });
    }
  }
}

/**
 * Makes `finalDir` exist with complete contents: `populate` fills a fresh temp folder on the same
 * filesystem, which is then renamed to `finalDir` (atomic). If another run won the race, its
 * folder is kept and ours discarded.
 */
async function installAtomically(finalDir: string, populate: (tempDir: string) => Promise<void>): Promise<void> {
  if (fs.existsSync(finalDir)) return;
  fs.mkdirSync(cacheDir, { recursive: true });
  sweepAbandonedTempDirs();
  const tempDir = fs.mkdtempSync(path.join(cacheDir, `.tmp-${path.basename(finalDir)}-pid${process.pid}-`));
  fs.chmodSync(tempDir, 0o755); // mkdtemp makes it private; the cache is not a secret
  let renamed = false;
  onCleanup(`remove ${path.basename(tempDir)}`, async () => {
    if (!renamed) await fs.promises.rm(tempDir, { recursive: true, force: true });
  });
  await populate(tempDir);
  try {
    fs.renameSync(tempDir, finalDir);
    renamed = true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if ((code === 'ENOTEMPTY' || code === 'EEXIST') && fs.existsSync(finalDir)) {
      progress(`${path.basename(finalDir)} was provisioned by a concurrent run; using that one`);
      return;
    }
    throw err;
  }
}

/** Writes a throwaway package.json whose allowScripts approves exactly the packages that must build. */
function writeInstallManifest(dir: string, dependencies: Record<string, string>, allowScripts: string[]): void {
  const manifest = {
    name: `losant-harness-${path
      .basename(dir)
      .replace(/[^a-z0-9-]/gi, '')
      .toLowerCase()}`,
    private: true,
    description: 'Provisioned by test/harness/provision.ts; safe to delete.',
    dependencies,
    allowScripts: Object.fromEntries(allowScripts.map((name) => [name, true])),
  };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
}

// ---------------------------------------------------------------------------------------------
// Node 24

const nodeDir = path.join(cacheDir, `node-v${NODE_VERSION}`);

/** The folder of the npm package `node-<platform>-<arch>`: the binary (bin/node) and headers (include/). */
function nodeDistDir(root: string): string {
  const scoped = path.join(root, 'node_modules', 'node', 'node_modules');
  const hoisted = path.join(root, 'node_modules');
  for (const dir of [scoped, hoisted]) {
    if (!fs.existsSync(dir)) continue;
    const dist = fs.readdirSync(dir).find((n) => n.startsWith(`node-${process.platform}-`));
    if (dist) return path.join(dir, dist);
  }
  throw new Error(`No node-${process.platform}-* package under ${root}: the npm package \`node\` did not install its binary`);
}

function nodeWorks(nodeBinary: string): boolean {
  const result = spawnSync(nodeBinary, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return result.status === 0 && result.stdout.trim() === `v${NODE_VERSION}`;
}

async function ensureNode24(): Promise<{ binary: string; distDir: string }> {
  await installAtomically(nodeDir, async (temp) => {
    progress(`installing Node ${NODE_VERSION} (npm package node@${NODE_VERSION}) into .test-cache/ …`);
    const log = logFile('node-install');
    writeInstallManifest(temp, { node: NODE_VERSION }, ['node']);
    await runToCompletion('npm install node', 'npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts'], {
      cwd: temp,
      env: cleanEnv(),
      logFile: log,
    });
    if (!nodeWorks(path.join(nodeDistDir(temp), 'bin', 'node'))) throw new Error(`Node ${NODE_VERSION} did not install correctly; see ${log}`);
  });
  const distDir = nodeDistDir(nodeDir);
  return { binary: path.join(distDir, 'bin', 'node'), distDir };
}

// ---------------------------------------------------------------------------------------------
// code-server

const codeServerDir = path.join(cacheDir, `code-server-${CODE_SERVER_VERSION}-node-v${NODE_VERSION}`);
const codeServerEntry = path.join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

async function ensureCodeServer(node: { binary: string; distDir: string }): Promise<void> {
  if (fs.existsSync(codeServerEntry)) return;
  // Only the native build needs the Kerberos headers; a warm cache does not.
  await ensureDebianPackages(['libkrb5-dev']);
  await installAtomically(codeServerDir, async (temp) => {
    const log = logFile('code-server-install');
    progress(
      `installing code-server ${CODE_SERVER_VERSION} into .test-cache/ (first run only: native build, a few minutes; log: ${path.relative(process.cwd(), log)}) …`,
    );
    const started = Date.now();
    writeInstallManifest(temp, { 'code-server': CODE_SERVER_VERSION }, ['code-server', 'argon2']);
    await runToCompletion('npm install code-server', 'npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts'], {
      cwd: temp,
      // Node 24 first on PATH so npm and code-server's postinstall build for it; node-gyp takes the
      // headers shipped in the node package instead of downloading them (no internet here).
      env: cleanEnv({
        PATH: `${path.join(node.distDir, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`,
        npm_config_nodedir: node.distDir,
      }),
      logFile: log,
    });
    if (!fs.existsSync(path.join(temp, 'node_modules', 'code-server', 'out', 'node', 'entry.js'))) {
      throw new Error(`code-server did not install correctly; see ${log}`);
    }
    progress(`code-server installed in ${Math.round((Date.now() - started) / 1000)} s`);
  });
}

/**
 * Everything the harness needs to start VS Code. `browser: true` also ensures Chromium (tests);
 * the demo serves a person's own browser and does not need it.
 */
export async function provision(options: { browser: boolean }): Promise<Toolchain> {
  if (options.browser) await ensureDebianPackages(['chromium']);
  const node = await ensureNode24();
  await ensureCodeServer(node);
  return { node: node.binary, codeServerEntry, codeServerVersion: CODE_SERVER_VERSION };
}
