// Text from a hostile server, seen as a person sees it: a notification never turns the server's
// `[label](command:…)` into a link that runs a command, and Open in Losant never goes where an odd
// organization id points.
import * as assert from 'node:assert/strict';
import { uiSession } from '../harness/uiSession';
import {
  answerInputBox,
  createOrganizationFixture,
  ensureSignedIn,
  errorToasts,
  moveMouseAway,
  refreshView,
  screenshot,
  treeRow,
  viewTitleAction,
  waitForTreeLabels,
  welcomeContent,
} from './workbench';

const LINK = '[Sign out now](command:losant.signOut)';

describe('A hostile server', () => {
  const fixture = createOrganizationFixture();

  it('shows command links in its messages as text, not as links that run the command', async () => {
    const { page, losant } = uiSession();
    await fixture.start(page);
    losant.setFault({ kind: 'status', status: 400, method: 'POST', path: '/orgs', times: 1, body: { type: 'Validation', message: `Refused. ${LINK}` } });

    await viewTitleAction(page, 'Create Organization').click();
    await answerInputBox(page, 'Hostile Message Org');
    await answerInputBox(page, '');

    const toast = errorToasts(page).filter({ hasText: 'Hostile Message Org' }).first();
    await toast.waitFor({ state: 'visible' });
    const message = toast.locator('.notification-list-item-message');
    assert.equal(await message.locator('a').count(), 0, 'the server text became a link');
    assert.match(await message.innerText(), /Refused\. \[Sign out now\] \(command:losant\.signOut\)/);
    await screenshot(page, 'hostile-message-toast');
    // Clicking where the link would have been runs nothing: still signed in.
    await message.getByText('Sign out now', { exact: false }).click();
    const signedOut = await welcomeContent(page)
      .getByRole('button', { name: 'Set API Token' })
      .waitFor({ state: 'visible', timeout: 2000 })
      .then(
        () => true,
        () => false,
      );
    assert.equal(signedOut, false, 'a click on server text signed the user out');
  });

  it('opens the organization list, not where a hostile id points, on Open in Losant', async () => {
    const { page, losant } = uiSession();
    await ensureSignedIn(page);
    losant.setFault({
      kind: 'status',
      status: 200,
      method: 'GET',
      path: '/orgs',
      body: { items: [{ id: '../../../settings', name: 'Traversal Org' }], count: 1, totalCount: 1, perPage: 100, page: 0 },
    });
    await refreshViewTo(page, ['Traversal Org']);

    const opened = page
      .context()
      .waitForEvent('page', { timeout: 10_000 })
      .then(
        (p) => p.url(),
        () => undefined,
      );
    const row = treeRow(page, 'Traversal Org');
    await row.locator('.label-name').hover();
    await row.getByRole('button', { name: 'Open in Losant', exact: true }).click();
    // VS Code asks before opening an external site; the dialog names the address.
    const dialog = page.locator('.monaco-dialog-box');
    const seen = await Promise.race([dialog.waitFor({ state: 'visible', timeout: 10_000 }).then(async () => dialog.innerText()), opened]);
    await screenshot(page, 'hostile-open-in-losant');
    assert.ok(seen, 'neither a dialog nor a new page showed the address');
    assert.match(seen, /\/organizations\b/);
    assert.doesNotMatch(seen, /settings|\.\./);
    if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Cancel' }).click();
    losant.setFault(undefined);
    await refreshView(page);
    await moveMouseAway(page);
  });
});

/** Refreshes and waits until the tree shows exactly these rows. */
async function refreshViewTo(page: Parameters<typeof treeRow>[0], labels: string[]): Promise<void> {
  await viewTitleAction(page, 'Refresh Organizations').click();
  await moveMouseAway(page);
  assert.deepEqual(await waitForTreeLabels(page, labels), labels);
}

describe('A name with a command link, while it is being created', () => {
  const fixture = createOrganizationFixture();

  it('shows the progress title as text, not as a link that runs the command', async () => {
    const { page, losant } = uiSession();
    await fixture.start(page);
    // Slow enough to read the progress notification while the create is sent.
    losant.setFault({ kind: 'delay', ms: 4000, method: 'POST', path: '/orgs', times: 1 });
    await viewTitleAction(page, 'Create Organization').click();
    await answerInputBox(page, LINK);
    await answerInputBox(page, '');

    const progress = page.locator('.notifications-toasts .notification-toast').filter({ hasText: 'Creating organization' }).first();
    await progress.waitFor({ state: 'visible' });
    const message = progress.locator('.notification-list-item-message');
    assert.equal(await message.locator('a').count(), 0, 'the name became a link in the progress title');
    assert.match(await message.innerText(), /Creating organization “\[Sign out now\] \(command:losant\.signOut\)”…/);
    await treeRow(page, LINK).and(page.locator('.selected')).waitFor({ state: 'visible', timeout: 15_000 });
    fixture.created();
  });
});
