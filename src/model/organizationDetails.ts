// The rows under an expanded organization: its figures from `summary`, its dates and its ID, each
// with its label, value, icon and (for payloads) tooltip, in the words `localize` gives them.
import { isPayloadType, payloadTotals, text, type ListedOrganization, type Localize, type PayloadType, type Text } from '../losant';

/** One figure or fact of an organization, as its row shows it. */
export interface OrganizationDetail {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  /** A codicon id. */
  readonly icon: string;
  readonly tooltip?: string;
}

const numberFormat = new Intl.NumberFormat();

/** Summary counts worth showing, in the order Losant's own organization page lists them. */
const SUMMARY_FIELDS: readonly { key: string; label: Text; icon: string }[] = [
  { key: 'appCount', label: text('Applications'), icon: 'layers' },
  { key: 'deviceCount', label: text('Devices'), icon: 'circuit-board' },
  { key: 'dashCount', label: text('Dashboards'), icon: 'dashboard' },
  { key: 'flowCount', label: text('Workflows'), icon: 'type-hierarchy-sub' },
  { key: 'dataTableCount', label: text('Data tables'), icon: 'table' },
  { key: 'experienceDomainCount', label: text('Experience domains'), icon: 'globe' },
  { key: 'notebookCount', label: text('Notebooks'), icon: 'notebook' },
  { key: 'webhookCount', label: text('Webhooks'), icon: 'plug' },
  { key: 'keyCount', label: text('Access keys'), icon: 'key' },
  { key: 'memberCount', label: text('Members'), icon: 'person' },
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

/** Human names for the payload types of Losant's payloadCounts.json (`endpoint` is an Experience endpoint). */
const PAYLOAD_TYPE_LABELS: Record<PayloadType, Text> = {
  mqttIn: text('MQTT in'),
  mqttOut: text('MQTT out'),
  dataTable: text('Data table'),
  deviceState: text('Device state'),
  deviceCommand: text('Device command'),
  webhook: text('Webhook'),
  timer: text('Timer'),
  event: text('Event'),
  virtualButton: text('Virtual button'),
  deviceConnect: text('Device connect'),
  deviceDisconnect: text('Device disconnect'),
  endpoint: text('Experience endpoint'),
  integration: text('Integration'),
};

/** Enough lines for every type Losant names today; a server sending hundreds gets cut short. */
const MAX_PAYLOAD_TYPES_SHOWN = 20;

// Losant's type names are short camelCase words; any other key is not shown as sent.
const TYPE_NAME = /^[A-Za-z][A-Za-z0-9]{0,63}$/;

/** A type this version does not know is shown by its name, when that is a plain word. */
function payloadTypeLabel(type: string, localize: Localize): string {
  if (isPayloadType(type)) return localize(PAYLOAD_TYPE_LABELS[type]);
  return TYPE_NAME.test(type) ? type : localize(text('Other payloads'));
}

/** The total over Losant's two-level payload counts; the tooltip breaks it down by payload type. */
function payloadDetail(payloadCount: unknown, localize: Localize): OrganizationDetail | undefined {
  const totals = payloadTotals(payloadCount);
  if (!totals) return undefined;
  const label = localize(text('Payloads'));
  const value = formatCount(totals.total);
  const lines = totals.byType.slice(0, MAX_PAYLOAD_TYPES_SHOWN).map((t) => `${payloadTypeLabel(t.type, localize)}: ${formatCount(t.count)}`);
  const hidden = totals.byType.length - lines.length;
  if (hidden > 0) lines.push(localize(text('…and {0} more payload types', formatCount(hidden))));
  return { key: 'payloadCount', label, value, icon: 'pulse', tooltip: [`${label}: ${value}`, ...lines].join('\n') };
}

export function organizationDetails(org: ListedOrganization, localize: Localize): OrganizationDetail[] {
  const detail = (key: string, label: Text, value: string, icon: string, tooltip?: string): OrganizationDetail => ({
    key,
    label: localize(label),
    value,
    icon,
    tooltip,
  });
  const out: OrganizationDetail[] = [];
  const summary = org.summary ?? {};
  for (const f of SUMMARY_FIELDS) {
    const v = summary[f.key];
    if (typeof v === 'number') out.push(detail(f.key, f.label, formatCount(v), f.icon));
  }
  if (summary.memberCount === undefined && org.members) out.push(detail('memberCount', text('Members'), formatCount(org.members.length), 'person'));
  const payload = payloadDetail(summary.payloadCount, localize);
  if (payload) out.push(payload);
  const storage = summary.storageStats;
  if (storage && typeof storage.size === 'number') {
    out.push(detail('storage', text('Data table storage'), formatBytes(storage.size), 'database'));
  }
  const created = formatDate(org.creationDate);
  if (created) out.push(detail('creationDate', text('Created'), created, 'calendar', org.creationDate));
  const updated = formatDate(org.lastUpdated);
  if (updated) out.push(detail('lastUpdated', text('Last updated'), updated, 'history', org.lastUpdated));
  out.push(detail('id', text('ID'), org.id, 'symbol-key'));
  return out;
}
