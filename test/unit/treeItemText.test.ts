// What each row of the Organizations tree says: label, description and tooltip, as a person reads
// them (tooltips rendered from their Markdown as VS Code renders it, with marked), on Losant's
// documented organization and on the rows around the organizations.
import * as assert from 'node:assert/strict';
import { marked } from 'marked';
import { LosantApiError, render, type ListedOrganization } from '../../src/losant';
import { parseOrganizationsPage } from '../../src/losant/parseOrganizations';
import { organizationDetails } from '../../src/model/organizationDetails';
import { creatingRowText, detailRowText, errorRowText, loadMoreRowText, organizationRowText, organizationTooltipMarkdown } from '../../src/model/treeItemText';
import orgExample from '../fixtures/losant/org.json';

const example: ListedOrganization = parseOrganizationsPage({ items: [orgExample], count: 1, totalCount: 1 }).items[0];
const n = (count: number) => new Intl.NumberFormat().format(count);

/** The HTML VS Code's hover makes of a Markdown tooltip (no theme icons: `$(x)` stays text). */
const html = (markdown: string): string => marked.parse(markdown, { async: false, gfm: true });

/** The tooltip's paragraphs as a person reads them. */
function paragraphs(markdown: string): string[] {
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };
  return [...html(markdown).matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1].replace(/<[^>]+>/g, '').replace(/&[#\w]+;/g, (e) => entities[e] ?? e));
}

describe('the rows of the Organizations tree', () => {
  describe('an organization', () => {
    it("Losant's documented organization: its name, the first line of its description beside it, both for screen readers", () => {
      assert.deepEqual(organizationRowText(example, render), {
        label: 'My Organization',
        description: 'My organization description',
        accessibilityLabel: 'My Organization, My organization description',
      });
    });

    it('disabled and read-only ones say so beside the description', () => {
      const text = organizationRowText({ ...example, disabledAt: '2024-02-01T00:00:00.000Z', isReadOnly: true }, render);
      assert.equal(text.description, 'My organization description (disabled, read-only)');
      assert.equal(text.accessibilityLabel, 'My Organization, My organization description, disabled, read-only');
      assert.equal(organizationRowText({ ...example, description: undefined, isReadOnly: true }, render).description, '(read-only)');
    });

    it('a long or several-line description: its first line, cut at 60 characters', () => {
      const description = `${'Cold chain monitoring for forty stores across the north-west region'}\nSecond line`;
      const shown = organizationRowText({ ...example, description }, render).description;
      assert.equal(shown, 'Cold chain monitoring for forty stores across the north-wes…');
      assert.equal([...shown].length, 60);
    });

    it('characters that do not show are shown by name, in the name and the description', () => {
      const text = organizationRowText({ ...example, name: 'Invoice\u202egpj.exe', description: 'zero\u200bwidth' }, render);
      assert.deepEqual([text.label, text.description], ['Invoice⟨U+202E⟩gpj.exe', 'zero⟨U+200B⟩width']);
    });

    it("the tooltip of Losant's documented organization: name in bold, description, ID, dates in the person's locale, members", () => {
      const markdown = organizationTooltipMarkdown(example, render);
      const date = new Date('2016-06-13T04:00:00.000Z').toLocaleString();
      assert.deepEqual(paragraphs(markdown), [
        'My Organization',
        'My organization description',
        'ID: 575ed6e87ae143cd83dc4aa8',
        `Created: ${date}`,
        `Last updated: ${date}`,
        'Members: 2',
      ]);
      assert.match(html(markdown), /^<p><strong>My Organization<\/strong><\/p>/);
    });

    it('the tooltip says what is unknown, marks disabled and read-only, and shows a banner', () => {
      const bare: ListedOrganization = {
        id: '5f0c1e2d3a4b5c6d7e8f9a0b',
        name: 'Bare',
        isReadOnly: true,
        disabledAt: '2024-02-01T00:00:00.000Z',
        banner: { message: 'Maintenance on Sunday' },
      };
      assert.deepEqual(paragraphs(organizationTooltipMarkdown(bare, render)), [
        'Bare (disabled, read-only)',
        'No description',
        'ID: 5f0c1e2d3a4b5c6d7e8f9a0b',
        'Created: unknown',
        'Last updated: unknown',
        'Members: unknown',
        'Banner: Maintenance on Sunday',
      ]);
      const withCount = organizationTooltipMarkdown({ ...example, summary: { memberCount: 1234 } }, render);
      assert.ok(paragraphs(withCount).includes(`Members: ${n(1234)}`), "the summary's count before the members listed");
    });

    it('the tooltip shows server text as text: no link, no markup, no line that was not there', () => {
      const name = '[Sign out](command:losant.signOut) **now**';
      const description = '<img src=x onerror=alert(1)>\n# Heading\n- item';
      const rendered = html(organizationTooltipMarkdown({ ...example, name, description }, render));
      assert.doesNotMatch(rendered, /<a |<img|<h1|<li|<strong>now/);
      const [first, second] = paragraphs(organizationTooltipMarkdown({ ...example, name, description }, render));
      assert.equal(first, name);
      assert.equal(second.replace(/\s+/g, ' '), description.replace(/\s+/g, ' '));
    });
  });

  it('a detail: its label, its value beside it, both on hover (the payloads row its breakdown)', () => {
    const [apps] = organizationDetails(example, render);
    assert.deepEqual(detailRowText(apps), { label: 'Applications', description: '2', tooltip: 'Applications: 2' });
    assert.equal(
      detailRowText({ key: 'payloadCount', label: 'Payloads', value: '5', icon: 'pulse', tooltip: 'Payloads: 5\nTimer: 5' }).tooltip,
      'Payloads: 5\nTimer: 5',
    );
  });

  it('Load more: how many of how many are loaded', () => {
    assert.deepEqual(loadMoreRowText(100, 1234, render), { label: `Load more… (100 of ${n(1234)})`, commandTitle: 'Load More' });
  });

  it('a failed load: what failed, why beside it, and on hover why and that a click tries again', () => {
    const error = new LosantApiError({ kind: 'server', status: 500, message: 'Internal error [x](command:losant.signOut)' });
    const first = errorRowText(error, 'refresh', render);
    assert.deepEqual(
      [first.label, first.description, first.commandTitle],
      ['Could not load organizations', 'Internal error [x](command:losant.signOut)', 'Try Again'],
    );
    assert.deepEqual(paragraphs(first.tooltip), ['Internal error [x](command:losant.signOut)', 'Click to try again.']);
    assert.doesNotMatch(html(first.tooltip), /<a /);
    assert.equal(errorRowText(error, 'loadMore', render).label, 'Could not load more organizations');
  });

  it('an organization being created: its name, "Creating…" beside it', () => {
    assert.deepEqual(creatingRowText('Riverside Water Treatment', render), { label: 'Riverside Water Treatment', description: 'Creating…' });
  });
});
