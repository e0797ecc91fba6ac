// Paging through GET /orgs (src/model/organizationPages.ts), the one pager of the view's listing and
// the agent's tools, on pages written out here: what each page adds, and when paging ends.
import * as assert from 'node:assert/strict';
import type { ListedOrganization, OrganizationsPage } from '../../src/losant';
import { OrganizationPages } from '../../src/model/organizationPages';

const org = (n: number): ListedOrganization => ({ id: n.toString(16).padStart(24, '0'), name: `Org ${n}` });

/** A page of the given organizations; `count` and `skipped` as a server may send them. */
function page(numbers: number[], totalCount: number, extra: { count?: number; skipped?: string[] } = {}): OrganizationsPage {
  const skipped = extra.skipped ?? [];
  return { items: numbers.map(org), count: extra.count ?? numbers.length + skipped.length, totalCount, perPage: 3, page: 0, skipped, extra: 0 };
}

const ids = (orgs: readonly ListedOrganization[]): number[] => orgs.map((o) => parseInt(o.id, 16));

describe('OrganizationPages (paging through GET /orgs)', () => {
  it('adds page after page until the total is received, then offers no more', () => {
    const pages = new OrganizationPages();
    const first = pages.add(page([1, 2, 3], 5));
    assert.deepEqual([ids(first.added), first.totalCount, first.hasMore], [[1, 2, 3], 5, true]);
    const last = pages.add(page([4, 5], 5));
    assert.deepEqual([ids(last.added), last.totalCount, last.hasMore], [[4, 5], 5, false]);
  });

  it('never adds an organization twice: not one seen on an earlier page, nor one sent twice on a page', () => {
    const pages = new OrganizationPages();
    pages.add(page([1, 2, 3], 7));
    // The list shifted: 3 comes again at the top of the next page.
    const next = pages.add(page([3, 4, 4], 7));
    assert.deepEqual(ids(next.added), [4]);
    assert.equal(next.hasMore, true, 'what was sent counts, repeated or not: 6 of 7');
  });

  it('counts organizations sent without a usable id or name toward the total, and how many there were', () => {
    const pages = new OrganizationPages();
    const step = pages.add(page([1], 3, { skipped: ['an organization has no id', 'organization x has no name'] }));
    assert.deepEqual([ids(step.added), step.hasMore, pages.skipped], [[1], false, 2]);
  });

  it('ends at an empty page before the total (the list shrank), by what came or by its count', () => {
    for (const empty of [page([], 9), page([], 9, { count: 2 }), page([4], 9, { count: 0 })]) {
      const pages = new OrganizationPages();
      pages.add(page([1, 2, 3], 9));
      const step = pages.add(empty);
      assert.equal(step.hasMore, false, JSON.stringify(empty));
      assert.ok(step.totalCount < 9, 'the total is no more than what was received');
    }
  });

  it('remembers an organization added outside the pages, so a page does not add it again', () => {
    const pages = new OrganizationPages();
    assert.equal(pages.remember(org(2).id), true);
    assert.equal(pages.remember(org(2).id), false);
    assert.deepEqual(ids(pages.add(page([1, 2, 3], 3)).added), [1, 3]);
  });
});
