// Create Organization refused by the server (400): the error toast gives the server's reason and
// offers Try Again and Show Log; running the command again starts from what was typed before.
import * as assert from 'node:assert/strict';
import { uiSession } from '../harness/uiSession';
import {
  answerInputBox,
  createOrganizationFixture,
  errorToasts,
  quickInput,
  runCommand,
  screenshot,
  serverOrgNames,
  treeRow,
  viewTitleAction,
  waitForCreateStep,
  waitForValue,
} from './workbench';

const NAME = 'Kept Values Org';
const DESCRIPTION = 'This description must survive a failed create';
const SERVER_MESSAGE = 'Organization limit reached: this plan allows no more organizations.';

describe('Create Organization, refused by the server', () => {
  const fixture = createOrganizationFixture();

  it("shows the server's reason and keeps the name and description for the next try", async () => {
    const { page, losant } = uiSession();
    await fixture.start(page);
    const before = await serverOrgNames('asc');
    losant.clearRequests();
    losant.setFault({ kind: 'status', status: 400, method: 'POST', path: '/orgs', times: 1, body: { type: 'Validation', message: SERVER_MESSAGE } });

    await viewTitleAction(page, 'Create Organization').click();
    await answerInputBox(page, NAME);
    await answerInputBox(page, DESCRIPTION);

    // The toast says what and why, and offers Try Again and Show Log.
    const toast = errorToasts(page).filter({ hasText: NAME }).first();
    await toast.waitFor({ state: 'visible' });
    assert.equal(await toast.locator('.notification-list-item-message').innerText(), `Could not create the organization “${NAME}”: ${SERVER_MESSAGE}`);
    const buttons = await toast.locator('.notification-list-item-buttons-container .monaco-button').allInnerTexts();
    assert.deepEqual(
      buttons.map((b) => b.trim()),
      ['Try Again', 'Show Log'],
    );
    assert.deepEqual(await serverOrgNames('asc'), before, 'something was created');
    await page.locator('.notifications-toasts .notification-toast', { hasText: 'Creating organization' }).waitFor({ state: 'hidden' });
    await screenshot(page, 'create-failure-toast');

    // Running the command again: the name, then the description, are already there.
    await runCommand(page, 'Losant: Create Organization');
    await waitForCreateStep(page, '1/2', NAME);
    await screenshot(page, 'create-failure-prefilled-name');
    await page.keyboard.press('Enter');
    await waitForCreateStep(page, '2/2', DESCRIPTION);
    await screenshot(page, 'create-failure-prefilled-description');

    // This time the server accepts it (the fault was for one request only).
    await page.keyboard.press('Enter');
    await quickInput(page).waitFor({ state: 'hidden' });
    const posts = await waitForValue(page, async () => losant.requests.filter((r) => r.method === 'POST' && r.status === 201).length, 1);
    assert.equal(posts, 1, 'the second try was not accepted');
    fixture.created(); // a created organization empties the form
    assert.deepEqual(
      losant.requests.filter((r) => r.method === 'POST').map((r) => r.body),
      [
        { name: NAME, description: DESCRIPTION },
        { name: NAME, description: DESCRIPTION },
      ],
    );
    // Once it is selected in the tree (which takes the focus), the form starts empty again.
    await treeRow(page, NAME).and(page.locator('.selected')).waitFor({ state: 'visible' });
    await runCommand(page, 'Losant: Create Organization');
    await waitForCreateStep(page, '1/2', '');
    await page.keyboard.press('Escape');
  });
});
