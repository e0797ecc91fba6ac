// The organizations of the (single) demo user, with sorted views cached per sort key so that
// listing 10,000 orgs page by page costs one sort per key, not one per request.
import { ORG_SORT_FIELDS, type Organization, type OrgSortField } from './organization';

export type SortDirection = 'asc' | 'desc';

type SortKey = string | number;

/** Dates sort by instant (unparsable ones first); the rest as text. */
function sortKey(org: Organization, field: OrgSortField): SortKey {
  const value = org[field];
  if (field === 'creationDate' || field === 'lastUpdated') {
    const time = Date.parse(String(value));
    return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
  }
  return typeof value === 'string' ? value : String(value ?? '');
}

function compare(a: SortKey, b: SortKey): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Names compare like a database collation of strength 2: case-insensitive but accent-aware,
// so "alpha" ties with "ALPHA" (then id decides) and "Äpfel" sits among the A's, not after Z.
const nameCollator = new Intl.Collator('en', { sensitivity: 'accent' });

export class OrgStore {
  /** The live array; tests may read it. Mutate through add/replaceAll so caches stay valid. */
  readonly organizations: Organization[] = [];
  private readonly sortedCache = new Map<string, readonly Organization[]>();
  private cachedLength = -1;

  add(org: Organization): void {
    this.organizations.push(org);
    this.invalidate();
  }

  /** Replaces the contents in place, so references to `organizations` stay live. */
  replaceAll(orgs: readonly Organization[]): void {
    this.organizations.length = 0;
    for (const org of orgs) this.organizations.push(org);
    this.invalidate();
  }

  /** The organization with this id (given in lower case; ids are hex, so compared in any case), or undefined. */
  byId(id: string): Organization | undefined {
    return this.organizations.find((org) => typeof org?.id === 'string' && org.id.toLowerCase() === id);
  }

  /** Removes the organization with this id; false when there is none. */
  remove(id: string): boolean {
    const org = this.byId(id);
    const index = org ? this.organizations.indexOf(org) : -1;
    if (index < 0) return false;
    this.organizations.splice(index, 1);
    this.invalidate();
    return true;
  }

  invalidate(): void {
    this.sortedCache.clear();
  }

  /**
   * Sorted by `field`, ties broken by id, so the order is total and pages never overlap.
   * `desc` is the exact reverse of `asc`.
   */
  sorted(field: OrgSortField, direction: SortDirection): readonly Organization[] {
    // A test that pushes straight into `organizations` still gets fresh results.
    if (this.cachedLength !== this.organizations.length) {
      this.invalidate();
      this.cachedLength = this.organizations.length;
    }
    const cacheKey = `${field}:${direction}`;
    let result = this.sortedCache.get(cacheKey);
    if (!result) {
      result = direction === 'asc' ? this.sortAscending(field) : [...this.sorted(field, 'asc')].reverse();
      this.sortedCache.set(cacheKey, result);
    }
    return result;
  }

  private sortAscending(field: OrgSortField): Organization[] {
    const decorated = this.organizations.map((org) => ({ org, key: sortKey(org, field), id: String(org.id ?? '') }));
    const byKey = field === 'name' ? (a: SortKey, b: SortKey) => nameCollator.compare(String(a), String(b)) : compare;
    decorated.sort((a, b) => byKey(a.key, b.key) || compare(a.id, b.id));
    return decorated.map((d) => d.org);
  }
}

export function isSortField(value: string): value is OrgSortField {
  return (ORG_SORT_FIELDS as readonly string[]).includes(value);
}
