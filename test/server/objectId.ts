// Losant ids are MongoDB ObjectIds: 24 hex digits whose first 8 are the creation time in seconds.
import { randomBytes } from 'node:crypto';
import { randomHex, type Random } from './prng';

function secondsHex(date: Date): string {
  return Math.floor(date.getTime() / 1000)
    .toString(16)
    .padStart(8, '0')
    .slice(-8);
}

/** A deterministic id for seeded data. */
export function seededObjectId(rnd: Random, created: Date): string {
  return secondsHex(created) + randomHex(rnd, 16);
}

/** Ids for organizations created at run time: unique within the process, like real ObjectIds. */
export function createObjectIdGenerator(): (created: Date) => string {
  const processPart = randomBytes(5).toString('hex');
  let counter = randomBytes(3).readUIntBE(0, 3);
  return (created) => {
    counter = (counter + 1) % 0x1000000;
    return secondsHex(created) + processPart + counter.toString(16).padStart(6, '0');
  };
}
