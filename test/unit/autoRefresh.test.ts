// Auto-refresh: when it reloads, when it does not (hidden view, unfocused window, something in
// flight), and how it backs off after failures, on a clock the test moves.
import * as assert from 'node:assert/strict';
import { AutoRefresh, autoRefreshMs } from '../../src/model/autoRefresh';
import { FakeTimers } from './fakeTimers';

describe('auto-refresh', () => {
  let timers: FakeTimers;
  let refreshes: number;
  let answer: boolean;
  let busy: boolean;

  function started(seconds = 60): AutoRefresh {
    const auto = new AutoRefresh(
      () => {
        refreshes++;
        return Promise.resolve(answer);
      },
      timers,
      () => busy,
    );
    auto.setInterval(autoRefreshMs(seconds));
    auto.setVisible(true);
    auto.setFocused(true);
    return auto;
  }

  beforeEach(() => {
    timers = new FakeTimers();
    refreshes = 0;
    answer = true;
    busy = false;
  });

  it('the setting: 0 or nothing is off; below 30 seconds counts as 30', () => {
    assert.deepEqual([autoRefreshMs(0), autoRefreshMs(undefined), autoRefreshMs('60'), autoRefreshMs(-5)], [0, 0, 0, 0]);
    assert.deepEqual([autoRefreshMs(5), autoRefreshMs(30), autoRefreshMs(90.4)], [30_000, 30_000, 90_000]);
  });

  it('reloads once per interval while the view is visible and the window focused', async () => {
    started(60);
    await timers.advance(59_000);
    assert.equal(refreshes, 0);
    await timers.advance(1_000);
    assert.equal(refreshes, 1);
    await timers.advance(120_000);
    assert.equal(refreshes, 3);
  });

  it('a hidden view or an unfocused window costs no request, and it resumes when both are back', async () => {
    const auto = started(30);
    auto.setVisible(false);
    await timers.advance(600_000);
    auto.setVisible(true);
    auto.setFocused(false);
    await timers.advance(600_000);
    assert.equal(refreshes, 0);
    assert.equal(timers.pending, 0, 'nothing even waits');
    auto.setFocused(true);
    await timers.advance(30_000);
    assert.equal(refreshes, 1);
  });

  it('never runs while a create, edit or sign-in is in flight', async () => {
    started(30);
    busy = true;
    await timers.advance(300_000);
    assert.equal(refreshes, 0);
    busy = false;
    await timers.advance(30_000);
    assert.equal(refreshes, 1);
  });

  it('backs off after failures (2×, 4×, at most 8× the interval) and comes back after a success', async () => {
    answer = false;
    const auto = started(30);
    await timers.advance(30_000);
    assert.equal(refreshes, 1);
    assert.equal(auto.nextInMs, 60_000);
    await timers.advance(60_000);
    assert.equal(auto.nextInMs, 120_000);
    await timers.advance(120_000);
    await timers.advance(240_000);
    assert.equal(auto.nextInMs, 240_000, 'never longer than 8×');
    answer = true;
    await timers.advance(240_000);
    assert.equal(auto.nextInMs, 30_000);
    assert.equal(refreshes, 5);
  });

  it('a manual refresh restarts the count; turning it off stops it', async () => {
    const auto = started(60);
    await timers.advance(50_000);
    auto.reloaded();
    await timers.advance(50_000);
    assert.equal(refreshes, 0);
    await timers.advance(10_000);
    assert.equal(refreshes, 1);
    auto.setInterval(0);
    await timers.advance(600_000);
    assert.equal(refreshes, 1);
  });
});
