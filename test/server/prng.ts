// Deterministic pseudo-random numbers for the seed data: the same seed must give the same
// organizations on every run and machine, so Math.random is never used.

/** A function returning a float in [0, 1). */
export type Random = () => number;

/** mulberry32: tiny, fast and good enough for test data. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], both inclusive. */
export function randomInt(rnd: Random, min: number, max: number): number {
  return min + Math.floor(rnd() * (max - min + 1));
}

export function pick<T>(rnd: Random, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)];
}

export function chance(rnd: Random, probability: number): boolean {
  return rnd() < probability;
}

/** `length` lowercase hex digits. */
export function randomHex(rnd: Random, length: number): string {
  let out = '';
  while (out.length < length) out += Math.floor(rnd() * 16).toString(16);
  return out;
}
