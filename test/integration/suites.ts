// The integration suites and the order their test files run in. They are bundled with the index
// into one file, so every test module shares one copy of helpers.ts (the tokens handed out, which
// the last file checks no log contains). A suite other than the main one needs a VS Code set up
// its own way (a folder opened in Restricted Mode, or trusted): see RUNS in
// test/harness/runIntegration.ts, which names the suite in LOSANT_INTEGRATION_SUITE.
export const SUITES: Readonly<Record<string, readonly (() => Promise<unknown>)[]>> = {
  main: [
    () => import('./harness-smoke.test'),
    () => import('./extension.test'),
    () => import('./organizations.test'),
    () => import('./viewFeatures.test'),
    () => import('./faults.test'),
    () => import('./hostileServer.test'),
    () => import('./languageModelTools.test'),
    () => import('./secretStorageFailure.test'),
    () => import('./signIn.test'),
    // Last: no token handed out by any file above appears in any log of the window.
    () => import('./noSecretsLeaked.test'),
  ],
  restrictedMode: [() => import('./restrictedMode/restrictedMode.test')],
  trustedFolder: [() => import('./trustedFolder/trustedFolder.test')],
};
