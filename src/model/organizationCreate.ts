// Creating an organization, shared by the Create Organization command and the agent's tool: the
// same checks, one POST /orgs (never retried blindly), and when its answer is lost, a look at the
// API to learn whether it was created, so that nothing is created twice.
import {
  asLosantApiError,
  checkOrganizationDescription,
  checkOrganizationName,
  exactNameFilter,
  type LosantApiError,
  type ListedOrganization,
  type LosantClient,
  type OrganizationPost,
  type Text,
} from '../losant';
import { inputFields, NOT_AN_OBJECT, stringField } from './toolInput';

// Server and local clocks may disagree; an organization this much older than the request is not ours.
const CLOCK_SKEW_MS = 5 * 60_000;

export interface OrganizationValues {
  name: string;
  description: string;
}

export type CreateOutcome =
  | { kind: 'created' | 'createdDespiteLostAnswer'; org: ListedOrganization }
  | { kind: 'refused' | 'notCreatedAfterLostAnswer'; reason: string; error: LosantApiError }
  | { kind: 'unknown' };

export interface CreateOptions {
  /** The sentence for an API error (the extension localizes it). */
  describe: (e: LosantApiError) => string;
  /** Wraps the single POST, e.g. in a progress notification. */
  sending?: <T>(post: () => Promise<T>) => PromiseLike<T>;
  /** Told when the answer was lost, before the API is asked whether the organization exists. */
  onLostAnswer?: (reason: string) => void;
}

/** The body of POST /orgs for what was typed, or the first problem with it (then nothing may be sent). */
export function organizationPost(values: OrganizationValues): { body: OrganizationPost } | { problem: Text } {
  const problem = checkOrganizationName(values.name) ?? checkOrganizationDescription(values.description);
  if (problem) return { problem };
  const body: OrganizationPost = { name: values.name.trim() };
  if (values.description.trim()) body.description = values.description;
  return { body };
}

/** The create tool's input, checked as the command checks what is typed: the body to send, or the first problem. */
export function createRequest(input: unknown): { body: OrganizationPost } | { problem: Text } {
  const fields = inputFields(input);
  if (!fields) return { problem: NOT_AN_OBJECT };
  const name = stringField(fields, 'name');
  if ('problem' in name) return name;
  const description = stringField(fields, 'description');
  if ('problem' in description) return description;
  return organizationPost({ name: name.value ?? '', description: description.value ?? '' });
}

/**
 * After a create whose answer was lost: asks the API (by name filter) whether the organization
 * exists now. Returns it, undefined when it does not, or 'unknown' when the API cannot say.
 */
async function findCreatedOrganization(client: LosantClient, name: string, sentAt: number): Promise<ListedOrganization | undefined | 'unknown'> {
  try {
    const page = await client.listOrganizations({ filter: exactNameFilter(name), sortField: 'creationDate', sortDirection: 'desc', perPage: 100 });
    return page.items.find((o) => o.name === name && (!o.creationDate || Date.parse(o.creationDate) >= sentAt - CLOCK_SKEW_MS));
  } catch {
    return 'unknown';
  }
}

/** Sends POST /orgs once; when its answer is lost, asks the API whether it was created. */
export async function createOrganizationOnce(client: LosantClient, body: OrganizationPost, options: CreateOptions): Promise<CreateOutcome> {
  const sentAt = Date.now();
  const post = (): Promise<ListedOrganization> => client.createOrganization(body);
  try {
    const org = await (options.sending ? options.sending(post) : post());
    return { kind: 'created', org };
  } catch (e) {
    const error = asLosantApiError(e);
    const reason = options.describe(error);
    if (error.kind !== 'network' && error.kind !== 'timeout') return { kind: 'refused', reason, error };
    options.onLostAnswer?.(reason);
    const found = await findCreatedOrganization(client, body.name, sentAt);
    if (found === 'unknown') return { kind: 'unknown' };
    return found ? { kind: 'createdDespiteLostAnswer', org: found } : { kind: 'notCreatedAfterLostAnswer', reason, error };
  }
}
