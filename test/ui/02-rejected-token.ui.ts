// A token the API rejects: the person sees why in a notification, and the view stays signed out.
import * as assert from 'node:assert/strict';
import { uiSession } from '../harness/uiSession';
import { answerInputBox, errorToasts, openLosantView, runCommand, screenshot, treeLabels, welcomeContent } from './workbench';

describe('Losant: Set API Token with a bad token', () => {
  it('shows an error notification and keeps the welcome content', async () => {
    const { page } = uiSession();
    await openLosantView(page);
    await runCommand(page, 'Losant: Set API Token');
    await answerInputBox(page, 'not-a-losant-token');
    // An error toast (not the "checking…" progress one) that says why.
    const toast = errorToasts(page).first();
    await toast.waitFor({ state: 'visible' });
    const message = await toast.locator('.notification-list-item-message').innerText();
    assert.match(message, /token/i, `unexpected notification: ${message}`);
    assert.match(message, /reject|invalid|expired|unauthori[sz]ed/i, `unexpected notification: ${message}`);
    await welcomeContent(page).getByRole('button', { name: 'Set API Token' }).waitFor({ state: 'visible' });
    assert.deepEqual(await treeLabels(page), []);
    await screenshot(page, 'rejected-token');
    // Dismiss it so it does not cover later screenshots.
    await page.keyboard.press('Escape');
  });
});
