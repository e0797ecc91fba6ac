// Checks of what a user types for a new organization, matching orgPost.json's limits, so that a
// mistake is caught while typing and never costs a request.

import { text, type Text } from './text';
import { characterCount, invisibleCharacters } from './untrustedText';

export const NAME_MAX = 255;
export const DESCRIPTION_MAX = 32767;

// C0 and C1 control characters (tab and line breaks included): invisible in the tree and the web app.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Returns a message describing the first problem with the name, or undefined when it is fine. */
export function checkOrganizationName(name: string): Text | undefined {
  const trimmed = name.trim();
  if (trimmed.length === 0) return text('Enter a name for the organization.');
  // Counted in characters, as Losant's schema counts them: an emoji is one, not two.
  const length = characterCount(trimmed);
  if (length > NAME_MAX) return text('The name is {0} characters long; the most Losant allows is {1}.', length, NAME_MAX);
  if (CONTROL.test(trimmed)) return text('The name must not contain control characters such as tabs or line breaks.');
  // Losant accepts them; refused here because the name would read differently from what it is
  // (U+202E turns "Invoice‮gpj.exe" into "Invoiceexe.jpg"), or carry text no one sees.
  const invisible = invisibleCharacters(trimmed);
  if (invisible.length > 0) {
    return text(
      'The name contains characters that do not show but change how it reads ({0}). Remove them: type the name again rather than pasting it.',
      invisible.join(', '),
    );
  }
  return undefined;
}

/** Returns a message describing the problem with the description, or undefined when it is fine. */
export function checkOrganizationDescription(description: string): Text | undefined {
  const length = characterCount(description);
  if (length > DESCRIPTION_MAX) return text('The description is {0} characters long; the most Losant allows is {1}.', length, DESCRIPTION_MAX);
  return undefined;
}

/**
 * A problem with a name filter (a glob over organization names), or undefined when it is usable:
 * anything longer than a name, or holding a character no name holds, could match nothing.
 */
export function checkNameFilter(filter: string): Text | undefined {
  if (characterCount(filter) > NAME_MAX) return text('A filter longer than a name ({0} characters) cannot match anything.', NAME_MAX);
  if (CONTROL.test(filter)) return text('The filter must not contain control characters.');
  return undefined;
}

/**
 * A filter that matches the exact name (and case variants of it): `?` matches any one character,
 * itself included, so glob characters in the name stay harmless.
 */
export function exactNameFilter(name: string): string {
  return name.replace(/[*?]/g, '?');
}

/** Trims a pasted token of spaces, quotes and line breaks around it; undefined when nothing usable is left. */
export function cleanToken(raw: string): string | undefined {
  const t = raw
    .trim()
    .replace(/^(?:Bearer\s+)/i, '')
    .replace(/^["'`]+|["'`]+$/g, '')
    .trim();
  return t.length ? t : undefined;
}

/** A message when the cleaned token still cannot be a token (spaces or control characters inside). */
export function checkToken(token: string | undefined): Text | undefined {
  if (!token) return text('Paste a Losant user API token.');
  if (/\s/.test(token) || CONTROL.test(token)) return text('The token contains spaces or line breaks inside it; paste the token alone.');
  return undefined;
}
