// Right after installing the .vsix (runUi installs it with `code-server --install-extension`, as a
// user would): the Extensions view lists it with its icon, and the first start of the extension
// opens the Get Started walkthrough — once, not on the next start.
import * as assert from 'node:assert/strict';
import { uiSession } from '../harness/uiSession';
import {
  closeAllEditors,
  losantContainer,
  openLosantView,
  reloadWindow,
  runCommand,
  screenshot,
  waitForValue,
  walkthroughPage,
  welcomeContent,
} from './workbench';

const STEP_TITLES = [
  'Sign in to Losant',
  'See your organizations',
  'Create an organization',
  'Choose the order and the page size',
  'Point at a private installation',
];

describe('First start after installing the .vsix', () => {
  it('lists Losant Explorer in the Extensions view with its icon', async () => {
    const { page } = uiSession();
    await runCommand(page, 'Extensions: Show Installed Extensions');
    const item = page.locator('.extensions-viewlet .extension-list-item').filter({ has: page.locator('.name', { hasText: /^Losant Explorer$/ }) });
    await item.waitFor({ state: 'visible' });
    const icon = item.locator('img.icon');
    // Waits as a person does, until the row shows its picture: VS Code keeps the image hidden until
    // it has loaded (and, should it fail to load, hides it for the default icon). The locator looks
    // the row up afresh: the list renders its rows again as it settles, and disposing a row empties
    // its image (src=""), so the image first found may never load.
    await icon.waitFor({ state: 'visible' });
    const src = decodeURIComponent((await icon.getAttribute('src')) ?? '');
    assert.match(src, /\/losant-explorer\.losant-explorer-[^/]+\/media\/icon\.png\b/, `the list shows another picture than the package icon: ${src}`);
    // Read until loaded: a row drawn again meanwhile shows a new image, 0×0 until it has loaded.
    const size = await waitForValue(page, () => icon.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]), [256, 256]);
    assert.deepEqual(size, [256, 256], 'the icon is not the 256×256 PNG');
    await screenshot(page, 'extensions-view');
  });

  it('opens the Get Started walkthrough the first time the extension starts, and not the next time', async () => {
    const { page } = uiSession();
    await openLosantView(page); // the extension starts when its view is first shown
    const walkthrough = walkthroughPage(page);
    await walkthrough.waitFor({ state: 'visible' });
    const steps = walkthrough.locator('button.getting-started-step');
    assert.deepEqual(
      (await steps.locator('.step-title').allInnerTexts()).map((t) => t.trim()),
      STEP_TITLES,
    );
    assert.deepEqual(
      await steps.evaluateAll((els) => els.map((e) => e.getAttribute('aria-checked'))),
      STEP_TITLES.map(() => 'false'),
      'a step is done before anything was done',
    );
    await screenshot(page, 'walkthrough-first-start');
    await closeAllEditors(page);

    // The next start (a reload of the window): the view shows its welcome, and no walkthrough.
    await reloadWindow(page);
    await openLosantView(page);
    await welcomeContent(page).getByRole('button', { name: 'Set API Token' }).waitFor({ state: 'visible' });
    assert.ok(await losantContainer(page).isVisible());
    // The extension is running (its welcome depends on a context key it sets); give a wrong
    // walkthrough the time to open, then check that none did.
    await page.waitForTimeout(2000);
    assert.equal(await page.locator('.gettingStartedContainer').count(), 0, 'the walkthrough opened again on the second start');
  });
});
