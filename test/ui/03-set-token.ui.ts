// Signing in from the command palette: the organizations appear, sorted by name as the API sorts.
import * as assert from 'node:assert/strict';
import { uiSession } from '../harness/uiSession';
import { answerInputBox, openLosantView, runCommand, screenshot, serverOrgNames, waitForTreeLabels } from './workbench';

describe('Losant: Set API Token', () => {
  it('lists the organizations in the tree after a valid token is entered', async () => {
    const { page, losant } = uiSession();
    await openLosantView(page);
    await runCommand(page, 'Losant: Set API Token');
    await answerInputBox(page, losant.tokens.all);
    const expected = await serverOrgNames('asc');
    assert.ok(expected.length > 0, 'the local server has no organizations');
    assert.deepEqual(await waitForTreeLabels(page, expected), expected);
    await screenshot(page, 'set-token');
  });
});
