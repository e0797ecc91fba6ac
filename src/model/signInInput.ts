// Checks of what a person types to sign in, matching userCredentials.json's limits, so that a slip
// is caught while typing and never costs an attempt (failed attempts are rate limited per email).
// No message repeats the password or says how long it is.
import { characterCount, EMAIL_MAX, isEmailShaped, text, type Text } from '../losant';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 2048;

// RFC 6238 codes are 6 to 8 digits; authenticator apps show them with a space in the middle.
const TWO_FACTOR_SHAPE = /^\d{6,8}$/;

/** The first problem with the email, or undefined when it is fine. */
export function checkEmail(email: string): Text | undefined {
  const trimmed = email.trim();
  if (trimmed === '') return text('Enter the email address of your Losant account.');
  const length = characterCount(trimmed);
  if (length > EMAIL_MAX) return text('The email address is {0} characters long; the most Losant allows is {1}.', length, EMAIL_MAX);
  if (!isEmailShaped(trimmed)) return text('Enter a whole email address, such as name@example.com.');
  return undefined;
}

/** The first problem with the password, or undefined when it is fine. */
export function checkPassword(password: string): Text | undefined {
  if (password === '') return text('Enter your Losant password.');
  const length = characterCount(password);
  if (length < PASSWORD_MIN) return text('Losant passwords are at least {0} characters long.', PASSWORD_MIN);
  if (length > PASSWORD_MAX) return text('Losant passwords are at most {0} characters long.', PASSWORD_MAX);
  return undefined;
}

/** The code as Losant takes it: the digits without the spaces an app shows between them. */
export function normalizeTwoFactorCode(code: string): string {
  return code.replace(/[\s-]+/g, '');
}

/** The problem with a two-factor code, or undefined when it is fine; it is optional, so blank is fine. */
export function checkTwoFactorCode(code: string): Text | undefined {
  const normalized = normalizeTwoFactorCode(code);
  if (normalized === '' || TWO_FACTOR_SHAPE.test(normalized)) return undefined;
  return text('A two-factor code is the 6 digits your authenticator app shows for Losant.');
}
