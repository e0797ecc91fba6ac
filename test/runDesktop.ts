// `npm run test:desktop`: the same compiled integration suite (out/test-extension/integration/index.js,
// with the test build of the extension beside it) in desktop VS Code, through @vscode/test-electron. It downloads VS Code into .vscode-test/, so it
// needs the internet; offline it stops with a message saying so (use `npm run test:integration`,
// which runs the suite in code-server, instead). The tests start their own local Losant server.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { integrationIndex, testExtensionDir } from './harness/paths';

async function main(): Promise<number> {
  if (!fs.existsSync(path.join(testExtensionDir, 'dist', 'extension.js')) || !fs.existsSync(integrationIndex)) {
    process.stderr.write('Build first: node esbuild.js --tests\n');
    return 1;
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'losant-desktop-'));
  try {
    return await runTests({
      extensionDevelopmentPath: testExtensionDir,
      extensionTestsPath: integrationIndex,
      // Fresh user data (empty SecretStorage) and no other extensions.
      launchArgs: ['--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${userDataDir}`],
      timeout: 30_000,
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/download|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET|getaddrinfo|socket|network|timed? ?out/i.test(message)) {
      process.stderr.write(
        `Could not download desktop VS Code (${message}).\n` +
          'test:desktop needs the internet to fetch VS Code into .vscode-test/. ' +
          'Offline, run the same suite in code-server instead: npm run test:integration\n',
      );
    } else {
      process.stderr.write(`Desktop VS Code tests failed: ${message}\n`);
    }
    return 1;
  } finally {
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${String(err)}\n`);
    process.exit(1);
  },
);
