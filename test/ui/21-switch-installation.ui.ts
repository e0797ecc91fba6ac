// Several installations: Switch Installation adds a second local Losant, signs in there (a
// two-factor account, code typed), and the view lists that installation's organizations and names
// it; switching back lists the first one's again.
import * as assert from 'node:assert/strict';
import { uiSession } from '../harness/uiSession';
import {
  answerInputBox,
  clearNotifications,
  ensureSignedIn,
  moveMouseAway,
  openLosantView,
  pickRow,
  runCommand,
  screenshot,
  serverOrgNames,
  sideBarTitle,
  signInWithPassword,
  waitForTreeLabels,
  waitForValue,
} from './workbench';

describe('Losant: Switch Installation…', () => {
  it('adds an installation, signs in there, lists its organizations, and switches back', async () => {
    const { page, otherLosant } = uiSession();
    const otherHost = new URL(otherLosant.url).host;
    await ensureSignedIn(page);
    const first = await serverOrgNames('asc');

    await runCommand(page, 'Losant: Switch Installation…');
    await pickRow(page, 'Add Installation…');
    await answerInputBox(page, otherLosant.url);
    const { email, password } = otherLosant.accounts.twoFactor;
    await signInWithPassword(page, email, password, otherLosant.twoFactorCode());

    const other = await serverOrgNames('asc', undefined, otherLosant);
    assert.notDeepEqual(other, first);
    assert.deepEqual(await waitForTreeLabels(page, other), other);
    const named = await waitForValue(page, () => sideBarTitle(page).then((t) => t.toLowerCase().includes(otherHost) && /Tomasz/i.test(t)), true);
    assert.equal(named, true, `the title names the account and ${otherHost}: ${await sideBarTitle(page)}`);
    await clearNotifications(page);
    await moveMouseAway(page);
    await screenshot(page, 'switch-installation-other');

    await runCommand(page, 'Losant: Switch Installation…');
    await pickRow(page, new URL(uiSession().losant.url).host);
    assert.deepEqual(await waitForTreeLabels(page, first), first);
    await openLosantView(page);
    await screenshot(page, 'switch-installation-back');
  });
});
