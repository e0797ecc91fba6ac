// Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), the kind of
// two-factor code Losant asks for (its docs name TOTP apps such as Google Authenticator). Tests and
// a person with an authenticator app compute the same code from the account's secret.
import { createHmac } from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const TOTP_STEP_SECONDS = 30;

/** The bytes of an RFC 4648 base32 string (padding and case ignored). */
export function base32Decode(encoded: string): Buffer {
  const clean = encoded.replace(/=+$/, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const c of clean) {
    const index = BASE32.indexOf(c);
    if (index < 0) throw new Error(`not base32: "${c}"`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** The code for one time step (RFC 4226's HOTP with the step number as counter). */
function hotp(key: Buffer, counter: number, digits: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', key).update(message).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The TOTP code of a base32 secret at a moment (ms since the epoch), `stepOffset` steps away. */
export function totpCode(secretBase32: string, atMs: number, stepOffset = 0, digits = 6): string {
  const step = Math.floor(atMs / 1000 / TOTP_STEP_SECONDS) + stepOffset;
  return hotp(base32Decode(secretBase32), step, digits);
}

/**
 * Whether `code` is the secret's code now, or one step before or after: authenticator apps and
 * servers disagree on the time by a few seconds, and a code typed at the end of its step arrives
 * in the next one (RFC 6238 §5.2 recommends this one-step window).
 */
export function verifyTotp(secretBase32: string, code: string, atMs: number): boolean {
  return [-1, 0, 1].some((offset) => totpCode(secretBase32, atMs, offset) === code);
}
