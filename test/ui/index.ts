// `npm run test:ui` (out/test/ui/index.js): every test/ui/*.ui.ts, in name order (00-…, 01-…: later
// files build on the signed-in state earlier ones leave), found on disk when the bundle is built,
// run by test/harness/runUi.ts on the .vsix. `-- --grep <regexp>` runs only the tests whose title
// matches.
import { testFiles } from 'virtual:test-files';
import { runUi } from '../harness/runUi';

runUi(
  {
    name: 'ui',
    orgs: 6,
    seed: 7,
    // The walkthrough opens on the first start, as after a user's install (a test checks it does).
    settings: { 'workbench.welcomePage.walkthroughs.openOnInstall': true },
    browser: {},
    // Other extensions: one asking VS Code for a Losant session, as third-party extensions would; one
    // trying every door into Losant Explorer without the user.
    testExtensions: ['session-consumer', 'hostile-extension'],
  },
  testFiles,
);
