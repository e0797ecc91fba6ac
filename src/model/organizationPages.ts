// Paging through GET /orgs, for the view's listing and the agent's tools alike: what each page adds
// and whether another page can bring more. Lists shift between pages (an organization created or
// renamed meanwhile), so one seen before is not added again, and paging counts what the API sent.
import type { ListedOrganization, OrganizationsPage } from '../losant';

/** What one page brought. */
export interface PageStep {
  /** Its organizations not seen on an earlier page (nor earlier on this one). */
  readonly added: ListedOrganization[];
  /** How many match: the server's total, or what was received when the list shrank. */
  readonly totalCount: number;
  /** Another page can bring more. */
  readonly hasMore: boolean;
}

/** The bookkeeping of one paging, page after page. */
export class OrganizationPages {
  private readonly ids = new Set<string>();
  /** Items the API sent so far, unusable ones included: what paging counts. */
  private received = 0;
  /** Organizations the API sent without a usable id or name, so far. */
  skipped = 0;

  /** Counts a page in. */
  add(page: OrganizationsPage): PageStep {
    const sent = page.items.length + page.skipped.length;
    this.received += Math.max(page.count, sent);
    this.skipped += page.skipped.length;
    const added = page.items.filter((org) => this.remember(org.id));
    // An empty page (by what came or by its count) before the total was reached: the list shrank.
    const empty = sent === 0 || page.count === 0;
    const totalCount = empty ? Math.min(page.totalCount, this.received) : page.totalCount;
    return { added, totalCount, hasMore: this.received < totalCount };
  }

  /** Marks an organization as listed (one added outside the pages, too); false when it already was. */
  remember(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    return true;
  }
}
