// Managing an organization as its administrator does, with the mouse and the keyboard: expand it,
// then its Members (each member's role, "(you)") and Pending Invitations; Invite Member… (the email
// typed, a role picked), Change Role… and Remove Member… (a modal naming the person) from the rows'
// menus; Edit Organization… (three steps, the row updated in place); Delete Organization… (a modal naming it with its figures, then its name typed). After each,
// the tree shows it and the local server holds it. An organization the user only views offers none
// of that. Last, a password sign-in, whose token lacks the scope, meets the modal that names it and
// signs in again from there. What each action decides and sends is tested below the UI
// (test/integration/10-editOrganization, 11-deleteOrganization and 12-members, and the unit tests).
import * as assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { uiSession } from '../harness/uiSession';
import {
  answerStep,
  chooseMenuItem,
  clearNotifications,
  collapseAllRows,
  ensureSignedIn,
  expandRow,
  losantContainer,
  moveMouseAway,
  openContextMenu,
  openDialog,
  openLosantView,
  quickInput,
  quickInputBox,
  refreshView,
  restoreServerOrganizations,
  runCommand,
  screenshot,
  serverOrgNames,
  signInWithPassword,
  snapshotServerOrganizations,
  treeRow,
  waitForTreeLabels,
  waitForValue,
  welcomeContent,
} from './workbench';

type Role = 'admin' | 'edit' | 'collaborate' | 'view' | 'none';
interface ServedMember {
  userId: string;
  firstName: string;
  lastName: string;
  email: string;
  role: Role;
}
interface ServedOrg {
  id: string;
  name: string;
  members: ServedMember[];
  summary: Record<string, number>;
}

const ROLE_NAMES: Record<Role, string> = { admin: 'Administrator', edit: 'Editor', collaborate: 'Collaborator', view: 'Viewer', none: 'None' };
const ROLE_ORDER: Role[] = ['admin', 'edit', 'collaborate', 'view', 'none'];
/** Who the administrator invites, and as what. */
const INVITED = { email: 'rosa.delgado@example.com', role: 'collaborate' as Role };
/** Who they invite after signing in with a password (a token without the scope to invite). */
const INVITED_AFTER_STEP_UP = { email: 'kenji.mori@example.com', role: 'view' as Role };

