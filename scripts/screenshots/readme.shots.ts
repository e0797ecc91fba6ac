// The README's pictures (`npm run screenshots`, run by ./index.ts on the UI tests' runner): the
// product as a person sees it, on the demo's organizations, in a 1280×800 window with the Default
// Dark Modern theme, each picture cut to the part of the window it explains. Not a test suite: it
// checks only what it needs to be sure the picture shows the right thing.
import type { Page } from 'playwright-core';
import { uiSession } from '../../test/harness/uiSession';
import {
  answerInputBox,
  clearNotifications,
  type Clip,
  closeAllEditors,
  collapseAllRows,
  ensureSignedIn,
  expandRow,
  goToOrganizationButton,
  losantContainer,
  moveMouseAway,
  openAccountsMenu,
  openLosantView,
  quickInput,
  resetCreateForm,
  runCommand,
  screenshot,
  serverOrgNames,
  treeRow,
  viewTitleAction,
  waitForCreateStep,
  waitForTreeLabels,
  walkthroughPage,
  welcomeContent,
} from '../../test/ui/workbench';

/** Wide enough for the organizations' names and descriptions. */
const SIDE_BAR_WIDTH = 440;
/** For the members' picture: their names, emails and roles. */
const MEMBERS_SIDE_BAR_WIDTH = 540;
const FILTER = '*smart*';
/** What is typed into Go to Organization… for its picture. */
const GO_TO_TYPED = 'smart';

async function box(page: Page, selector: string): Promise<Clip> {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return b;
}

/** The activity bar and the side bar, below the title bar, `height` pixels tall. */
async function sideBarClip(page: Page, height: number): Promise<Clip> {
  const bar = await box(page, '.part.sidebar');
  return { x: 0, y: Math.round(bar.y), width: Math.round(bar.x + bar.width), height };
}

/**
 * Clears the tree's selection (Escape, while it has the focus) and takes the focus away from it: a
 * selected or focused row is highlighted and shows its actions.
 */
async function unfocusTree(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  const editor = await box(page, '.part.editor');
  await page.mouse.click(editor.x + editor.width / 2, editor.y + editor.height / 2);
  await moveMouseAway(page);
}

/** The organization's pending invitations, as the local server answers its administrator. */
async function invitesOf(orgId: string): Promise<unknown[]> {
  const { losant } = uiSession();
  const response = await fetch(`${losant.url}/orgs/${orgId}/invites`, {
    headers: { Authorization: `Bearer ${losant.tokens.all}`, Accept: 'application/json' },
  });
  return response.ok ? ((await response.json()) as unknown[]) : [];
}

/** Drags the sash between the side bar and the editor area until the side bar is `width` wide. */
async function resizeSideBar(page: Page, width: number): Promise<void> {
  const bar = await box(page, '.part.sidebar');
  const edge = bar.x + bar.width;
  await page.mouse.move(edge, bar.y + 200);
  await page.mouse.down();
  await page.mouse.move(edge + (width - bar.width) / 2, bar.y + 200, { steps: 5 });
  await page.mouse.move(bar.x + width, bar.y + 200, { steps: 5 });
  await page.mouse.up();
  await moveMouseAway(page);
}

