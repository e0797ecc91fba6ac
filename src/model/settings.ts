// The extension's settings as plain values, with their defaults and bounds: what a hand-edited
// settings.json (the user's or an opened folder's) holds is untrusted, and is checked here once.
import { DEFAULT_API_URL, SORT_DIRECTIONS, SORT_FIELDS, type SortDirection, type SortField } from '../losant';

export interface LosantSettings {
  apiUrl: string;
  appUrl: string;
  sortField: SortField;
  sortDirection: SortDirection;
  pageSize: number;
  includePayloadCounts: boolean;
  timeoutMs: number;
}

function bounded(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;
}

/**
 * A URL setting as text. A hand-edited settings.json can hold a number or an object: that is kept
 * as its text, so the usual check calls it unusable and says so, rather than every read throwing.
 */
function urlSetting(value: unknown, fallback: string): string {
  if (typeof value === 'string') return value.trim() || fallback;
  return value === undefined || value === null ? fallback : (JSON.stringify(value) ?? String(value));
}

/** The settings from what VS Code holds under `losant.<key>` (undefined where nothing is set). */
export function settingsFrom(get: (key: string) => unknown): LosantSettings {
  const sortField = get('organizations.sortField');
  const sortDirection = get('organizations.sortDirection');
  return {
    apiUrl: urlSetting(get('apiUrl'), DEFAULT_API_URL),
    appUrl: urlSetting(get('appUrl'), ''),
    sortField: (SORT_FIELDS as readonly unknown[]).includes(sortField) ? (sortField as SortField) : 'name',
    sortDirection: (SORT_DIRECTIONS as readonly unknown[]).includes(sortDirection) ? (sortDirection as SortDirection) : 'asc',
    pageSize: bounded(get('organizations.pageSize'), 1, 1000, 100),
    includePayloadCounts: get('organizations.includePayloadCounts') === true,
    timeoutMs: bounded(get('requestTimeoutSeconds'), 1, 600, 30) * 1000,
  };
}
