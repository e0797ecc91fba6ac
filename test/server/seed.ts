// Deterministic, realistic seed data: the same (count, seed) always yields the same
// organizations, so tests and screenshots are reproducible.
import { seededObjectId } from './objectId';
import type { Organization, OrgSummary, PayloadCounts } from './organization';
import { buildOrganization, limitsFor, type PlanId } from './orgFactory';
import { chance, createRandom, pick, randomInt, type Random } from './prng';
import { withAdministrator } from './seedMembership';
import { BANNERS, COMPANIES, DESCRIPTION_SENTENCES, DOMAINS, ICON_COLORS, SUFFIXES } from './seedWords';
import { COLLEAGUES, DEMO_USER, memberFor, type Member, type MemberRole } from './users';

export const DEFAULT_SEED = 42;

// Fixed dates (not "now") so that the data does not drift from run to run.
const FIRST_CREATION = Date.UTC(2016, 0, 1);
const LAST_UPDATE = Date.UTC(2025, 0, 1);

export function seedOrganizations(count: number, seed: number = DEFAULT_SEED): Organization[] {
  const rnd = createRandom(seed);
  const names = new Set<string>();
  const ids = new Set<string>();
  const orgs: Organization[] = [];
  for (let i = 0; i < count; i++) orgs.push(withAdministrator(seedOne(rnd, i, names, ids)));
  return orgs;
}

function seedOne(rnd: Random, index: number, names: Set<string>, ids: Set<string>): Organization {
  const created = new Date(FIRST_CREATION + Math.floor(rnd() * (LAST_UPDATE - FIRST_CREATION)));
  const updated = new Date(created.getTime() + Math.floor(rnd() * (LAST_UPDATE - created.getTime())));
  let id = seededObjectId(rnd, created);
  while (ids.has(id)) id = seededObjectId(rnd, created);
  ids.add(id);
  const planId = pick<PlanId>(rnd, ['sandbox', 'sandbox', 'developer', 'professional', 'professional', 'enterprise']);
  const members = seedMembers(rnd);
  // A few guaranteed special cases so that even a small seed shows them.
  const disabled = index === 4 || chance(rnd, 0.003);
  const partial: Record<string, unknown> = {
    id,
    name: uniqueName(rnd, names, index),
    creationDate: created.toISOString(),
    lastUpdated: updated.toISOString(),
    members,
    summary: seedSummary(rnd, planId, members.length),
    planId,
    subscriptionStatus: pick(rnd, ['active', 'active', 'active', 'active', 'active', 'active', 'trialing', 'past_due']),
    disabledAt: disabled ? new Date(updated.getTime() - 86_400_000).toISOString() : false,
    isReadOnly: disabled || index === 2 || chance(rnd, 0.005),
    mfaMode: pick(rnd, ['none', 'none', 'none', 'optional', 'required']),
  };
  const description = seedDescription(rnd);
  if (description !== undefined) partial.description = description;
  if (chance(rnd, 0.3)) partial.iconColor = pick(rnd, ICON_COLORS);
  if (chance(rnd, 0.06)) partial.banner = { ...pick(rnd, BANNERS) };
  return buildOrganization(partial, { id, now: created, creator: memberFor(DEMO_USER, 'admin') });
}

function uniqueName(rnd: Random, names: Set<string>, index: number): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    let name = `${pick(rnd, COMPANIES)} ${pick(rnd, DOMAINS)}`;
    if (chance(rnd, 0.5)) name += ` ${pick(rnd, SUFFIXES)}`;
    if (!names.has(name)) {
      names.add(name);
      return name;
    }
  }
  // Only reached once most combinations are taken (far beyond 10,000 orgs).
  const name = `${pick(rnd, COMPANIES)} ${pick(rnd, DOMAINS)} ${index}`;
  names.add(name);
  return name;
}

function seedDescription(rnd: Random): string | undefined {
  const r = rnd();
  if (r < 0.25) return undefined;
  if (r < 0.33) return '';
  if (r < 0.43) {
    const target = randomInt(rnd, 1500, 6000);
    let text = '';
    while (text.length < target) text += (text ? ' ' : '') + pick(rnd, DESCRIPTION_SENTENCES);
    return text;
  }
  const first = pick(rnd, DESCRIPTION_SENTENCES);
  return chance(rnd, 0.4) ? `${first} ${pick(rnd, DESCRIPTION_SENTENCES)}` : first;
}

function seedMembers(rnd: Random): Member[] {
  const demoRole = pick<MemberRole>(rnd, ['admin', 'admin', 'admin', 'edit', 'collaborate', 'view']);
  const members = [memberFor(DEMO_USER, demoRole)];
  const others = randomInt(rnd, 0, 5);
  const used = new Set<number>();
  while (used.size < others) used.add(randomInt(rnd, 0, COLLEAGUES.length - 1));
  for (const i of used) members.push(memberFor(COLLEAGUES[i], pick<MemberRole>(rnd, ['admin', 'edit', 'edit', 'collaborate', 'view', 'view', 'none'])));
  return members;
}

function seedSummary(rnd: Random, planId: PlanId, memberCount: number): OrgSummary {
  const limits = limitsFor(planId);
  const unused = chance(rnd, 0.1); // some organizations were created and never used
  const upTo = (max: number): number => (unused ? 0 : randomInt(rnd, 0, Math.max(0, Math.floor(max))));
  const appCount = upTo(Math.min(limits.application, 12));
  const deviceCount = appCount === 0 ? 0 : upTo(limits.device / 2);
  // The same draws as before the payload counts had Losant's two-level shape, so that every other
  // seeded value (names, ids, counts) stays as it was.
  const deviceStates = deviceCount * upTo(3000);
  const flowStates = upTo(50_000);
  const webhooks = upTo(20_000);
  const timers = upTo(500) * 40;
  const notebookCount = upTo(Math.min(limits.notebook, 6));
  const storageCount = upTo(400);
  return {
    appCount,
    dashCount: upTo(appCount * 4),
    deviceCount,
    flowCount: upTo(appCount * 8),
    keyCount: upTo(appCount * 3),
    memberCount,
    webhookCount: upTo(appCount * 2),
    dataTableCount: upTo(appCount),
    experienceDomainCount: upTo(limits.experiencedomain),
    notebookCount,
    payloadCount: payloadCounts(deviceCount, deviceStates, flowStates, webhooks, timers),
    storageStats: { count: storageCount, size: storageCount * upTo(5_000_000) },
    notebookStats: { runCount: upTo(notebookCount * 30), minutesUsed: upTo(notebookCount * 45) },
  };
}

/** Counts by payload type and source, with the source names of Losant's Payload Counts example. */
function payloadCounts(deviceCount: number, deviceStates: number, flowStates: number, webhooks: number, timers: number): PayloadCounts {
  const counts: PayloadCounts = {};
  const add = (type: string, source: string, n: number): void => {
    if (n > 0) (counts[type] ??= {})[source] = n;
  };
  add('deviceState', 'device.mqtt', deviceStates);
  add('deviceState', 'flow.flow', flowStates);
  add('mqttOut', 'device.mqtt', Math.floor(deviceStates / 10));
  add('webhook', 'public.rest', webhooks);
  add('timer', 'timer.flow', timers);
  // Devices that report state also connect and disconnect now and then.
  const reconnects = deviceStates > 0 ? deviceCount * 4 : 0;
  add('deviceConnect', 'device.mqtt', reconnects);
  add('deviceDisconnect', 'device.mqtt', reconnects);
  return counts;
}
