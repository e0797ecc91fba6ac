// The LosantApiError a call fails with; fails the test when it succeeds or throws something else.
import * as assert from 'node:assert/strict';
import { LosantApiError } from '../../src/losant';

export async function rejection(p: Promise<unknown>): Promise<LosantApiError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof LosantApiError, `expected a LosantApiError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected the call to fail');
}
