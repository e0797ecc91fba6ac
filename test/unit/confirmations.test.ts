// The agent's create tool sends only what the person confirmed, where the confirmation said, once,
// and within minutes (src/model/confirmations.ts), on a clock the test moves.
import * as assert from 'node:assert/strict';
import { Confirmations, type Destination } from '../../src/model/confirmations';

const A: Destination = { apiUrl: 'https://api.losant.com', account: 'user-1' };
const B: Destination = { apiUrl: 'https://api.private.example', account: 'user-1' };
const MINUTE = 60_000;

describe('Confirmations of the agent tools', () => {
  let now = 0;
  let confirmations: Confirmations;
  beforeEach(() => {
    now = 1_000_000;
    confirmations = new Confirmations(5 * MINUTE, () => now);
  });

  it('lets confirmed values through once, for the installation and account confirmed', () => {
    confirmations.offer('org', A);
    assert.deepEqual(confirmations.take('org', A), { ok: true });
    assert.deepEqual(confirmations.take('org', A), { ok: false, reason: 'notConfirmed' }, 'a confirmation counts once');
  });

  it('lets nothing through that was never put to the person', () => {
    confirmations.offer('org', A);
    assert.deepEqual(confirmations.take('other values', A), { ok: false, reason: 'notConfirmed' });
  });

  it('lets nothing through after five minutes, and the stale confirmation is gone', () => {
    confirmations.offer('org', A);
    now += 5 * MINUTE + 1;
    assert.deepEqual(confirmations.take('org', A), { ok: false, reason: 'expired' });
    assert.deepEqual(confirmations.take('org', A), { ok: false, reason: 'notConfirmed' });
  });

  it('still lets through a confirmation answered within the five minutes', () => {
    confirmations.offer('org', A);
    now += 5 * MINUTE;
    assert.deepEqual(confirmations.take('org', A), { ok: true });
  });

  it('sends nothing to another installation than the one confirmed, and says which was confirmed', () => {
    confirmations.offer('org', A);
    assert.deepEqual(confirmations.take('org', B), { ok: false, reason: 'installationChanged', confirmedFor: A.apiUrl });
    assert.deepEqual(confirmations.take('org', A), { ok: false, reason: 'notConfirmed' }, 'used up by the refused attempt');
  });

  it('sends nothing for another account at the same installation', () => {
    confirmations.offer('org', A);
    assert.deepEqual(confirmations.take('org', { ...A, account: 'user-2' }), { ok: false, reason: 'accountChanged' });
  });

  it('keeps only the newest confirmation of the same values', () => {
    confirmations.offer('org', A);
    now += MINUTE;
    confirmations.offer('org', B);
    assert.deepEqual(confirmations.take('org', B), { ok: true });
    assert.deepEqual(confirmations.take('org', A), { ok: false, reason: 'notConfirmed' }, 'the earlier one was replaced');
  });

  it('holds a bounded number of confirmations', () => {
    const small = new Confirmations(5 * MINUTE, () => now, 3);
    for (const key of ['1', '2', '3', '4']) small.offer(key, A);
    assert.deepEqual(small.take('1', A), { ok: false, reason: 'notConfirmed' }, 'the oldest was dropped');
    assert.deepEqual(small.take('4', A), { ok: true });
  });
});
