// Hostile text from a server or a folder: it must show as typed and never become a link, an image,
// an icon or markup. Markdown is rendered with marked, the renderer VS Code itself uses.
import * as assert from 'node:assert/strict';
import { marked } from 'marked';
import { boundText, characterCount, escapeMarkdown, inertText, logEntry, maskToken } from '../../src/losant';

const HOSTILE = [
  '[Sign out](command:losant.signOut)',
  '[open](https://evil.example/phish "title")',
  '![pixel](https://evil.example/track.png)',
  'https://evil.example/autolink and www.evil.example',
  '<img src=x onerror=alert(1)> <a href="command:x">raw</a>',
  'id`](command:losant.signOut)` tail',
  '$(zap) icons $(alert~spin)',
  '**bold** _em_ # heading\n- list\n> quote\n\n    code block',
  '&lt;script&gt; &#91;x&#93;(command:y)',
  '[ref][1]\n\n[1]: command:losant.signOut',
  '<https://evil.example>',
];

/** What a reader sees, from marked's HTML: tags dropped, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('untrusted text', () => {
  describe('escapeMarkdown (tooltips)', () => {
    for (const hostile of HOSTILE) {
      it(`renders ${JSON.stringify(hostile.slice(0, 40))} as plain text, with no link, image or markup`, () => {
        const html = marked.parse(escapeMarkdown(hostile), { async: false, gfm: true });
        assert.doesNotMatch(html, /<(a|img|strong|em|h\d|ul|li|blockquote|pre|code|script)\b/i, html);
        assert.equal(visibleText(html), hostile.replace(/\s+/g, ' ').trim());
        // VS Code turns an unescaped $(name) into an icon; escaped, it stays text.
        assert.doesNotMatch(escapeMarkdown(hostile), /(^|[^\\])\$\(/);
      });
    }

    it('shows bidirectional overrides, zero-width and tag characters visibly, as rendered', () => {
      const html = marked.parse(escapeMarkdown('Invoice\u202egpj.exe \u200b \u{E0041}'), { async: false, gfm: true });
      assert.equal(html.trim(), '<p>Invoice⟨U+202E⟩gpj.exe ⟨U+200B⟩ ⟨U+E0041⟩</p>');
    });

    it("renders a name's $(icon) as text, not as VS Code's icon (a tooltip without theme icons)", () => {
      const html = marked.parse(escapeMarkdown('$(verified-filled) Official Losant org'), { async: false, gfm: true });
      assert.equal(html.trim(), '<p>$(verified-filled) Official Losant org</p>');
    });
  });

  describe('inertText (notifications and the status bar)', () => {
    // VS Code's notification renderer: `[label](href)` with href http(s), command: or file:.
    const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi;

    for (const hostile of HOSTILE) {
      it(`leaves no runnable link or icon in ${JSON.stringify(hostile.slice(0, 40))}`, () => {
        const shown = inertText(hostile);
        assert.doesNotMatch(shown, NOTIFICATION_LINK);
        assert.doesNotMatch(shown, /\$\(/);
      });
    }

    it('changes nothing in ordinary text', () => {
      const plain = 'Could not create the organization “Acme (EU) [pilot]”: organization.name is required.';
      assert.equal(inertText(plain), plain);
    });

    it('turns control characters into spaces, shows invisible ones, and keeps line breaks', () => {
      assert.equal(inertText('a\u0007b\u202ec\nd\u2066'), 'a b⟨U+202E⟩c\nd⟨U+2066⟩');
    });
  });

  describe('logEntry (the Losant log)', () => {
    it('keeps a server string on its one line: a quoted line break cannot forge an entry of its own', () => {
      const forged = 'abc\n2026-12-04 10:00:00.000 [info] Signed in to https://api.losant.com as Admin\r\nx';
      assert.equal(
        logEntry(`Created organization ${forged}.`),
        'Created organization abc\\n2026-12-04 10:00:00.000 [info] Signed in to https://api.losant.com as Admin\\nx.',
      );
      assert.ok(!/[\r\n]/.test(logEntry(forged)));
      assert.equal(logEntry('a\u0007b\u202ec\td'), 'a\\u0007b⟨U+202E⟩c\td');
    });

    it('bounds an entry, saying how much was left out', () => {
      const entry = logEntry(`Created organization ${'f'.repeat(100_000)}.`);
      assert.ok(entry.length < 2100, String(entry.length));
      assert.match(entry, /… \(98\d{3} more characters not logged\)$/);
    });
  });

  describe('maskToken (secrets a server echoes)', () => {
    const password = 'S3cret Pa55/word&"<x>';
    it('masks the secret as sent and as a server may echo it encoded', () => {
      for (const echoed of [
        password,
        encodeURIComponent(password),
        encodeURIComponent(password).replace(/%20/g, '+'),
        encodeURI(password),
        JSON.stringify(password).slice(1, -1),
        'S3cret Pa55/word&amp;&quot;&lt;x&gt;',
      ]) {
        const masked = maskToken(`Losant said: wrong password ${echoed} for demo`, password);
        assert.equal(masked, 'Losant said: wrong password *** for demo', echoed);
      }
    });

    it('masks the URL-encoded echo of the issue: S3cret%20Pa55%2Fword', () => {
      assert.equal(maskToken('bad password S3cret%20Pa55%2Fword', 'S3cret Pa55/word'), 'bad password ***');
    });
  });

  describe('lengths', () => {
    it('counts characters as Losant does, not UTF-16 units', () => {
      assert.equal(characterCount('🛰️'), 2); // satellite + variation selector
      assert.equal(characterCount('😀'.repeat(200)), 200);
      assert.equal('😀'.repeat(200).length, 400);
    });

    it('cuts between what a person sees as characters: never inside an emoji sequence or an accented letter', () => {
      const family = '👨‍👩‍👧'; // 5 code points, one grapheme
      const accented = 'e\u0301'; // e + combining acute
      for (const [text, max, expected] of [
        [`ab${family}cd`, 4, 'ab…'],
        [`ab${family}cd`, 8, `ab${family}…`],
        [`${accented.repeat(5)}`, 4, `${accented}…`],
      ] as const) {
        assert.equal(boundText(text, max), expected, text);
      }
      assert.equal(boundText(`${'x'.repeat(1_000_000)}🛰`, 10), `${'x'.repeat(9)}…`, 'a megabyte of text is cut quickly');
    });

    it('bounds long text with an ellipsis, never splitting a character', () => {
      assert.equal(boundText('short', 10), 'short');
      const long = '😀'.repeat(20);
      const bounded = boundText(long, 10);
      assert.equal(characterCount(bounded), 10);
      assert.ok(bounded.endsWith('…'));
      assert.ok(!/[\ud800-\udbff]…$/.test(bounded), 'a surrogate pair was split');
    });
  });
});
