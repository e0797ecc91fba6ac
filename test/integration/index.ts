// The integration-test entry point VS Code loads as `extensionTestsPath` (code-server via
// test/harness/runIntegration.ts, desktop VS Code via test/runDesktop.ts). It runs inside the
// extension host and, per VS Code's convention, resolves when every test passed and rejects
// otherwise. mocha is resolved from the extension folder's node_modules.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/**
 * Compiled tests of one suite: the *.test.js beside this file (the main suite), or those in the
 * subfolder named by LOSANT_INTEGRATION_SUITE. A subfolder is a suite that needs a VS Code set up
 * its own way (e.g. a folder opened in Restricted Mode; see RUNS in test/harness/runIntegration.ts).
 */
function findTests(root: string): string[] {
  const dir = path.join(root, process.env.LOSANT_INTEGRATION_SUITE ?? '');
  return fs
    .readdirSync(dir, { encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .map((file) => path.join(dir, file))
    .sort();
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    // Output goes to a log, not a terminal.
    color: false,
    timeout: 20_000,
    forbidOnly: true,
    forbidPending: true,
  });
  const files = findTests(__dirname);
  for (const file of files) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    if (files.length === 0) {
      reject(new Error(`No integration tests (*.test.js) in suite "${process.env.LOSANT_INTEGRATION_SUITE ?? ''}" under ${__dirname}`));
      return;
    }
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
        else resolve();
      });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
