// Organizations as plain JSON data for a language model: what the tree and its details show, with
// every value from the server bounded and typed, and served as JSON so that a name or description
// stays quoted data and can never read as a sentence of the prompt.
import { boundText, DESCRIPTION_MAX, escapeInvisibleInJson, NAME_MAX, type ListedOrganization } from '../losant';

/** Descriptions in a list are cut to this; one organization's details carry the whole text. */
export const LIST_DESCRIPTION_MAX = 500;

// Keys of the summary's nested counts (e.g. payloadCount's "deviceState" → "device.mqtt"): short
// identifiers only, so that a key cannot carry prose.
const KEY = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const MAX_KEYS = 64;
const BANNER_MAX = 1000;

type Counts = { [key: string]: number | Counts };

export interface OrganizationData {
  id: string;
  name: string;
  description?: string;
  /** Set when the description was cut to LIST_DESCRIPTION_MAX characters. */
  descriptionTruncated?: true;
  creationDate?: string;
  lastUpdated?: string;
  /** Losant's `summary`: appCount, deviceCount, dashCount, flowCount, dataTableCount, memberCount, … and nested stats. */
  summary?: Counts;
  isReadOnly?: boolean;
  disabled: boolean;
  disabledAt?: string;
  isEnterprise?: boolean;
  banner?: { message: string; level?: string };
}

function cut(text: string, max: number): { text: string; cut: boolean } {
  const bounded = boundText(text, max);
  return { text: bounded, cut: bounded !== text };
}

function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** The numbers of an object, `depth` levels deep (summary → payloadCount → type → count by source). */
function countsOf(value: unknown, depth: number): Counts | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const out: Counts = {};
  let kept = 0;
  for (const [key, v] of Object.entries(value)) {
    if (kept >= MAX_KEYS) break;
    if (!KEY.test(key)) continue;
    const count = typeof v === 'number' && Number.isFinite(v) ? v : depth > 1 ? countsOf(v, depth - 1) : undefined;
    if (count === undefined || (typeof count === 'object' && Object.keys(count).length === 0)) continue;
    out[key] = count;
    kept++;
  }
  return out;
}

/** One organization as data; `descriptionMax` bounds the description (the full one by default). */
export function organizationData(org: ListedOrganization, descriptionMax = DESCRIPTION_MAX): OrganizationData {
  const data: OrganizationData = { id: cut(org.id, 64).text, name: cut(org.name, NAME_MAX).text, disabled: Boolean(org.disabledAt) };
  if (org.description) {
    const d = cut(org.description, descriptionMax);
    data.description = d.text;
    if (d.cut) data.descriptionTruncated = true;
  }
  const created = isoDate(org.creationDate);
  if (created) data.creationDate = created;
  const updated = isoDate(org.lastUpdated);
  if (updated) data.lastUpdated = updated;
  const summary = countsOf(org.summary, 3) ?? {};
  // The details view counts the members listed when the summary has no count.
  if (summary.memberCount === undefined && Array.isArray(org.members)) summary.memberCount = org.members.length;
  if (Object.keys(summary).length > 0) data.summary = summary;
  if (typeof org.isReadOnly === 'boolean') data.isReadOnly = org.isReadOnly;
  const disabledAt = isoDate(org.disabledAt);
  if (disabledAt) data.disabledAt = disabledAt;
  if (typeof org.isEnterprise === 'boolean') data.isEnterprise = org.isEnterprise;
  const banner = org.banner;
  if (banner && typeof banner.message === 'string' && banner.message) {
    data.banner = { message: cut(banner.message, BANNER_MAX).text };
    if (typeof banner.level === 'string' && KEY.test(banner.level)) data.banner.level = banner.level;
  }
  return data;
}

/**
 * A framing sentence, then the data as one line of JSON. `<`, `>` and `&` are written as \u
 * escapes (still the same JSON values) so that text from the server cannot pose as markup that
 * closes or opens a section of the prompt.
 */
export function dataText(framing: string, data: unknown): string {
  const json = escapeInvisibleInJson(JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  return `${framing}\n${json}`;
}
