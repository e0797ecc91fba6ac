// Signed out (fresh browser profile, so SecretStorage is empty): the Losant view shows its welcome
// content with its "Sign In" and "Set API Token" buttons.
import * as assert from 'node:assert/strict';
import { uiSession } from '../harness/uiSession';
import { openLosantView, screenshot, treeLabels, welcomeContent } from './workbench';

describe('Losant view, signed out', () => {
  it('shows the welcome content and its "Sign In" and "Set API Token" buttons', async () => {
    const { page } = uiSession();
    await openLosantView(page);
    await welcomeContent(page).getByRole('button', { name: 'Sign In' }).waitFor({ state: 'visible' });
    await welcomeContent(page).getByRole('button', { name: 'Set API Token' }).waitFor({ state: 'visible' });
    assert.deepEqual(await treeLabels(page), []);
    await screenshot(page, 'welcome');
  });
});
