// Text that did not come from us (the server's messages, organizations' names, what a folder's
// settings say) is shown where VS Code renders Markdown, links or icons. These keep it inert and
// short, so a hostile string shows as typed and can neither run a command nor fill the screen.

/** The most characters of server text kept in a message (Losant's own messages are far shorter). */
const MAX_SERVER_TEXT = 500;

// Bidirectional overrides and isolates can make text read differently from what it is.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
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

/** At most `max` characters, with "…" in place of the rest; never splits a surrogate pair. */
export function boundText(text: string, max = MAX_SERVER_TEXT): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * For notifications and the status bar, which turn `[label](command:…)` into a runnable link and
 * `$(name)` into an icon: breaks both patterns with a space and drops invisible control and
 * bidirectional characters. Everything else shows as it was.
 */
export function inertText(text: string): string {
  return text
    .replace(BIDI_CONTROLS, '')
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
  return text
    .replace(BIDI_CONTROLS, '')
    .replace(/[!-/:-@[-`{-~]/g, '\\$&')
    .replace(/^[ \t]+/gm, (indent) => '&nbsp;'.repeat(indent.length));
}
