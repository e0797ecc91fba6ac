// The integration-test entry point VS Code loads as `extensionTestsPath` (code-server via
// test/harness/runIntegration.ts, desktop VS Code via test/runDesktop.ts). It runs inside the
// extension host and, per VS Code's convention, resolves when every test passed and rejects
// otherwise. mocha is resolved from the extension folder's node_modules.
import Mocha from 'mocha';
import { SUITES } from './suites';

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
  const suite = SUITES[name];
  if (!suite) throw new Error(`No integration suite "${name}"; the suites are ${Object.keys(SUITES).join(', ')}.`);
  // The test files call describe() and it() as they load: give them mocha's globals first, then
  // load them in the suite's order.
  mocha.suite.emit('pre-require', globalThis, name, mocha);
  for (const load of suite) await load();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
      else resolve();
    });
  });
}
