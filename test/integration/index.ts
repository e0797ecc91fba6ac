// The integration-test entry point VS Code loads as `extensionTestsPath` (code-server via
// test/harness/runIntegration.ts, desktop VS Code via test/runDesktop.ts). It runs inside the
// extension host and, per VS Code's convention, resolves when every test passed and rejects
// otherwise. mocha is resolved from the extension folder's node_modules.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Compiled tests: every *.test.js beside this file and below it (out/test/integration/**). */
function findTests(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
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
      reject(new Error(`No integration tests (*.test.js) under ${__dirname}`));
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
