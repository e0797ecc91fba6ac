// The error a client call fails with, of the type the test expects (the call must fail).
import * as assert from 'node:assert/strict';
import { LosantApiError } from '../../src/losant';

export async function rejection<E extends Error = LosantApiError>(
  p: Promise<unknown>,
  type: abstract new (...args: never[]) => E = LosantApiError as never,
): Promise<E> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof type, `expected a ${type.name}, got ${String(e)}`);
    return e;
  }
  assert.fail('expected the call to fail');
}
