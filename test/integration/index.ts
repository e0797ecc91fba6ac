// The integration-test entry point VS Code loads as `extensionTestsPath` (code-server via
// test/harness/runIntegration.ts, desktop VS Code via test/runDesktop.ts). It runs inside the
// extension host and, per VS Code's convention, resolves when every test passed and rejects
// otherwise. mocha is resolved from the extension folder's node_modules.
//
// The test files are bundled with it (`virtual:test-files`: every *.test.ts found under
// test/integration/, in name order), so they share one copy of helpers.ts (the tokens handed out,
// which the last file, 99-noSecretsLeaked, checks no log contains). A suite is a folder: `main` is
// the files directly in test/integration/; restrictedMode/ and trustedFolder/ each need a VS Code
// set up its own way (see RUNS in test/harness/runIntegration.ts, which names the suite in
// LOSANT_INTEGRATION_SUITE).
import Mocha from 'mocha';
import { testFiles } from 'virtual:test-files';

const suiteOf = (file: string): string => (file.includes('/') ? file.slice(0, file.indexOf('/')) : 'main');

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    // Output goes to a log, not a terminal.
    color: false,
    timeout: 20_000,
    forbidOnly: true,
    forbidPending: true,
  });
  const name = process.env.LOSANT_INTEGRATION_SUITE || 'main';
  const files = testFiles.filter((f) => suiteOf(f.path) === name);
  if (files.length === 0) throw new Error(`No integration suite "${name}"; the suites are ${[...new Set(testFiles.map((f) => suiteOf(f.path)))].join(', ')}.`);
  // The test files call describe() and it() as they load: give them mocha's globals first, then
  // load them in name order.
  mocha.suite.emit('pre-require', globalThis, name, mocha);
  for (const file of files) file.load();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
      else resolve();
    });
  });
}