const organizations = (): ServedOrg[] => uiSession().losant.organizations as ServedOrg[];
const served = (id: string): ServedOrg | undefined => organizations().find((o) => o.id === id);
const roleOf = (org: ServedOrg, userId: string): Role | undefined => org.members.find((m) => m.userId === userId)?.role;
const fullName = (m: ServedMember): string => `${m.firstName} ${m.lastName}`;
const sent = (method: string, path: string) => uiSession().losant.requests.filter((r) => r.method === method && r.path === path);
const me = (): string => uiSession().losant.user.id;
/** `text` as a regular expression matching it literally. */
const literally = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The organization's pending invitations as the server answers its administrator. */
async function serverInvites(orgId: string): Promise<Array<{ email: string; role: Role }>> {
  const server = uiSession().losant;
  const response = await fetch(`${server.url}/orgs/${orgId}/invites`, {
    headers: { Authorization: `Bearer ${server.tokens.all}`, Accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`GET /orgs/${orgId}/invites answered ${response.status}`);
  return ((await response.json()) as Array<{ email: string; role: Role }>).map(({ email, role }) => ({ email, role }));
}

/** The rows of one level of the tree, top to bottom, as "label | description" (the list renders only rows on screen). */
async function rowsAt(page: Page, level: number): Promise<string[]> {
  const rows = losantContainer(page).locator(`.monaco-list-row[aria-level="${level}"]`);
  const seen = await rows.evaluateAll((els) =>
    els.map((el) => ({
      index: Number(el.getAttribute('data-index')),
      label: el.querySelector('.label-name')?.textContent?.trim() ?? '',
      description: el.querySelector('.label-description')?.textContent?.trim() ?? '',
    })),
  );
  return seen.sort((a, b) => a.index - b.index).map((r) => (r.description ? `${r.label} | ${r.description}` : r.label));
}

/** The member rows the tree should show for the server's members: administrators first, then by name; "(you)" on the user's own. */
function expectedMemberRows(org: ServedOrg): string[] {
  return [...org.members]
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || fullName(a).localeCompare(fullName(b)))
    .map((m) => `${fullName(m)}${m.userId === me() ? ' (you)' : ''} | ${m.email} · ${ROLE_NAMES[m.role]}`);
}

/** The rows under Members (level 3: the members, then Pending Invitations) once they are `expected`. */
async function waitForMemberRows(page: Page, expected: string[]): Promise<string[]> {
  return waitForValue(page, () => rowsAt(page, 3), expected);
}

/** The quick pick's row whose label is exactly `label`. */
function pickRowLabelled(page: Page, label: string): Locator {
  return quickInput(page)
    .locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name').getByText(label, { exact: true }) });
}

/** A toast that says `text` (part of it). */
function toastSaying(page: Page, text: string): Locator {
  return page.locator('.notifications-toasts .notification-list-item-message', { hasText: text }).first();
}

/** The top-level row of an organization (level 1). */
const orgRow = (page: Page, name: string): Locator => treeRow(page, name).and(page.locator('[aria-level="1"]'));
const membersRow = (page: Page): Locator => treeRow(page, 'Members').and(page.locator('[aria-level="2"]'));
const invitationsRow = (page: Page): Locator => treeRow(page, 'Pending Invitations');
/** A member's row: their name, with " (you)" on the user's own. */
const memberRow = (page: Page, m: ServedMember): Locator =>
  treeRow(page, `${fullName(m)}${m.userId === me() ? ' (you)' : ''}`).and(page.locator('[aria-level="3"]'));

describe('Managing an organization: members, invitations, delete', () => {
  let saved: Record<string, unknown>[] | undefined;
  /** The organization the user administers and manages here: the only administrator, with colleagues, and applications to lose. */
  let org: ServedOrg;
  /** The colleague whose role changes, and the one removed. */
  let changing: ServedMember;
  let removing: ServedMember;
  /** An organization the user only views. */
  let viewed: ServedOrg;
  let host: string;
  /** Set once the last test signed the view out of its all.User token. */
  let signedInWithPassword = false;

  before(async () => {
    const { page, losant } = uiSession();
    await ensureSignedIn(page);
    saved = snapshotServerOrganizations();
    host = new URL(losant.url).host;
    const administered = organizations().find(
      (o) => roleOf(o, me()) === 'admin' && o.members.filter((m) => m.role !== 'admin').length >= 2 && o.summary.appCount > 0,
    );
    const onlyViewed = organizations().find((o) => roleOf(o, me()) === 'view');
    assert.ok(administered && onlyViewed, 'the seeded organizations should include one the demo user administers with colleagues, and one they view');
    [org, viewed] = [administered, onlyViewed];
    const colleagues = org.members.filter((m) => m.role !== 'admin');
    changing = colleagues.find((m) => m.role !== 'edit')!;
    removing = colleagues.find((m) => m !== changing)!;
    assert.ok(changing && removing);
  });

  after(async () => {
    // Back to what the files that follow expect: no question open, no toast, the token with all.User,
    // the server's organizations as they were, every row collapsed.
    const { page } = uiSession();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.locator('.monaco-dialog-box').waitFor({ state: 'hidden' });
    if (saved) restoreServerOrganizations(saved);
    await openLosantView(page);
    if (signedInWithPassword) {
      await runCommand(page, 'Losant: Sign Out');
      await welcomeContent(page).getByRole('button', { name: 'Set API Token' }).waitFor({ state: 'visible' });
    }
    await ensureSignedIn(page);
    await collapseAllRows(page);
    await refreshView(page);
    await clearNotifications(page);
  });

  it("shows an administered organization's members with their roles and (you), and its pending invitations", async () => {
    const { page } = uiSession();
    await clearNotifications(page);
    const names = await serverOrgNames('asc');
    assert.deepEqual(await waitForTreeLabels(page, names), names);

    await expandRow(orgRow(page, org.name));
    const members = membersRow(page);
    await members.waitFor({ state: 'visible' });
    assert.equal((await members.locator('.label-description').innerText()).trim(), String(org.members.length), 'the Members row shows the count beside it');
    await expandRow(members);
    await expandRow(invitationsRow(page));
    const expected = [...expectedMemberRows(org), 'Pending Invitations'];
    assert.deepEqual(await waitForMemberRows(page, expected), expected);
    // Each role with its icon (the user's own row, with "(you)", too).
    for (const m of org.members) {
      const icon = { admin: 'shield', edit: 'edit', collaborate: 'tools', view: 'eye', none: 'circle-slash' }[m.role];
      assert.equal(await memberRow(page, m).locator(`.codicon-${icon}`).count(), 1, `${fullName(m)}'s row has no ${icon} icon`);
    }
    const invites = await serverInvites(org.id);
    const pending = invites.length === 0 ? ['No pending invitations'] : invites.map((i) => i.email);
    const shown = await waitForValue(page, async () => (await rowsAt(page, 4)).map((r) => r.split(' | ')[0]), pending);
    assert.deepEqual(shown, pending, 'Pending Invitations lists what the server has');
    await moveMouseAway(page);
    await screenshot(page, 'manage-members-expanded');
  });

  it('Invite Member…: the email typed and a role picked; the invitation shows under Pending Invitations', async function () {
    this.timeout(90_000);
    const { page, losant } = uiSession();
    losant.clearRequests();
    // The Members row's inline button.
    const members = membersRow(page);
    await members.locator('.label-name').hover();
    const invite = members.getByRole('button', { name: 'Invite Member…', exact: true });
    await invite.waitFor({ state: 'visible' });
    await invite.click();
    await moveMouseAway(page);

    await quickInput(page)
      .locator('.quick-input-title', { hasText: `Invite Member to “${org.name}”` })
      .waitFor({ state: 'visible' });
    await answerStep(page, '1/2', INVITED.email);
    await quickInput(page).locator('.quick-input-title').filter({ hasText: '2/2' }).waitFor({ state: 'visible' });
    // The roles, most powerful first, Viewer focused.
    await pickRowLabelled(page, 'Viewer').and(page.locator('.focused')).waitFor({ state: 'visible' });
    const roles = quickInput(page).locator('.quick-input-list .monaco-list-row');
    assert.deepEqual(
      await roles.evaluateAll((rows) =>
        rows
          .sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')))
          .map((r) => r.querySelector('.label-name')?.textContent?.trim()),
      ),
      ['Administrator', 'Editor', 'Collaborator', 'Viewer', 'None'],
    );
    await screenshot(page, 'manage-invite-role');
    await pickRowLabelled(page, ROLE_NAMES[INVITED.role]).click();
    await quickInput(page).waitFor({ state: 'hidden' });

    await toastSaying(page, `Invited ${INVITED.email} to “${org.name}” as ${ROLE_NAMES[INVITED.role]}.`).waitFor({ state: 'visible' });
    const row = `${INVITED.email} | ${ROLE_NAMES[INVITED.role]} · expires in 7 days`;
    assert.ok(
      await waitForValue(page, async () => (await rowsAt(page, 4)).includes(row), true),
      `Pending Invitations does not list ${row}: ${JSON.stringify(await rowsAt(page, 4))}`,
    );
    assert.deepEqual(
      (await serverInvites(org.id)).filter((i) => i.email === INVITED.email),
      [{ email: INVITED.email, role: INVITED.role }],
    );
    assert.deepEqual(
      sent('POST', `/orgs/${org.id}/invites`).map((r) => r.body),
      [{ email: INVITED.email, role: INVITED.role }],
      'one invitation sent, with what was typed and picked',
    );
    await moveMouseAway(page);
    await screenshot(page, 'manage-invited');
  });

  it('Change Role… of a member: their row shows the new role, and the server has it', async function () {
    this.timeout(90_000);
    const { page, losant } = uiSession();
    losant.clearRequests();
    const { menu, items } = await openContextMenu(page, memberRow(page, changing));
    assert.deepEqual(items, ['Copy Email', 'Change Role…', 'Remove Member…']);
    await chooseMenuItem(menu, 'Change Role…');

    await quickInput(page)
      .locator('.quick-input-title', { hasText: `Change the Role of ${fullName(changing)} in “${org.name}”` })
      .waitFor({ state: 'visible' });
    const current = pickRowLabelled(page, ROLE_NAMES[changing.role]);
    await current.waitFor({ state: 'visible' });
    assert.equal((await current.locator('.label-description').innerText()).trim(), 'current role');
    await pickRowLabelled(page, 'Editor').click();
    await quickInput(page).waitFor({ state: 'hidden' });

    const row = memberRow(page, changing).filter({ has: page.locator('.label-description').getByText(`${changing.email} · Editor`, { exact: true }) });
    await row.waitFor({ state: 'visible' });
    await row.locator('.codicon-edit').waitFor({ state: 'visible' });
    assert.equal(roleOf(served(org.id)!, changing.userId), 'edit');
    assert.deepEqual(
      sent('PATCH', `/orgs/${org.id}/member`).map((r) => r.body),
      [{ userId: changing.userId, role: 'edit' }],
    );
    const expected = [...expectedMemberRows(served(org.id)!), 'Pending Invitations'];
    assert.deepEqual(await waitForMemberRows(page, expected), expected, 'the Members part stays expanded, in order');
  });

  it('Remove Member…: the modal names the person; once confirmed their row is gone, and the server has removed them', async function () {
    this.timeout(90_000);
    const { page, losant } = uiSession();
    losant.clearRequests();
    const { menu } = await openContextMenu(page, memberRow(page, removing));
    await chooseMenuItem(menu, 'Remove Member…');

    const { dialog, text } = await openDialog(page);
    assert.match(text, new RegExp(`Remove ${literally(fullName(removing))} from “${literally(org.name)}”\\?`));
    assert.match(text, /loses access/);
    await screenshot(page, 'manage-remove-member-modal');
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    await memberRow(page, removing).waitFor({ state: 'detached' });
    await toastSaying(page, `Removed ${fullName(removing)} from “${org.name}”.`).waitFor({ state: 'visible' });
    assert.equal(roleOf(served(org.id)!, removing.userId), undefined, 'the server still has them as a member');
    assert.deepEqual(
      sent('DELETE', `/orgs/${org.id}/member`).map((r) => r.query.userId),
      [removing.userId],
    );
    const expected = [...expectedMemberRows(served(org.id)!), 'Pending Invitations'];
    assert.deepEqual(await waitForMemberRows(page, expected), expected);
    assert.equal((await membersRow(page).locator('.label-description').innerText()).trim(), String(served(org.id)!.members.length));
  });

  it('Edit Organization…: three steps starting with the current values; the row shows the new name in place, selected, and the server has what was typed', async function () {
    this.timeout(90_000);
    const { page, losant } = uiSession();
    losant.clearRequests();
    await clearNotifications(page);
    // `org` is the server's own object, which the PATCH changes: what it was called is kept here.
    const before = org.name;
    const renamed = `${before} (edited)`;
    const { menu } = await openContextMenu(page, orgRow(page, before));
    await chooseMenuItem(menu, 'Edit Organization…');

    // Step 1: the name as it is now, replaced; step 2: the description; step 3: a color from the pick.
    await quickInput(page).locator('.quick-input-title').filter({ hasText: '1/3' }).waitFor({ state: 'visible' });
    assert.equal(await waitForValue(page, () => quickInputBox(page).inputValue(), before), before);
    await answerStep(page, '1/3', renamed);
    await quickInput(page).locator('.quick-input-title').filter({ hasText: '2/3' }).waitFor({ state: 'visible' });
    await answerStep(page, '2/3', 'Edited in VS Code');
    await quickInput(page).locator('.quick-input-title').filter({ hasText: '3/3' }).waitFor({ state: 'visible' });
    await quickInput(page).locator('.quick-input-list .monaco-list-row', { hasText: 'Purple' }).first().click();

    await orgRow(page, renamed).and(page.locator('.selected')).waitFor({ state: 'visible', timeout: 20_000 });
    await orgRow(page, before).waitFor({ state: 'detached', timeout: 10_000 }); // the old name leaves the tree
    const now = served(org.id) as ServedOrg & { description?: string; iconColor?: string };
    assert.deepEqual([now.name, now.description, now.iconColor], [renamed, 'Edited in VS Code', '#8e24aa']);
    assert.deepEqual(
      sent('PATCH', `/orgs/${org.id}`).map((r) => r.body),
      [{ name: renamed, description: 'Edited in VS Code', iconColor: '#8e24aa' }],
    );
    await screenshot(page, 'manage-edit-saved');
    org = { ...org, name: renamed };
  });

  it('Delete Organization…: the modal names it with its figures, its name is typed, and it leaves the tree and the server', async function () {
    this.timeout(90_000);
    const { page, losant } = uiSession();
    losant.clearRequests();
    await clearNotifications(page);
    const now = served(org.id)!;
    const row = orgRow(page, org.name);
    const { menu, items } = await openContextMenu(page, row);
    assert.equal(items[items.length - 1], 'Delete Organization…', `Delete Organization… is not last in ${JSON.stringify(items)}`);
    await chooseMenuItem(menu, 'Delete Organization…');

    const { dialog, text } = await openDialog(page);
    const count = (n: number) => n.toLocaleString('en-US');
    assert.match(text, new RegExp(`Delete the organization “${literally(org.name)}” from ${literally(host)}\\?`));
    for (const figure of [
      `Applications: ${count(now.summary.appCount)}`,
      `Devices: ${count(now.summary.deviceCount)}`,
      `Dashboards: ${count(now.summary.dashCount)}`,
      `Members (who lose access): ${count(now.members.length)}`,
    ])
      assert.ok(text.includes(figure), `the modal does not say "${figure}": ${text}`);
    assert.match(text, /This cannot be undone/);
    assert.deepEqual(sent('DELETE', `/orgs/${org.id}`), [], 'sent before the person said yes');
    await screenshot(page, 'manage-delete-modal');
    await dialog.getByRole('button', { name: 'Delete…', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The name, typed: a part of it is refused as it is typed, with what to type.
    await quickInput(page)
      .locator('.quick-input-title', { hasText: `Delete Organization “${org.name}”` })
      .waitFor({ state: 'visible' });
    await quickInputBox(page).waitFor({ state: 'visible' });
    const part = org.name.split(' ')[0];
    await page.keyboard.type(part);
    const refusal = quickInput(page)
      .locator('.quick-input-message')
      .filter({ hasText: `Type ${org.name} exactly as shown` });
    await refusal.waitFor({ state: 'visible' });
    await page.keyboard.press('Enter'); // refused: the box stays, nothing is sent
    await page.waitForTimeout(500);
    assert.ok(await quickInputBox(page).isVisible(), 'Enter on a part of the name closed the box');
    assert.deepEqual(sent('DELETE', `/orgs/${org.id}`), []);
    await page.keyboard.type(org.name.slice(part.length));
    await refusal.waitFor({ state: 'hidden' });
    await screenshot(page, 'manage-delete-name-typed');
    await page.keyboard.press('Enter');
    await quickInput(page).waitFor({ state: 'hidden' });

    await toastSaying(page, `Deleted the organization “${org.name}” from ${host}.`).waitFor({ state: 'visible' });
    await row.waitFor({ state: 'detached' });
    const names = await serverOrgNames('asc');
    assert.ok(!names.includes(org.name), 'the server still lists it');
    assert.equal(served(org.id), undefined);
    assert.equal(sent('DELETE', `/orgs/${org.id}`).length, 1, 'one DELETE');
    assert.deepEqual(await waitForTreeLabels(page, names), names, 'the tree lists what the server lists');
    await moveMouseAway(page);
    await screenshot(page, 'manage-deleted');
  });

  it('offers no Edit Organization…, Delete Organization… or Invite Member… on an organization the user only views, nor Change Role… or Remove Member… on its members', async () => {
    const { page } = uiSession();
    await collapseAllRows(page);
    const row = orgRow(page, viewed.name);
    const { items } = await openContextMenu(page, row);
    assert.ok(items.includes('Leave Organization'), `no Leave Organization in ${JSON.stringify(items)}`);
    for (const absent of ['Edit Organization…', 'Delete Organization…', 'Invite Member…'])
      assert.ok(!items.includes(absent), `${absent} is offered to a viewer: ${JSON.stringify(items)}`);
    await screenshot(page, 'manage-viewer-menu');
    await page.keyboard.press('Escape');

    await expandRow(row);
    const members = membersRow(page);
    await expandRow(members);
    await members.locator('.label-name').hover();
    await page.waitForTimeout(500); // the time inline actions take to show on hover
    assert.equal(await members.getByRole('button', { name: 'Invite Member…', exact: true }).count(), 0, 'the Members row offers Invite Member… to a viewer');
    const colleague = viewed.members.find((m) => m.userId !== me())!;
    const menu = await openContextMenu(page, memberRow(page, colleague));
    assert.deepEqual(menu.items, ['Copy Email']);
    await page.keyboard.press('Escape');
    await collapseAllRows(page);
  });

  it('after a password sign-in, Invite Member… names the scope the token lacks, and Sign In Again… gets it and goes on', async function () {
    this.timeout(150_000);
    const { page, losant } = uiSession();
    const { email, password } = losant.accounts.demo;
    const target = organizations().find((o) => roleOf(o, me()) === 'admin' && o.members.length > 1)!;
    await runCommand(page, 'Losant: Sign Out');
    signedInWithPassword = true;
    await welcomeContent(page).getByRole('button', { name: 'Sign In' }).click();
    await signInWithPassword(page, email, password);
    const names = await serverOrgNames('asc');
    assert.deepEqual(await waitForTreeLabels(page, names), names);
    await clearNotifications(page);
    losant.clearRequests();

    const { menu } = await openContextMenu(page, orgRow(page, target.name));
    await chooseMenuItem(menu, 'Invite Member…');
    const { dialog, text } = await openDialog(page);
    assert.match(text, new RegExp(`Invite Member needs the Losant scope org\\.inviteMember, which your token for ${literally(host)} does not have\\.`));
    await screenshot(page, 'manage-step-up-modal');
    await dialog.getByRole('button', { name: 'Sign In Again…', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Sign In, saying why; the password path asks Losant for the scope too.
    const why = await waitForValue(
      page,
      async () => /needs the scope org\.inviteMember/.test((await quickInputBox(page).getAttribute('placeholder')) ?? ''),
      true,
    );
    assert.ok(why, `Sign In does not say why: ${await quickInputBox(page).getAttribute('placeholder')}`);
    await screenshot(page, 'manage-step-up-sign-in');
    await signInWithPassword(page, email, password);

    // Then Invite Member… goes on where it stopped.
    await quickInput(page)
      .locator('.quick-input-title', { hasText: `Invite Member to “${target.name}”` })
      .waitFor({ state: 'visible' });
    const signIns = sent('POST', '/auth/user');
    assert.equal(signIns.length, 1);
    const requested = (signIns[0].body as { requestedScopes?: string[] }).requestedScopes ?? [];
    assert.ok(requested.includes('org.inviteMember'), `the sign-in did not ask for org.inviteMember: ${JSON.stringify(requested)}`);
    await answerStep(page, '1/2', INVITED_AFTER_STEP_UP.email);
    await pickRowLabelled(page, ROLE_NAMES[INVITED_AFTER_STEP_UP.role]).click();
    await quickInput(page).waitFor({ state: 'hidden' });
    await toastSaying(page, `Invited ${INVITED_AFTER_STEP_UP.email} to “${target.name}”`).waitFor({ state: 'visible' });
    assert.deepEqual(
      (await serverInvites(target.id)).filter((i) => i.email === INVITED_AFTER_STEP_UP.email),
      [{ email: INVITED_AFTER_STEP_UP.email, role: INVITED_AFTER_STEP_UP.role }],
    );

    // Listing the invitations needs another scope, which the token still lacks: its row says so, as a row.
    await expandRow(orgRow(page, target.name));
    await expandRow(membersRow(page));
    await expandRow(invitationsRow(page));
    await treeRow(page, 'Sign in again for org.pendingInvites…').waitFor({ state: 'visible' });
    await moveMouseAway(page);
    await screenshot(page, 'manage-step-up-pending-invitations');
  });
});
