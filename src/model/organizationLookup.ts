// Finding one organization for the agent, by ID or by exact name. The contract has no GET of a
// single organization, so an ID is sought page by page (sorted by ID, so the search can stop once
// past it) and a name with the server's name filter, then compared exactly.
import {
  asLosantApiError,
  boundText,
  checkOrganizationName,
  exactNameFilter,
  membersOf,
  OBJECT_ID,
  render,
  text,
  type ListedOrganization,
  type LosantClient,
  type MemberRole,
  type OrgInvite,
  type Text,
} from '../losant';
import { collectOrganizations } from './toolListing';
import { organizationData } from './organizationData';
import { accessTo, type Requester } from './orgAccess';
import { orgPermissions } from './orgPermissions';
import { inputFields, NOT_AN_OBJECT, stringField } from './toolInput';

// Organizations whose names match a name filter: far more than any real list holds.
const NAME_MATCHES_MAX = 1000;
/** Members and invitations of one organization handed to the agent; the rest are counted. */
const PEOPLE_MAX = 200;
/** Matches whose invitations are read (names need not be unique, but a handful share one at most). */
const INVITATION_READS_MAX = 5;
const PERSON_TEXT_MAX = 200;

export type Lookup = { by: 'id'; id: string } | { by: 'name'; name: string };

export interface LookupResult {
  /** The organization with that ID, or every one with exactly that name (names need not be unique). */
  matches: ListedOrganization[];
  /** By name: organizations whose names differ from it only in case. */
  caseVariants: ListedOrganization[];
  /** Each match's pending invitations by organization id, when asked for: the invitations, or why they are not there. */
  invitations?: ReadonlyMap<string, Invitations>;
}

export type Invitations = { kind: 'read'; invites: OrgInvite[] } | { kind: 'unavailable'; reason: Text };

/**
 * The pending invitations of one organization, when the token may read them (org.pendingInvites)
 * and the user's role sees them; otherwise, or when Losant refuses, why they are not there.
 */
export async function invitationsOf(client: LosantClient, org: ListedOrganization, who: Requester, signal?: AbortSignal): Promise<Invitations> {
  const access = accessTo(org, who, 'pendingInvites');
  if (!access.ok && access.kind === 'scope') {
    return {
      kind: 'unavailable',
      reason: text(
        'Not included: the stored token lacks the scope {0}. The user can sign in again for it when Losant Explorer offers to, or set an API token that has it.',
        access.scope,
      ),
    };
  }
  const members = membersOf(org);
  if (who.userId !== undefined && members.length > 0 && !orgPermissions(members, who.userId).canSeeInvites) {
    return { kind: 'unavailable', reason: text('Not included: the user’s role in this organization does not show its invitations.') };
  }
  try {
    const { invites } = await client.listInvites(org.id, { signal });
    return { kind: 'read', invites: invites.filter((i) => i.hasExpired !== true) };
  } catch (e) {
    const error = asLosantApiError(e);
    if (error.kind === 'cancelled') throw error;
    return { kind: 'unavailable', reason: text('Not included: Losant did not list them ({0}).', JSON.stringify(boundText(render(error.text), 300))) };
  }
}

/** Checks the get tool's input: an ID (which wins when both are given) or an exact name. */
export function lookupRequest(input: unknown): { lookup: Lookup } | { problem: Text } {
  const fields = inputFields(input);
  if (!fields) return { problem: NOT_AN_OBJECT };
  const id = stringField(fields, 'id');
  if ('problem' in id) return id;
  if (id.value !== undefined) {
    const trimmed = id.value.trim();
    return OBJECT_ID.test(trimmed)
      ? { lookup: { by: 'id', id: trimmed.toLowerCase() } }
      : { problem: text('"id" must be a Losant organization ID: 24 hexadecimal characters.') };
  }
  const name = stringField(fields, 'name');
  if ('problem' in name) return name;
  if (name.value === undefined) return { problem: text('Give the "id" or the exact "name" of the organization.') };
  const problem = checkOrganizationName(name.value);
  return problem ? { problem } : { lookup: { by: 'name', name: name.value.trim() } };
}

