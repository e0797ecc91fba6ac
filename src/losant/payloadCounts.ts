// Losant's `summary.payloadCount` (schema payloadCounts.json) is two levels deep: each payload type
// maps to counts by source, e.g. {"deviceState": {"flow.flow": 5215, "device.mqtt": 1244049},
// "timer": {"timer.flow": 19772}}. This totals it, and per payload type, for the details view.
import { isJsonObject } from './json';

/** The payload types Losant's payloadCounts.json names, in its order. */
export const PAYLOAD_TYPES = [
  'mqttOut',
  'mqttIn',
  'dataTable',
  'deviceState',
  'deviceCommand',
  'webhook',
  'timer',
  'event',
  'virtualButton',
  'deviceConnect',
  'deviceDisconnect',
  'endpoint',
  'integration',
] as const;

export type PayloadType = (typeof PAYLOAD_TYPES)[number];

export function isPayloadType(type: string): type is PayloadType {
  return (PAYLOAD_TYPES as readonly string[]).includes(type);
}

export interface PayloadTypeTotal {
  /** As Losant names it, e.g. "deviceState"; a type newer than this list is kept as sent. */
  readonly type: string;
  readonly count: number;
}

export interface PayloadTotals {
  readonly total: number;
  /** The types with payloads, largest first (ties by name). */
  readonly byType: readonly PayloadTypeTotal[];
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * Totals a `summary.payloadCount`, or undefined when it is not Losant's shape. Source counts that
 * are not non-negative numbers are ignored. A number directly under a type (a flat map) is not
 * counted: Losant's schema never sends one, and such maps carry a `total` that would count twice.
 */
export function payloadTotals(payloadCount: unknown): PayloadTotals | undefined {
  if (!isJsonObject(payloadCount)) return undefined;
  const entries = Object.entries(payloadCount);
  const typed = entries.filter((e): e is [string, Record<string, unknown>] => isJsonObject(e[1]));
  // Something was sent, but nothing in Losant's shape: no total is better than a wrong one.
  if (typed.length === 0 && entries.length > 0) return undefined;
  const byType = typed
    .map(([type, sources]) => ({
      type,
      count: Object.values(sources)
        .filter(isCount)
        .reduce((sum, n) => sum + n, 0),
    }))
    .filter((t) => t.count > 0)
    .sort((a, b) => b.count - a.count || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  return { total: byType.reduce((sum, t) => sum + t.count, 0), byType };
}
