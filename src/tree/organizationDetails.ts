// The leaves under an expanded organization: its figures from `summary`, its dates and its ID.
import * as vscode from 'vscode';
import type { ListedOrganization } from '../losant';
import type { DetailNode } from './nodes';

const numberFormat = new Intl.NumberFormat();

/** Summary counts worth showing, in the order Losant's own organization page lists them. */
const SUMMARY_FIELDS: readonly { key: string; label: () => string; icon: string }[] = [
  { key: 'appCount', label: () => vscode.l10n.t('Applications'), icon: 'layers' },
  { key: 'deviceCount', label: () => vscode.l10n.t('Devices'), icon: 'circuit-board' },
  { key: 'dashCount', label: () => vscode.l10n.t('Dashboards'), icon: 'dashboard' },
  { key: 'flowCount', label: () => vscode.l10n.t('Workflows'), icon: 'type-hierarchy-sub' },
  { key: 'dataTableCount', label: () => vscode.l10n.t('Data tables'), icon: 'table' },
  { key: 'experienceDomainCount', label: () => vscode.l10n.t('Experience domains'), icon: 'globe' },
  { key: 'notebookCount', label: () => vscode.l10n.t('Notebooks'), icon: 'notebook' },
  { key: 'webhookCount', label: () => vscode.l10n.t('Webhooks'), icon: 'plug' },
  { key: 'keyCount', label: () => vscode.l10n.t('Access keys'), icon: 'key' },
  { key: 'memberCount', label: () => vscode.l10n.t('Members'), icon: 'person' },
];

export function formatCount(n: number): string {
  return numberFormat.format(n);
}

/** Bytes in the largest unit that keeps the number at least 1 (1,024-based, as Losant shows it). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(undefined, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

export function formatDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

function payloadDetail(orgId: string, payload: Record<string, unknown>): DetailNode | undefined {
  const parts = Object.entries(payload).filter((e): e is [string, number] => typeof e[1] === 'number');
  if (parts.length === 0) return undefined;
  const total = typeof payload.total === 'number' ? payload.total : parts.reduce((s, [, v]) => s + v, 0);
  return {
    kind: 'detail',
    orgId,
    key: 'payloadCount',
    label: vscode.l10n.t('Payloads'),
    value: formatCount(total),
    icon: 'pulse',
    tooltip: parts.map(([k, v]) => `${k}: ${formatCount(v)}`).join('\n'),
  };
}

export function organizationDetails(org: ListedOrganization): DetailNode[] {
  const detail = (key: string, label: string, value: string, icon: string, tooltip?: string): DetailNode => ({
    kind: 'detail',
    orgId: org.id,
    key,
    label,
    value,
    icon,
    tooltip,
  });
  const out: DetailNode[] = [];
  const summary = org.summary ?? {};
  for (const f of SUMMARY_FIELDS) {
    const v = summary[f.key];
    if (typeof v === 'number') out.push(detail(f.key, f.label(), formatCount(v), f.icon));
  }
  if (summary.memberCount === undefined && org.members) out.push(detail('memberCount', vscode.l10n.t('Members'), formatCount(org.members.length), 'person'));
  const payload = summary.payloadCount;
  if (payload && typeof payload === 'object') {
    const node = payloadDetail(org.id, payload);
    if (node) out.push(node);
  }
  const storage = summary.storageStats;
  if (storage && typeof storage.size === 'number') {
    out.push(detail('storage', vscode.l10n.t('Data table storage'), formatBytes(storage.size), 'database'));
  }
  const created = formatDate(org.creationDate);
  if (created) out.push(detail('creationDate', vscode.l10n.t('Created'), created, 'calendar', org.creationDate));
  const updated = formatDate(org.lastUpdated);
  if (updated) out.push(detail('lastUpdated', vscode.l10n.t('Last updated'), updated, 'history', org.lastUpdated));
  out.push(detail('id', vscode.l10n.t('ID'), org.id, 'symbol-key'));
  return out;
}