/** `invitationsFor`: also read the matches' pending invitations as this user, with this token's scopes. */
export async function lookUpOrganization(
  client: LosantClient,
  lookup: Lookup,
  options: { perPage: number; summaryExclude?: string[]; signal?: AbortSignal; invitationsFor?: Requester },
): Promise<LookupResult> {
  const result = await findOrganization(client, lookup, options);
  const who = options.invitationsFor;
  if (!who) return result;
  const invitations = new Map<string, Invitations>();
  for (const org of result.matches.slice(0, INVITATION_READS_MAX)) invitations.set(org.id, await invitationsOf(client, org, who, options.signal));
  return { ...result, invitations };
}

async function findOrganization(
  client: LosantClient,
  lookup: Lookup,
  options: { perPage: number; summaryExclude?: string[]; signal?: AbortSignal },
): Promise<LookupResult> {
  if (lookup.by === 'id') {
    const found = (o: ListedOrganization): boolean => o.id.toLowerCase() === lookup.id;
    const { organizations } = await collectOrganizations(
      client,
      { sortField: 'id', sortDirection: 'asc', summaryExclude: options.summaryExclude },
      {
        limit: Number.POSITIVE_INFINITY,
        perPage: options.perPage,
        signal: options.signal,
        // Sorted by ID: once a page ends past the ID, no later page can hold it.
        done: (items) => items.some(found) || (items.length > 0 && items[items.length - 1].id.toLowerCase() > lookup.id),
      },
    );
    return { matches: organizations.filter(found), caseVariants: [] };
  }
  const { organizations } = await collectOrganizations(
    client,
    { sortField: 'name', sortDirection: 'asc', filter: exactNameFilter(lookup.name), summaryExclude: options.summaryExclude },
    { limit: NAME_MATCHES_MAX, perPage: options.perPage, signal: options.signal },
  );
  const lower = lookup.name.toLowerCase();
  return {
    matches: organizations.filter((o) => o.name === lookup.name),
    caseVariants: organizations.filter((o) => o.name !== lookup.name && o.name.toLowerCase() === lower),
  };
}

/** A member or an invitee as the agent is told of them. */
interface PersonData {
  name?: string;
  email?: string;
  role?: MemberRole;
  /** An invitation's date (ISO 8601). */
  invited?: string;
}

function people<T>(list: readonly T[], data: (item: T) => PersonData): { shown: PersonData[]; notShown?: number } {
  const shown = list.slice(0, PEOPLE_MAX).map(data);
  return list.length > PEOPLE_MAX ? { shown, notShown: list.length - PEOPLE_MAX } : { shown };
}

function bounded(value: string | undefined): string | undefined {
  return value === undefined ? undefined : boundText(value, PERSON_TEXT_MAX);
}

/** One match with its members (name, email, role) and, when read, its pending invitations (email, role, date). */
function matchData(org: ListedOrganization, invitations: Invitations | undefined, localize: (t: Text) => string): Record<string, unknown> {
  const data: Record<string, unknown> = { ...organizationData(org) };
  const members = people(membersOf(org), (m) => {
    const name = [m.firstName, m.lastName].filter(Boolean).join(' ');
    return { ...(name ? { name: bounded(name) } : {}), ...(m.email ? { email: bounded(m.email) } : {}), ...(m.role ? { role: m.role } : {}) };
  });
  data.members = members.shown;
  if (members.notShown) data.membersNotShown = members.notShown;
  if (invitations?.kind === 'read') {
    const pending = people(invitations.invites, (i) => ({
      email: bounded(i.email),
      ...(i.role ? { role: i.role } : {}),
      ...(i.inviteDate ? { invited: i.inviteDate } : {}),
    }));
    data.pendingInvitations = pending.shown;
    if (pending.notShown) data.pendingInvitationsNotShown = pending.notShown;
  } else if (invitations) {
    data.pendingInvitations = localize(invitations.reason);
  }
  return data;
}

/** The get tool's answer as data: every match in full (members and pending invitations included), and by name the near misses by ID and name. */
export function lookupData(lookup: Lookup, result: LookupResult, localize: (t: Text) => string = render): Record<string, unknown> {
  const data: Record<string, unknown> = { [lookup.by]: lookup.by === 'id' ? lookup.id : lookup.name, found: result.matches.length };
  data.organizations = result.matches.map((o) => matchData(o, result.invitations?.get(o.id), localize));
  if (result.caseVariants.length > 0) data.namesDifferingOnlyInCase = result.caseVariants.map((o) => ({ id: o.id, name: o.name }));
  return data;
}
