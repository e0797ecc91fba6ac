// Deleting an organization, below VS Code: its figures read fresh for the question, the name the
// person must type, one DELETE /orgs/{orgId} (never repeated), and, when its answer is lost, a
// look with GET /orgs/{orgId} before anything is claimed, so that a deletion is neither reported
// that did not happen nor sent again after it did.
import { asLosantApiError, inertText, text, type ListedOrganization, type LosantApiError, type LosantClient, type Text } from '../losant';
import { formatCount } from './organizationDetails';
import { summaryExclude } from './organizationsListing';

/** The organization as Losant has it now, read just before the question. */
export type FreshOrganization =
  | { kind: 'fresh'; org: ListedOrganization }
  /** 404: Losant has no such organization for this user (deleted already, or they were removed from it). */
  | { kind: 'gone'; error: LosantApiError }
  /** It could not be read (a scope missing, the network…): the figures as listed, and why. */
  | { kind: 'listed'; org: ListedOrganization; error: LosantApiError };

/** Reads the organization with GET /orgs/{orgId}, for figures as Losant counts them now. */
export async function freshOrganization(client: LosantClient, org: ListedOrganization): Promise<FreshOrganization> {
  try {
    const detail = await client.getOrganization(org.id, { summaryExclude: summaryExclude(false) });
    return { kind: 'fresh', org: detail.organization };
  } catch (e) {
    const error = asLosantApiError(e);
    return error.kind === 'notFound' ? { kind: 'gone', error } : { kind: 'listed', org, error };
  }
}

/** One line of what is lost: what, and how many (or that the summary does not say). */
export interface LossFigure {
  label: Text;
  value: Text;
}

const LOST_FIGURES: readonly { key: 'appCount' | 'deviceCount' | 'dashCount' | 'memberCount'; label: Text }[] = [
  { key: 'appCount', label: text('Applications') },
  { key: 'deviceCount', label: text('Devices') },
  { key: 'dashCount', label: text('Dashboards') },
  { key: 'memberCount', label: text('Members (who lose access)') },
];

/** What deleting the organization loses, in its own summary's figures: applications, devices, dashboards, members. */
export function lossFigures(org: ListedOrganization): LossFigure[] {
  return LOST_FIGURES.map(({ key, label }) => {
    const n = org.summary?.[key];
    const known = typeof n === 'number' && Number.isInteger(n) && n >= 0;
    return { label, value: known ? text('{0}', formatCount(n)) : text('not known') };
  });
}

/**
 * Whether what was typed confirms deleting the organization named `name`: exactly its name, or
 * exactly as it is shown (a name with invisible characters shows them as ⟨U+202E⟩, which is what a
 * person can type). Nothing is trimmed and case counts.
 */
export function confirmsName(typed: string, name: string): boolean {
  return typed === name || typed === inertText(name);
}

export type DeleteOutcome =
  /** Losant answered success. */
  | { kind: 'deleted' }
  /** The answer was lost, and Losant no longer has the organization (GET answered 404). */
  | { kind: 'deletedDespiteLostAnswer'; reason: string }
  /** DELETE answered 404: Losant has no such organization for this user (deleted already, or they were removed). */
  | { kind: 'alreadyGone'; reason: string; error: LosantApiError }
  /** Losant refused (400, 403…): nothing was deleted. */
  | { kind: 'refused'; reason: string; error: LosantApiError }
  /** The answer was lost, and Losant still has the organization: nothing was deleted, it is safe to try again. */
  | { kind: 'notDeletedAfterLostAnswer'; reason: string; error: LosantApiError }
  /** The answer was lost, and Losant could not be asked whether the organization still exists. */
  | { kind: 'unknown'; reason: string; error: LosantApiError; checkError: LosantApiError };

export interface DeleteOptions {
  /** The sentence for an API error (the extension localizes it). */
  describe: (e: LosantApiError) => string;
  /** Wraps the single DELETE, e.g. in a progress notification. */
  sending?: <T>(send: () => Promise<T>) => PromiseLike<T>;
  /** Told when the answer was lost, before the API is asked whether the organization still exists. */
  onLostAnswer?: (reason: string) => void;
}

/**
 * Whether Losant may have acted although its answer was not a clear success or refusal: no answer
 * (network, timeout), an answer that is not the contract's, or a server error (a gateway's 502 or
 * 504 may come after Losant deleted it). Each is checked before anything is claimed.
 */
function mayHaveActed(error: LosantApiError): boolean {
  return error.kind === 'network' || error.kind === 'timeout' || error.kind === 'unexpectedResponse' || error.kind === 'server';
}

/** After a DELETE whose answer was lost: 'gone' (404), 'there' (200), or the error of a check that failed. */
async function stillThere(client: LosantClient, orgId: string): Promise<'gone' | 'there' | LosantApiError> {
  try {
    await client.getOrganization(orgId, { summaryExclude: summaryExclude(false) });
    return 'there';
  } catch (e) {
    const error = asLosantApiError(e);
    return error.kind === 'notFound' ? 'gone' : error;
  }
}

/** Sends DELETE /orgs/{orgId} once; when its answer is lost, asks the API whether the organization is gone. */
export async function deleteOrganizationOnce(client: LosantClient, orgId: string, options: DeleteOptions): Promise<DeleteOutcome> {
  const send = (): Promise<void> => client.deleteOrganization(orgId);
  try {
    await (options.sending ? options.sending(send) : send());
    return { kind: 'deleted' };
  } catch (e) {
    const error = asLosantApiError(e);
    const reason = options.describe(error);
    if (error.kind === 'notFound') return { kind: 'alreadyGone', reason, error };
    if (!mayHaveActed(error)) return { kind: 'refused', reason, error };
    options.onLostAnswer?.(reason);
    const check = await stillThere(client, orgId);
    if (check === 'gone') return { kind: 'deletedDespiteLostAnswer', reason };
    if (check === 'there') return { kind: 'notDeletedAfterLostAnswer', reason, error };
    return { kind: 'unknown', reason, error, checkError: check };
  }
}
