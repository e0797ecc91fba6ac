// Hostile text from a server or a folder: it must show as typed and never become a link, an image,
// an icon or markup. Markdown is rendered with marked, the renderer VS Code itself uses.
import * as assert from 'node:assert/strict';
import { marked } from 'marked';
import { boundText, characterCount, escapeMarkdown, inertText } from '../../src/losant';

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

    it('drops bidirectional overrides that make text read differently from what it is', () => {
      assert.equal(escapeMarkdown('abc\u202edef'), 'abcdef');
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

    it('drops control and bidirectional characters but keeps line breaks', () => {
      assert.equal(inertText('a\u0007b\u202ec\nd'), 'a bc\nd');
    });
  });

  describe('lengths', () => {
    it('counts characters as Losant does, not UTF-16 units', () => {
      assert.equal(characterCount('🛰️'), 2); // satellite + variation selector
      assert.equal(characterCount('😀'.repeat(200)), 200);
      assert.equal('😀'.repeat(200).length, 400);
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
