// Create Organization (+ in the view's title) as a two-step input: a name checked as it is typed,
// then a description with Back; while the server is slow a spinner row stands in for the new
// organization, which is then selected in the tree.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { uiSession } from '../harness/uiSession';
import {
  createOrganizationFixture,
  losantContainer,
  moveMouseAway,
  quickInput,
  screenshot,
  serverOrgNames,
  treeRow,
  viewTitleAction,
  waitForCreateStep,
  waitForTreeLabels,
} from './workbench';

const NAME = 'UI Two Step Org';
const DESCRIPTION = 'Made in two steps by the UI test';
const CREATE_DELAY_MS = 5000;

const title = (page: Page) => quickInput(page).locator('.quick-input-title');
const validation = (page: Page) => quickInput(page).locator('.quick-input-message');

describe('Create Organization, two steps', () => {
  const fixture = createOrganizationFixture();

  it('checks the name, goes back and forth keeping what was typed, shows a spinner, selects the new organization', async () => {
    const { page, losant } = uiSession();
    await fixture.start(page);
    await viewTitleAction(page, 'Create Organization').click();
    await waitForCreateStep(page, '1/2', '');
    assert.match(await title(page).innerText(), /^Create Organization\b/);

    // Enter on an empty name, then a pasted 256-character name: a message each time, no step 2.
    await page.keyboard.press('Enter');
    await validation(page).filter({ hasText: 'Enter a name for the organization.' }).waitFor({ state: 'visible' });
    const tooLong = 'N'.repeat(256);
    await page.keyboard.insertText(tooLong);
    const tooLongMessage = 'The name is 256 characters long; the most Losant allows is 255.';
    await validation(page).filter({ hasText: tooLongMessage }).waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300); // give a wrong step 2 the time to show, so the check below can see it
    await waitForCreateStep(page, '1/2', tooLong);
    await validation(page).filter({ hasText: tooLongMessage }).waitFor({ state: 'visible' });
    await moveMouseAway(page);
    await screenshot(page, 'create-step1-too-long');

    // A valid name: step 2, with a Back button.
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(NAME);
    await validation(page).filter({ hasText: tooLongMessage }).waitFor({ state: 'hidden' });
    await page.keyboard.press('Enter');
    await waitForCreateStep(page, '2/2', '');
    const back = quickInput(page).getByRole('button', { name: /^Back/ });
    await back.waitFor({ state: 'visible' });
    await page.keyboard.type(DESCRIPTION);
    await screenshot(page, 'create-step2');

    // Back: step 1 with the name kept; forward again: the description is kept too.
    await back.click();
    await waitForCreateStep(page, '1/2', NAME);
    await page.keyboard.press('Enter');
    await waitForCreateStep(page, '2/2', DESCRIPTION);

    // The server takes its time: a spinner row stands for the organization meanwhile.
    losant.clearRequests();
    losant.setFault({ kind: 'delay', ms: CREATE_DELAY_MS, method: 'POST', path: '/orgs', times: 1 });
    await page.keyboard.press('Enter');
    const spinner = losantContainer(page)
      .locator('.monaco-list-row', { has: page.locator('.codicon-loading') })
      .filter({ has: page.locator('.label-description').getByText('Creating…', { exact: true }) });
    await spinner.waitFor({ state: 'visible', timeout: CREATE_DELAY_MS - 1000 });
    assert.equal((await spinner.locator('.label-name').innerText()).trim(), NAME);
    assert.equal(await spinner.getAttribute('aria-posinset'), '1', 'the spinner row is not at the top');
    await moveMouseAway(page);
    await screenshot(page, 'create-spinner');

    // Then the organization takes its place in the tree, selected.
    await spinner.waitFor({ state: 'detached', timeout: CREATE_DELAY_MS + 15_000 });
    const names = await serverOrgNames('asc');
    assert.ok(names.includes(NAME), `${NAME} was not created on the server`);
    fixture.created(); // a created organization empties the form
    assert.deepEqual(await waitForTreeLabels(page, names), names);
    await treeRow(page, NAME).and(page.locator('.selected')).waitFor({ state: 'visible' });
    const posts = losant.requests.filter((r) => r.method === 'POST');
    assert.equal(posts.length, 1, 'not exactly one POST /orgs');
    assert.deepEqual(posts[0].body, { name: NAME, description: DESCRIPTION });
  });
});
