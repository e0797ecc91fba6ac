// Creating an organization from the command palette: it exists on the server and shows in the tree.
import * as assert from 'node:assert/strict';
import { uiSession } from '../harness/uiSession';
import { answerInputBox, ensureSignedIn, runCommand, screenshot, serverOrgNames, waitForTreeLabels } from './workbench';
import { waitFor } from '../harness/poll';

describe('Losant: Create Organization', () => {
  it('creates the organization and shows it in the tree', async () => {
    const { page } = uiSession();
    await ensureSignedIn(page);
    const name = 'UI Test Greenhouse Monitoring';
    await runCommand(page, 'Losant: Create Organization');
    await answerInputBox(page, name);
    await answerInputBox(page, 'Created by the UI test');

    // The server has it…
    const onServer = await waitFor(`${name} on the server`, async () => {
      const names = await serverOrgNames('asc');
      return names.includes(name) ? names : undefined;
    });
    // …and the tree shows it in its place.
    assert.deepEqual(await waitForTreeLabels(page, onServer), onServer);
    await screenshot(page, 'create-organization');
  });
});
