// `npm run demo [-- --port N]`: serves VS Code (code-server) with the extension built from the
// working tree (its production build, out/production-extension/), pointed at a local Losant server
// seeded with ~40 realistic organizations, for a person to try in their own browser. Runs until
// Ctrl-C / SIGTERM, then stops everything it started. User data persists in .test-cache/demo/ so
// settings and layout survive between demos.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startLocalLosant } from '../test/harness/localLosant';
import { assertExtensionBuilt, cacheDir, productionExtensionDir } from '../test/harness/paths';
import { isPortFree } from '../test/harness/ports';
import { SetupError } from '../test/harness/log';
import { isShuttingDown, runMain } from '../test/harness/processes';
import { provision } from '../test/harness/provision';
import { startWorkbench } from '../test/harness/workbench';

function requestedPort(argv: string[]): number | undefined {
  const i = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  if (i < 0) return undefined;
  const raw = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new SetupError(`--port needs a port number, got "${raw ?? ''}"`);
  return port;
}

const demoDir = path.join(cacheDir, 'demo');
const stateFile = path.join(demoDir, 'state.json');

/**
 * What stays the same from one demo to the next, so a token pasted once keeps working: the browser
 * keeps VS Code's secrets per origin (so the code-server port), the extension keys the token by API
 * URL (so the local server's port), and the server accepts only tokens it signed (so its secret).
 */
interface DemoState {
  secret: string;
  losantPort?: number;
  codeServerPort?: number;
}

function loadDemoState(): DemoState {
  try {
    const saved = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as Partial<DemoState>;
    if (typeof saved.secret === 'string') return { ...saved, secret: saved.secret };
  } catch {
    // First demo.
  }
  return { secret: randomBytes(32).toString('hex') };
}

function saveDemoState(state: DemoState): void {
  fs.mkdirSync(demoDir, { recursive: true });
  fs.writeFileSync(stateFile, JSON.stringify(state, null, 2), { mode: 0o600 });
}

/** The port if it is given and free, else undefined (a free one is picked). */
async function ifFree(port: number | undefined): Promise<number | undefined> {
  return port !== undefined && (await isPortFree(port)) ? port : undefined;
}

async function main(): Promise<number> {
  const requested = requestedPort(process.argv.slice(2));
  if (requested !== undefined && !(await isPortFree(requested))) throw new SetupError(`Port ${requested} is in use; pick another with --port N.`);
  assertExtensionBuilt();
  const toolchain = await provision({ browser: false });
  const state = loadDemoState();
  const losant = await startLocalLosant({ orgs: 40, secret: state.secret, port: await ifFree(state.losantPort) });
  const { codeServer } = await startWorkbench({
    name: 'demo',
    toolchain,
    // User data persists here between demos; the person opens a folder of their own.
    folder: { runDir: demoDir, workspace: demoDir },
    port: requested ?? (await ifFree(state.codeServerPort)),
    apiUrl: losant.url,
    installExtension: { folder: productionExtensionDir },
    smokeTestDriver: false,
    browser: false,
  });
  saveDemoState({ secret: state.secret, losantPort: losant.port, codeServerPort: codeServer.port });

  process.stdout.write(
    [
      '',
      'Losant Explorer demo is running.',
      `  Open:            ${codeServer.url}`,
      `  Local Losant API: ${losant.url} (already set as losant.apiUrl)`,
      `  API token:       ${losant.tokens.all}`,
      `  Demo account:    ${losant.accounts.demo.email} / ${losant.accounts.demo.password} (email and password)`,
      '  Click the Losant icon in the activity bar, then "Sign In" (email and password) or "Set API Token" (the token).',
      '  Press Ctrl-C to stop.',
      '',
    ].join('\n') + '\n',
  );

  // Until a signal arrives (runMain's handler cleans up and exits) or code-server dies.
  const code = await codeServer.process.exited;
  if (isShuttingDown()) return 0;
  process.stderr.write(`code-server exited unexpectedly with code ${code}; see ${codeServer.outputLog}\n`);
  return 1;
}

runMain(main);
