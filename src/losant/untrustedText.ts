// Text that did not come from us (the server's messages, organizations' names, what a folder's
// settings say) is shown where VS Code renders Markdown, links or icons. These keep it inert and
// short, so a hostile string shows as typed and can neither run a command nor fill the screen.

/** The most characters of server text kept in a message (Losant's own messages are far shorter). */
const MAX_SERVER_TEXT = 500;

// Characters that show nothing yet change how text reads or what it carries: bidirectional marks,
// overrides and isolates, zero-width spaces and invisible operators, the byte-order mark, and tag
// characters (U+E0000–E007F, which a language model reads and a person cannot see). Zero-width
// joiners and non-joiners are left alone: emoji sequences and several scripts need them.
const INVISIBLE = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|\udb40[\udc00-\udc7f]/g;

/** The code points of the invisible characters in text, as U+XXXX, each once. */
export function invisibleCharacters(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(INVISIBLE), (m) => codePointName(m[0])))];
}

function codePointName(c: string): string {
  return `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Shows each invisible character as ⟨U+XXXX⟩, so text reads as what it is. */
export function revealInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `⟨${codePointName(c)}⟩`);
}

/** For JSON handed to a language model: each invisible character as a \uXXXX escape, seen, not hidden. */
export function escapeInvisibleInJson(json: string): string {
  return json.replace(INVISIBLE, (c) => Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));
}
// C0 and C1 control characters except tab and line breaks.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Length in characters (code points), as Losant's JSON schemas count it, not UTF-16 units. */
export function characterCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    n++;
  }
  return n;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The graphemes (what a person sees as one character: an emoji with its modifiers, a letter with
 * its accents) that fit in `max` characters, counted as Losant counts them; `fromEnd` takes them
 * from the end.
 */
function fitting(text: string, max: number, fromEnd = false): string {
  // Only the part that can be kept is segmented (segmenting is slow, and a server's text can be
  // megabytes): 2 units a character at most, and more beyond it, for the boundary to be seen.
  const window = 2 * max + 64;
  const near = fromEnd ? text.slice(Math.max(0, text.length - window)) : text.slice(0, window);
  const parts = Array.from(graphemes.segment(near), (s) => s.segment);
  if (fromEnd) parts.reverse();
  const kept: string[] = [];
  let count = 0;
  for (const part of parts) {
    const n = characterCount(part);
    if (count + n > max) break;
    kept.push(part);
    count += n;
  }
  if (fromEnd) kept.reverse();
  return kept.join('');
}

/**
 * At most `max` characters, with "…" in place of the rest. The one way text is cut for display:
 * it never splits a character, nor an emoji or accented letter made of several.
 */
export function boundText(text: string, max = MAX_SERVER_TEXT): string {
  if (text.length <= max || characterCount(text) <= max) return text;
  return `${fitting(text, max - 1)}…`;
}

/**
 * At most `max` characters, keeping the end: "…" in place of the start. For hosts, whose right end
 * (the registrable domain) is what tells one from another: `api.losant.com.attacker.example` cut
 * from the right would read as Losant's.
 */
export function boundTextKeepingEnd(text: string, max: number): string {
  if (text.length <= max || characterCount(text) <= max) return text;
  return `…${fitting(text, max - 1, true)}`;
}

/** The most characters of one log entry. */
const MAX_LOG_ENTRY = 2000;

/**
 * One log entry, whatever it quotes: line breaks and other control characters written as escapes
 * (`\n`), bidirectional controls dropped, and bounded, so that text from the server can neither
 * forge a line of its own (`[info] Signed in …`) nor bury the log.
 */
export function logEntry(text: string, max = MAX_LOG_ENTRY): string {
  const escaped = revealInvisible(text)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (escaped.length <= max) return escaped;
  return `${boundText(escaped, max)} (${escaped.length - max} more characters not logged)`;
}

/**
 * For notifications, modal questions and the status bar, which turn `[label](command:…)` into a
 * runnable link and `$(name)` into an icon: breaks both patterns with a space, turns control
 * characters into spaces and shows invisible ones (⟨U+202E⟩). Everything else shows as it was.
 */
export function inertText(text: string): string {
  return revealInvisible(text)
    .replace(CONTROLS, ' ')
    .replace(/\]\s*\(/g, '] (')
    .replace(/\$\(/g, '$ (');
}

/**
 * For a MarkdownString: every ASCII punctuation character is backslash-escaped (CommonMark allows
 * it for all of them), so no link, image, autolink, HTML, code span or `$(icon)` can form; indents
 * become non-breaking spaces, so no code block can either.
 */
export function escapeMarkdown(text: string): string {
  return revealInvisible(text)
    .replace(/[!-/:-@[-`{-~]/g, '\\$&')
    .replace(/^[ \t]+/gm, (indent) => '&nbsp;'.repeat(indent.length));
}
