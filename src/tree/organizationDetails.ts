// The leaves under an expanded organization: its figures from `summary`, its dates and its ID.
import * as vscode from 'vscode';
import { isPayloadType, payloadTotals, type ListedOrganization, type PayloadType } from '../losant';
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
function formatBytes(bytes: number): string {
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

/** Human names for the payload types of Losant's payloadCounts.json (`endpoint` is an Experience endpoint), localized where shown. */
const PAYLOAD_TYPE_LABELS: Record<PayloadType, string> = {
  mqttIn: 'MQTT in',
  mqttOut: 'MQTT out',
  dataTable: 'Data table',
  deviceState: 'Device state',
  deviceCommand: 'Device command',
  webhook: 'Webhook',
  timer: 'Timer',
  event: 'Event',
  virtualButton: 'Virtual button',
  deviceConnect: 'Device connect',
  deviceDisconnect: 'Device disconnect',
  endpoint: 'Experience endpoint',
  integration: 'Integration',
};

/** Enough lines for every type Losant names today; a server sending hundreds gets cut short. */
const MAX_PAYLOAD_TYPES_SHOWN = 20;

// Losant's type names are short camelCase words; any other key is not shown as sent.
const TYPE_NAME = /^[A-Za-z][A-Za-z0-9]{0,63}$/;

/** A type this version does not know is shown by its name, when that is a plain word. */
function payloadTypeLabel(type: string): string {
  if (isPayloadType(type)) return vscode.l10n.t(PAYLOAD_TYPE_LABELS[type]);
  return TYPE_NAME.test(type) ? type : vscode.l10n.t('Other payloads');
}

/** The total over Losant's two-level payload counts; the tooltip breaks it down by payload type. */
function payloadDetail(orgId: string, payloadCount: unknown): DetailNode | undefined {
  const totals = payloadTotals(payloadCount);
  if (!totals) return undefined;
  const label = vscode.l10n.t('Payloads');
  const value = formatCount(totals.total);
  const lines = totals.byType.slice(0, MAX_PAYLOAD_TYPES_SHOWN).map((t) => `${payloadTypeLabel(t.type)}: ${formatCount(t.count)}`);
  const hidden = totals.byType.length - lines.length;
  if (hidden > 0) lines.push(vscode.l10n.t('…and {0} more payload types', formatCount(hidden)));
  return { kind: 'detail', orgId, key: 'payloadCount', label, value, icon: 'pulse', tooltip: [`${label}: ${value}`, ...lines].join('\n') };
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
  const payload = payloadDetail(org.id, summary.payloadCount);
  if (payload) out.push(payload);
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
