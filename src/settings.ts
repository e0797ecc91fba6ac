// Reads the extension's settings with their defaults, in one place.
import * as vscode from 'vscode';
import { DEFAULT_API_URL, SORT_DIRECTIONS, SORT_FIELDS, type SortDirection, type SortField } from './losant';

export interface LosantSettings {
  apiUrl: string;
  sortField: SortField;
  sortDirection: SortDirection;
  timeoutMs: number;
}

export function readSettings(): LosantSettings {
  const c = vscode.workspace.getConfiguration('losant');
  const sortField = c.get<string>('organizations.sortField', 'name');
  const sortDirection = c.get<string>('organizations.sortDirection', 'asc');
  const seconds = c.get<number>('requestTimeoutSeconds', 30);
  return {
    apiUrl: c.get<string>('apiUrl', DEFAULT_API_URL) || DEFAULT_API_URL,
    // A hand-edited settings.json can hold anything: fall back to the defaults.
    sortField: (SORT_FIELDS as readonly string[]).includes(sortField) ? (sortField as SortField) : 'name',
    sortDirection: (SORT_DIRECTIONS as readonly string[]).includes(sortDirection) ? (sortDirection as SortDirection) : 'asc',
    timeoutMs: Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 600) * 1000 : 30_000,
  };
}
