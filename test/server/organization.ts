// The Organization shape this server stores and returns (contract: schema org.json). Every
// field is typed loosely enough that tests may store deliberately odd values via addOrganization.
import type { Member } from './users';

export interface StorageStats {
  count: number;
  size: number;
}

/**
 * Losant's payloadCounts.json: each payload type (mqttIn, deviceState, timer...) maps to counts
 * by source, e.g. `{"deviceState": {"flow.flow": 5215, "device.mqtt": 1244049}}`.
 */
export type PayloadCounts = Record<string, Record<string, number>>;

export interface OrgSummary {
  appCount: number;
  dashCount: number;
  deviceCount: number;
  flowCount: number;
  keyCount: number;
  memberCount: number;
  webhookCount: number;
  dataTableCount: number;
  experienceDomainCount: number;
  notebookCount: number;
  payloadCount: PayloadCounts;
  storageStats: StorageStats;
  notebookStats: { runCount: number; minutesUsed: number };
  [field: string]: unknown;
}

export interface Organization {
  id: string;
  orgId: string;
  name: string;
  description?: string;
  creationDate: string;
  lastUpdated: string;
  members: Member[];
  summary: OrgSummary;
  limits: Record<string, number>;
  planId: string;
  subscriptionStatus: string;
  isEnterprise: boolean;
  iconColor?: string;
  disabledAt: false | string;
  isReadOnly: boolean;
  mfaMode: string;
  banner?: { message: string; level: 'info' | 'warning' | 'critical' };
  _type: 'organization';
  _links: Record<string, { href: string }>;
  [extra: string]: unknown;
}

export const ORG_SORT_FIELDS = ['name', 'id', 'creationDate', 'lastUpdated'] as const;
export type OrgSortField = (typeof ORG_SORT_FIELDS)[number];
