// Reads the extension's settings with their defaults and bounds, in one place.
import * as vscode from 'vscode';
import { DEFAULT_API_URL, SORT_DIRECTIONS, SORT_FIELDS, type SortDirection, type SortField } from './losant';

export interface LosantSettings {
  apiUrl: string;
  appUrl: string;
  sortField: SortField;
  sortDirection: SortDirection;
  pageSize: number;
  includePayloadCounts: boolean;
  timeoutMs: number;
}

function bounded(value: number | undefined, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;
}

/**
 * A URL setting as text. A hand-edited settings.json (or a folder's) can hold a number or an
 * object: that is kept as its text, so the usual check calls it unusable and says so, rather than
 * every read throwing.
 */
function urlSetting(c: vscode.WorkspaceConfiguration, key: string, fallback: string): string {
  const value = c.get<unknown>(key, fallback);
  if (typeof value === 'string') return value.trim() || fallback;
  return value === undefined || value === null ? fallback : JSON.stringify(value) ?? String(value);
}

export function readSettings(): LosantSettings {
  const c = vscode.workspace.getConfiguration('losant');
  const sortField = c.get<string>('organizations.sortField', 'name');
  const sortDirection = c.get<string>('organizations.sortDirection', 'asc');
  return {
    apiUrl: urlSetting(c, 'apiUrl', DEFAULT_API_URL),
    appUrl: urlSetting(c, 'appUrl', ''),
    // A hand-edited settings.json can hold anything: fall back to the defaults.
    sortField: (SORT_FIELDS as readonly string[]).includes(sortField) ? (sortField as SortField) : 'name',
    sortDirection: (SORT_DIRECTIONS as readonly string[]).includes(sortDirection) ? (sortDirection as SortDirection) : 'asc',
    pageSize: bounded(c.get<number>('organizations.pageSize'), 1, 1000, 100),
    includePayloadCounts: c.get<boolean>('organizations.includePayloadCounts', false) === true,
    timeoutMs: bounded(c.get<number>('requestTimeoutSeconds'), 1, 600, 30) * 1000,
  };
}

/** Writes a setting where it is currently defined (workspace or user), so the write takes effect. */
export async function writeSetting(key: string, value: unknown): Promise<void> {
  const c = vscode.workspace.getConfiguration('losant');
  const inspected = c.inspect(key);
  const target =
    inspected?.workspaceFolderValue !== undefined
      ? vscode.ConfigurationTarget.WorkspaceFolder
      : inspected?.workspaceValue !== undefined
        ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
  await c.update(key, value, target);
}
