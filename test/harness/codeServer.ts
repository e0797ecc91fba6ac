// Starts code-server (VS Code's workbench served to a browser, with a real server-side extension
// host) on a loopback port, with its own user data, extensions dir and HOME, so a run never reads
// or writes the person's own VS Code or code-server state.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { progress } from './log';
import { poll } from './poll';
import { EXTENSION_ID, extensionVersion, makeTempDir } from './paths';
import { freePort } from './ports';
import { onCleanup, runToCompletion, spawnGroup, type GroupProcess } from './processes';
import { cleanEnv, type Toolchain } from './provision';

export interface CodeServerOptions {
  toolchain: Toolchain;
  /** Holds user/ (user data), ext/ (extensions), home/, config.yaml and code-server.log. */
  rootDir: string;
  /** Loopback port; a free one when omitted. */
  port?: number;
  /** Written into the user settings.json (merged over what is there, for the persistent demo dir). */
  settings: Record<string, unknown>;
  /**
   * { folder }: install that extension folder (a symlink in the extensions dir): the working tree
   * for the demo, the test build for the integration runs; { vsix }: install those packages with
   * `code-server --install-extension`, as a user would; false: none.
   */
  installExtension: false | { folder: string } | { vsix: readonly string[] };
  /**
   * Honour the `payload` URL parameter (extensionDevelopmentPath / extensionTestsPath). Only with
   * this flag does the built product accept it; it also hides notification toasts.
   */
  smokeTestDriver: boolean;
  /**
   * Keep workspace trust on, so a folder opens in Restricted Mode until it is trusted. Off by
   * default: every folder is trusted (the settings also need `security.workspace.trust.enabled`).
   */
  workspaceTrust?: boolean;
}

export interface CodeServer {
  readonly url: string;
  readonly port: number;
  readonly userDataDir: string;
  /** VS Code's own logs (server, extension host, ...). */
  readonly logsDir: string;
  /** code-server's stdout and stderr. */
  readonly outputLog: string;
  readonly process: GroupProcess;
  stop(): Promise<void>;
}

/** Settings that keep the workbench quiet and predictable for a test or a demo. */
export function baseSettings(apiUrl: string): Record<string, unknown> {
  return {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    // Otherwise the Chat view can take focus away from the command palette.
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'losant.apiUrl': apiUrl,
  };
}

function writeSettings(userDataDir: string, settings: Record<string, unknown>): void {
  const file = path.join(userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let current: Record<string, unknown> = {};
  try {
    current = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    // Missing or hand-edited with comments: start over.
  }
  fs.writeFileSync(file, JSON.stringify({ ...current, ...settings }, null, 2));
}

/** Installs an extension folder by linking it where code-server's scanner looks for installed extensions. */
function linkExtension(extensionsDir: string, folder: string): void {
  fs.mkdirSync(extensionsDir, { recursive: true });
  for (const name of fs.readdirSync(extensionsDir)) {
    // A previous version's link (persistent demo dir) would load the extension twice.
    if (name.startsWith(`${EXTENSION_ID}-`)) fs.rmSync(path.join(extensionsDir, name), { force: true, recursive: false });
  }
  fs.symlinkSync(folder, path.join(extensionsDir, `${EXTENSION_ID}-${extensionVersion()}`), 'dir');
  // The profile's extension list is rebuilt from a scan of the folder when it is absent.
  fs.rmSync(path.join(extensionsDir, 'extensions.json'), { force: true });
}

function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no output)';
  }
}

async function waitUntilReady(proc: GroupProcess, url: string, outputLog: string, timeoutMs: number): Promise<void> {
  let exitCode: number | undefined;
  void proc.exited.then((code) => (exitCode = code));
  const result = await poll(
    async () => {
      if (exitCode !== undefined) return 'exited';
      if (!fs.readFileSync(outputLog, 'utf8').includes('HTTP server listening on')) return 'starting';
      // A connection refused throws: poll asks again.
      return (await fetch(`${url}healthz`)).ok ? 'ready' : 'starting';
    },
    (state) => state !== 'starting',
    { timeoutMs, intervalMs: 100 },
  );
  if (result.ok && result.value === 'ready') return;
  if (result.ok) throw new Error(`code-server exited with code ${exitCode} before it was ready:\n${tail(outputLog)}`);
  throw new Error(`code-server was not ready within ${timeoutMs / 1000} s:\n${tail(outputLog)}`);
}

/** HOME and XDG_* inside the run's folder, or code-server writes ~/.config/code-server. */
function codeServerEnv(home: string, tmpDir: string): NodeJS.ProcessEnv {
  return cleanEnv({
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_STATE_HOME: path.join(home, '.local', 'state'),
    TMPDIR: tmpDir,
    // No extension gallery: it cannot be reached here, and each failed lookup logs a stack trace.
    EXTENSIONS_GALLERY: '{}',
  });
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}/`;
  const dir = options.rootDir;
  const userDataDir = path.join(dir, 'user');
  const extensionsDir = path.join(dir, 'ext');
  const home = path.join(dir, 'home');
  for (const d of [userDataDir, extensionsDir, home]) fs.mkdirSync(d, { recursive: true });
  writeSettings(userDataDir, options.settings);
  if (options.installExtension && 'folder' in options.installExtension) linkExtension(extensionsDir, options.installExtension.folder);
  const configFile = path.join(dir, 'config.yaml');
  fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const outputLog = path.join(dir, 'code-server.log');
  fs.writeFileSync(outputLog, '');

  const args = [
    options.toolchain.codeServerEntry,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--config',
    configFile,
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  if (!options.workspaceTrust) args.push('--disable-workspace-trust');
  if (options.smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');

  // VS Code puts its IPC sockets (vscode-ipc-*, vscode-git-*) in TMPDIR; a short private folder
  // keeps them out of /tmp and within the 107-byte limit of a socket path.
  const tmpDir = makeTempDir('tmp');
  onCleanup('remove code-server temp folder', () => fs.promises.rm(tmpDir, { recursive: true, force: true }));
  const env = codeServerEnv(home, tmpDir);

  if (options.installExtension && 'vsix' in options.installExtension) {
    const packages = options.installExtension.vsix;
    progress(`installing ${packages.map((p) => path.basename(p)).join(', ')} into code-server`);
    const install = [options.toolchain.codeServerEntry, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--config', configFile];
    const each = packages.flatMap((p) => ['--install-extension', p]);
    await runToCompletion('code-server --install-extension', options.toolchain.node, [...install, ...each], {
      cwd: dir,
      env,
      logFile: outputLog,
    });
  }

  const out = fs.openSync(outputLog, 'a');
  const proc = spawnGroup('code-server', options.toolchain.node, args, { cwd: dir, stdio: ['ignore', out, out], env });
  fs.closeSync(out);
  const stop = async () => {
    await proc.stop();
  };
  onCleanup('stop code-server', stop);
  progress(`starting code-server ${options.toolchain.codeServerVersion} on ${url}`);
  const started = Date.now();
  await waitUntilReady(proc, url, outputLog, 60_000);
  progress(`code-server ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { url, port, userDataDir, logsDir: path.join(userDataDir, 'logs'), outputLog, process: proc, stop };
}
