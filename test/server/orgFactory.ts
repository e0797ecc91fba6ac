// Builds complete Organization objects from partial data: used by the seed, by POST /orgs and
// by the addOrganization test helper, so all three produce the same shape.
import type { Organization, OrgSummary } from './organization';
import type { Member } from './users';

export const PLAN_IDS = ['sandbox', 'developer', 'professional', 'enterprise'] as const;
export type PlanId = (typeof PLAN_IDS)[number];

const PLAN_LIMITS: Record<PlanId, Record<string, number>> = {
  sandbox: { apps: 3, dashboards: 10, devices: 10, flows: 20, members: 1, payloads: 1_000_000, webhooks: 5, dataTables: 2, notebooks: 1, notebookMinutesPerMonth: 30, experienceDomains: 0, storageSize: 1_073_741_824 },
  developer: { apps: 10, dashboards: 50, devices: 250, flows: 100, members: 5, payloads: 10_000_000, webhooks: 25, dataTables: 10, notebooks: 5, notebookMinutesPerMonth: 300, experienceDomains: 1, storageSize: 10_737_418_240 },
  professional: { apps: 50, dashboards: 250, devices: 5_000, flows: 500, members: 50, payloads: 100_000_000, webhooks: 100, dataTables: 50, notebooks: 25, notebookMinutesPerMonth: 3_000, experienceDomains: 5, storageSize: 107_374_182_400 },
  enterprise: { apps: 500, dashboards: 2_500, devices: 100_000, flows: 5_000, members: 500, payloads: 1_000_000_000, webhooks: 1_000, dataTables: 500, notebooks: 250, notebookMinutesPerMonth: 30_000, experienceDomains: 50, storageSize: 1_099_511_627_776 },
};

export function limitsFor(planId: string): Record<string, number> {
  return { ...(PLAN_LIMITS[planId as PlanId] ?? PLAN_LIMITS.sandbox) };
}

export function emptySummary(memberCount: number): OrgSummary {
  return {
    appCount: 0,
    dashCount: 0,
    deviceCount: 0,
    flowCount: 0,
    keyCount: 0,
    memberCount,
    webhookCount: 0,
    dataTableCount: 0,
    experienceDomainCount: 0,
    notebookCount: 0,
    payloadCount: { total: 0, mqttIn: 0, mqttOut: 0, restIn: 0, webhook: 0, notebook: 0 },
    storageStats: { count: 0, size: 0 },
    notebookStats: { runCount: 0, minutesUsed: 0 },
  };
}

export function orgLinks(id: string): Organization['_links'] {
  return { self: { href: `/orgs/${id}` }, organizations: { href: '/orgs' } };
}

export interface OrgDefaults {
  id: string;
  now: Date;
  creator: Member;
}

/**
 * Fills every field the contract lists; fields in `partial` win (even odd ones, so tests can
 * store unusual data), except that `orgId` always equals `id` and `_links` follow the id.
 */
export function buildOrganization(partial: Record<string, unknown>, defaults: OrgDefaults): Organization {
  const id = typeof partial.id === 'string' ? partial.id : typeof partial.orgId === 'string' ? partial.orgId : defaults.id;
  const members = Array.isArray(partial.members) ? (partial.members as Member[]) : [{ ...defaults.creator, role: 'admin' as const }];
  const planId = typeof partial.planId === 'string' ? partial.planId : 'sandbox';
  const creationDate = typeof partial.creationDate === 'string' ? partial.creationDate : defaults.now.toISOString();
  const summaryPatch = typeof partial.summary === 'object' && partial.summary !== null ? partial.summary : {};
  const org = {
    id,
    orgId: id,
    name: 'New Organization',
    creationDate,
    lastUpdated: creationDate,
    members,
    limits: limitsFor(planId),
    planId,
    subscriptionStatus: 'active',
    isEnterprise: planId === 'enterprise',
    disabledAt: false,
    isReadOnly: false,
    mfaMode: 'none',
    _type: 'organization',
  };
  // Assigning over the defaults keeps the readable key order (id first) while partial wins.
  return Object.assign(org, partial, {
    id,
    orgId: id,
    summary: { ...emptySummary(members.length), ...summaryPatch },
    _links: orgLinks(id),
  }) as Organization;
}
