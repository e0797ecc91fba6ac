// The Get Started walkthrough, from "Losant: Get Started": each step is ticked when the person does
// what it asks, through the step's own button — signing in, seeing the organizations, opening the
// create form, choosing an order, changing the API URL — and not before.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { uiSession } from '../harness/uiSession';
import {
  answerInputBox,
  closeAllEditors,
  ensureSignedIn,
  losantContainer,
  quickInput,
  reloadWindow,
  runCommand,
  screenshot,
  serverOrgNames,
  settingTextBox,
  sortRow,
  userSettings,
  waitForSortBy,
  waitForTreeLabels,
  waitForValue,
  walkthroughPage,
  walkthroughStep,
  welcomeContent,
} from './workbench';

const STEPS = ['signIn', 'organizations', 'create', 'order', 'privateInstallation'] as const;
type StepId = (typeof STEPS)[number];
/** VS Code's walkthrough focuses a step it opened 250 ms later; a little more to be past it. */
const STEP_FOCUS_DELAY_MS = 400;

async function openWalkthrough(page: Page): Promise<void> {
  await runCommand(page, 'Losant: Get Started');
  await walkthroughPage(page).waitFor({ state: 'visible' });
}

/** Which steps are ticked, in order. */
async function ticked(page: Page): Promise<StepId[]> {
  const done: StepId[] = [];
  for (const id of STEPS) if ((await walkthroughStep(page, id).getAttribute('aria-checked')) === 'true') done.push(id);
  return done;
}

/** Opens a step (its description and buttons show) and clicks one of its buttons. */
async function clickStepButton(page: Page, id: StepId, button: string): Promise<void> {
  const step = walkthroughStep(page, id);
  // The open step is a disabled button; a closed one opens on a click, and VS Code gives it the focus
  // 250 ms later, after its animation: a quick pick opened before that would close at once.
  if ((await step.getAttribute('aria-expanded')) !== 'true') {
    await step.click();
    await page.waitForTimeout(STEP_FOCUS_DELAY_MS);
  }
  await step.getByRole('button', { name: button, exact: true }).click();
}

describe('Get Started walkthrough', () => {
  after(async () => {
    const { page } = uiSession();
    await page.keyboard.press('Escape');
    await closeAllEditors(page);
  });

  it('ticks each step when the person does it from the step', async function () {
    this.timeout(120_000); // five steps and a window reload
    const { page, losant } = uiSession();
    await ensureSignedIn(page);
    const names = await serverOrgNames('asc');
    // Earlier tests did everything already: start again from nothing done, signed out, with the
    // Losant view out of sight, in a new window session (VS Code counts each event once per session).
    await runCommand(page, 'Losant: Sign Out');
    await welcomeContent(page).getByRole('button', { name: 'Set API Token' }).waitFor({ state: 'visible' });
    await runCommand(page, 'View: Show Explorer');
    await runCommand(page, 'Developer: Reset Welcome Page Walkthrough Progress');
    await closeAllEditors(page);
    await reloadWindow(page);
    // From here on no palette command until the last step: the Escape that closes the palette
    // would also take the Welcome editor back from the walkthrough to its start page.
    await openWalkthrough(page);
    assert.deepEqual(await ticked(page), []);
    assert.equal(await losantContainer(page).isVisible(), false);

    // 1. Set API Token from the step: ticked once the checked token is stored, view or no view.
    await clickStepButton(page, 'signIn', 'Set API Token');
    await answerInputBox(page, losant.tokens.all);
    assert.deepEqual(await waitForValue(page, () => ticked(page), ['signIn']), ['signIn']);

    // 2. Show Organizations: ticked once the view has shown them.
    await clickStepButton(page, 'organizations', 'Show Organizations');
    assert.deepEqual(await waitForTreeLabels(page, names), names);
    assert.deepEqual(await waitForValue(page, () => ticked(page), ['signIn', 'organizations']), ['signIn', 'organizations']);

    // 3. Create Organization: ticked when the form opens (leaving it creates nothing).
    await clickStepButton(page, 'create', 'Create Organization');
    await quickInput(page).locator('.quick-input-title', { hasText: 'Create Organization' }).waitFor({ state: 'visible' });
    assert.deepEqual(await waitForValue(page, () => ticked(page), ['signIn', 'organizations', 'create']), ['signIn', 'organizations', 'create']);
    await page.keyboard.press('Escape');
    await quickInput(page).waitFor({ state: 'hidden' });

    // 4. Sort By…: ticked when an order is chosen (then put back).
    await clickStepButton(page, 'order', 'Sort By…');
    await sortRow(await waitForSortBy(page), 'Name', 'descending (Z → A)').click();
    assert.deepEqual(await waitForTreeLabels(page, [...names].reverse()), [...names].reverse());
    const four: StepId[] = ['signIn', 'organizations', 'create', 'order'];
    assert.deepEqual(await waitForValue(page, () => ticked(page), four), four);
    await clickStepButton(page, 'order', 'Sort By…');
    await sortRow(await waitForSortBy(page), 'Name', 'ascending (A → Z)').click();
    assert.deepEqual(await waitForTreeLabels(page, names), names);
    await screenshot(page, 'walkthrough-four-steps');

    // 5. API URL Setting: the Settings editor opens on losant.apiUrl; changing it ticks the last
    // step. The same server written with a trailing slash is the same API (same token), and is then
    // put back as it was.
    await clickStepButton(page, 'privateInstallation', 'API URL Setting');
    const box = await settingTextBox(page, 'Api Url');
    assert.equal(await box.inputValue(), losant.url);
    for (const value of [`${losant.url}/`, losant.url]) {
      await box.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(value);
      // The Settings editor writes after a short pause.
      assert.equal(await waitForValue(page, async () => userSettings()['losant.apiUrl'], value), value);
      assert.deepEqual(await waitForTreeLabels(page, names), names);
    }
    await closeAllEditors(page);
    await openWalkthrough(page);
    assert.deepEqual(await waitForValue(page, () => ticked(page), [...STEPS]), [...STEPS]);
    await screenshot(page, 'walkthrough-done');
  });
});
