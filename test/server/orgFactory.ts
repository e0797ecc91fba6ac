// Builds complete Organization objects from partial data: used by the seed, by POST /orgs and
// by the addOrganization test helper, so all three produce the same shape.
import type { Organization, OrgSummary } from './organization';
import type { Member } from './users';

export const PLAN_IDS = ['sandbox', 'developer', 'professional', 'enterprise'] as const;
export type PlanId = (typeof PLAN_IDS)[number];

// Keys as Losant's org.json names them under `limits` (application, device, datatable...).
const PLAN_LIMITS: Record<PlanId, Record<string, number>> = {
  sandbox: {
    application: 3,
    dashboard: 10,
    device: 10,
    flow: 20,
    member: 1,
    payload: 1_000_000,
    webhook: 5,
    datatable: 2,
    notebook: 1,
    notebookMinutesPerMonth: 30,
    experiencedomain: 0,
  },
  developer: {
    application: 10,
    dashboard: 50,
    device: 250,
    flow: 100,
    member: 5,
    payload: 10_000_000,
    webhook: 25,
    datatable: 10,
    notebook: 5,
    notebookMinutesPerMonth: 300,
    experiencedomain: 1,
  },
  professional: {
    application: 50,
    dashboard: 250,
    device: 5_000,
    flow: 500,
    member: 50,
    payload: 100_000_000,
    webhook: 100,
    datatable: 50,
    notebook: 25,
    notebookMinutesPerMonth: 3_000,
    experiencedomain: 5,
  },
  enterprise: {
    application: 500,
    dashboard: 2_500,
    device: 100_000,
    flow: 5_000,
    member: 500,
    payload: 1_000_000_000,
    webhook: 1_000,
    datatable: 500,
    notebook: 250,
    notebookMinutesPerMonth: 30_000,
    experiencedomain: 50,
  },
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
    payloadCount: {}, // no payloads yet: Losant lists only the payload types that occurred
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
