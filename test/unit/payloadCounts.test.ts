// Totals of Losant's two-level payload counts (type → source → count) for the details view.
import * as assert from 'node:assert/strict';
import { isPayloadType, PAYLOAD_TYPES, payloadTotals } from '../../src/losant';
import { LOSANT_REST_DIR } from './losantSchemas';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

describe('payloadTotals', () => {
  it("knows every payload type of Losant's payloadCounts.json", () => {
    const schema = JSON.parse(readFileSync(path.join(LOSANT_REST_DIR, 'lib', 'schemas', 'payloadCounts.json'), 'utf8')) as { properties: object };
    assert.deepEqual([...PAYLOAD_TYPES], Object.keys(schema.properties));
    assert.ok(isPayloadType('deviceState') && !isPayloadType('total'));
  });

  it('keeps a type it does not know, and ignores source counts that are not non-negative numbers', () => {
    const totals = payloadTotals({
      deviceState: { 'device.mqtt': 10, 'flow.flow': '5', other: null, broken: -3, infinite: Infinity, nan: NaN },
      somethingNew: { 'x.y': 7 },
      timer: {},
      webhook: { 'public.rest': 0 },
    });
    assert.deepEqual(totals, {
      total: 17,
      byType: [
        { type: 'deviceState', count: 10 },
        { type: 'somethingNew', count: 7 },
      ],
    });
  });

  it('ties are ordered by type name', () => {
    assert.deepEqual(
      payloadTotals({ timer: { a: 1 }, event: { a: 1 } })?.byType.map((t) => t.type),
      ['event', 'timer'],
    );
  });

  it('no payloads yet is a total of 0', () => {
    assert.deepEqual(payloadTotals({}), { total: 0, byType: [] });
  });

  it("a flat map of numbers is not Losant's shape: no total rather than a wrong one", () => {
    assert.equal(payloadTotals({ total: 1364, mqttIn: 1244, mqttOut: 120 }), undefined);
    // Mixed: only the types in Losant's shape count.
    assert.deepEqual(payloadTotals({ total: 99, mqttIn: { 'device.mqtt': 4 } }), { total: 4, byType: [{ type: 'mqttIn', count: 4 }] });
  });

  it('anything but an object is no payload counts at all', () => {
    for (const value of [undefined, null, 5, 'lots', [], [{ mqttIn: { a: 1 } }]]) assert.equal(payloadTotals(value), undefined, JSON.stringify(value));
  });
});