describe('README pictures', () => {
  it('welcome: the view before a token is set', async () => {
    const { page } = uiSession();
    await openLosantView(page);
    await resizeSideBar(page, SIDE_BAR_WIDTH);
    await welcomeContent(page).getByRole('button', { name: 'Set API Token' }).waitFor({ state: 'visible' });
    await moveMouseAway(page);
    await screenshot(page, 'welcome', await sideBarClip(page, 300));
    await closeAllEditors(page); // the walkthrough, opened by this first start
  });

  it('organizations: the list, one organization expanded to its details', async () => {
    const { page } = uiSession();
    await ensureSignedIn(page);
    await clearNotifications(page);
    const names = await serverOrgNames('asc');
    // The third organization: one with a description, neither disabled nor read-only, in the demo data.
    const row = treeRow(page, names[2]);
    await row.locator('.monaco-tl-twistie').click();
    await losantContainer(page).locator('.monaco-list-row[aria-level="2"]').nth(13).waitFor({ state: 'visible' });
    await unfocusTree(page);
    await screenshot(page, 'organizations', await sideBarClip(page, 600));
    await row.locator('.monaco-tl-twistie').click();
    await losantContainer(page).locator('.monaco-list-row[aria-level="2"]').first().waitFor({ state: 'detached' });
    await unfocusTree(page);
  });

  it('members: an organization the user administers, its Members and Pending Invitations expanded', async () => {
    const { page, losant } = uiSession();
    // The first, in the tree's order, that Dana administers with colleagues and has invitations pending.
    const names = await serverOrgNames('asc');
    type Served = { id: string; name: string; members: { userId: string; role: string }[] };
    const administered = (losant.organizations as Served[]).filter(
      (o) => o.members.length > 3 && o.members.some((m) => m.userId === losant.user.id && m.role === 'admin'),
    );
    const withInvites: Served[] = [];
    for (const org of administered) if ((await invitesOf(org.id)).length > 0) withInvites.push(org);
    const org = withInvites.sort((a, b) => names.indexOf(a.name) - names.indexOf(b.name))[0];
    if (!org) throw new Error('no organization in the demo data is administered by the demo user with invitations pending');
    // Wider, for each member's email and role beside their name.
    await resizeSideBar(page, MEMBERS_SIDE_BAR_WIDTH);
    const row = treeRow(page, org.name).and(page.locator('[aria-level="1"]'));
    await expandRow(row);
    await expandRow(treeRow(page, 'Members'));
    await expandRow(treeRow(page, 'Pending Invitations'));
    const invitations = losantContainer(page).locator('.monaco-list-row[aria-level="4"]');
    await invitations.nth((await invitesOf(org.id)).length - 1).waitFor({ state: 'visible' });
    await unfocusTree(page);
    const bottom = Math.max(...(await invitations.evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().bottom))));
    const side = await sideBarClip(page, 0);
    await screenshot(page, 'members', { ...side, height: Math.round(bottom - side.y) });
    await collapseAllRows(page);
    await resizeSideBar(page, SIDE_BAR_WIDTH);
    await unfocusTree(page);
  });

  it('accounts: the signed-in Losant account in the Accounts menu', async () => {
    const { page } = uiSession();
    const menu = await openAccountsMenu(page);
    await menu
      .getByText(/ on 127\.0\.0\.1:\d+/)
      .first()
      .waitFor({ state: 'visible' });
    await moveMouseAway(page);
    const m = await box(page, '.context-view .monaco-menu');
    const top = Math.max(0, Math.round(m.y) - 40);
    await screenshot(page, 'accounts', { x: 0, y: top, width: Math.round(m.x + m.width) + 24, height: Math.round(m.y + m.height) - top + 64 });
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
  });

  it('filter: the organizations whose name matches a glob', async () => {
    const { page } = uiSession();
    await viewTitleAction(page, 'Filter Organizations…').click();
    await answerInputBox(page, FILTER);
    const matching = await serverOrgNames('asc', FILTER);
    await waitForTreeLabels(page, matching);
    await viewTitleAction(page, 'Clear Filter').waitFor({ state: 'visible' });
    await unfocusTree(page);
    await screenshot(page, 'filter', await sideBarClip(page, 240));
    await viewTitleAction(page, 'Clear Filter').click();
    await waitForTreeLabels(page, await serverOrgNames('asc'));
  });

  it('create: the first step of the Create Organization form', async () => {
    const { page } = uiSession();
    await viewTitleAction(page, 'Create Organization').click();
    await waitForCreateStep(page, '1/2', '');
    await page.keyboard.type('Riverside Water Treatment');
    await moveMouseAway(page);
    const input = await box(page, '.quick-input-widget');
    const side = await sideBarClip(page, 240);
    await screenshot(page, 'create', { x: 0, y: 0, width: Math.round(input.x + input.width + 16), height: side.y + side.height });
    await page.keyboard.press('Escape');
    await quickInput(page).waitFor({ state: 'hidden' });
    await resetCreateForm(page);
  });

  it('go-to: Go to Organization… with results, two organizations pinned above the list', async () => {
    const { page } = uiSession();
    const names = await serverOrgNames('asc');
    const pinned = [names[5], names[1]];
    for (const name of pinned) {
      const row = treeRow(page, name).and(page.locator('[aria-level="1"]'));
      await row.locator('.label-name').hover();
      await row.getByRole('button', { name: 'Pin', exact: true }).click();
      await treeRow(page, name).and(page.locator('[aria-level="2"]')).waitFor({ state: 'visible' });
    }
    await unfocusTree(page);
    await goToOrganizationButton(page).click();
    await quickInput(page).locator('.quick-input-title', { hasText: 'Go to Organization' }).waitFor({ state: 'visible' });
    await page.keyboard.type(GO_TO_TYPED);
    const matching = await serverOrgNames('asc', `*${GO_TO_TYPED}*`);
    await quickInput(page)
      .locator('.quick-input-list .monaco-list-row', { hasText: matching[matching.length - 1] })
      .waitFor({ state: 'visible' });
    await page.mouse.move(1200, 700); // below the pick: the mouse over a result would highlight it
    const input = await box(page, '.quick-input-widget');
    await screenshot(page, 'go-to-organization', {
      x: 0,
      y: 0,
      width: Math.round(input.x + input.width + 16),
      height: Math.round(input.y + input.height + 16),
    });
    await page.keyboard.press('Escape');
    await quickInput(page).waitFor({ state: 'hidden' });
    for (const name of pinned) {
      const row = treeRow(page, name).and(page.locator('[aria-level="2"]'));
      await row.locator('.label-name').hover();
      await row.getByRole('button', { name: 'Unpin', exact: true }).click();
      await row.waitFor({ state: 'detached' });
    }
    await treeRow(page, 'Pinned').waitFor({ state: 'detached' });
    await unfocusTree(page);
  });

  it('walkthrough: Get Started, after signing in', async () => {
    const { page } = uiSession();
    // Room for the step's picture; first, as the Escape that closes the palette would also leave the walkthrough.
    await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
    await runCommand(page, 'Losant: Get Started');
    await walkthroughPage(page).waitFor({ state: 'visible' });
    await page.waitForTimeout(3000); // the step's picture is drawn in a webview, after the page
    await moveMouseAway(page);
    await screenshot(page, 'walkthrough');
  });
});
