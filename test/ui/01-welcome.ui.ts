// Signed out (fresh browser profile, so SecretStorage is empty): the Losant view shows its welcome
// content with a "Set API Token" button.
import * as assert from 'node:assert/strict';
import { uiSession } from '../harness/uiSession';
import { openLosantView, screenshot, treeLabels, welcomeContent } from './workbench';

describe('Losant view, signed out', () => {
  it('shows the welcome content and its "Set API Token" button', async () => {
    const { page } = uiSession();
    await openLosantView(page);
    const button = welcomeContent(page).getByRole('button', { name: 'Set API Token' });
    await button.waitFor({ state: 'visible' });
    assert.deepEqual(await treeLabels(page), []);
    await screenshot(page, 'welcome');
  });
});
