// Editing an organization's name, description and icon color, shared by the Edit Organization
// command and the agent's update tool: what changed (only that is sent), the checks, one PATCH
// /orgs/{orgId} (never retried blindly), and when its answer is lost, a look at the organization to
// learn whether the change was made before anything is claimed.
import {
  asLosantApiError,
  checkOrganizationDescription,
  checkOrganizationName,
  ICON_COLOR_MAX,
  LosantApiError,
  OBJECT_ID,
  text,
  type ListedOrganization,
  type LosantClient,
  type OrganizationPatch,
  type SortField,
  type Text,
} from '../losant';
import { lookUpOrganization } from './organizationLookup';
import { inputFields, NOT_AN_OBJECT } from './toolInput';

/** What an edit can change; an empty description or icon color is none. */
export interface EditableValues {
  name: string;
  description: string;
  iconColor: string;
}

export type EditableField = keyof EditableValues;

export const EDITABLE_FIELDS: readonly EditableField[] = ['name', 'description', 'iconColor'];

/** One field an edit changes, with its value before and after (as sent). */
export interface FieldChange {
  field: EditableField;
  before: string;
  after: string;
}

/** The organization's values as an edit starts from them. */
export function editableValues(org: ListedOrganization): EditableValues {
  return { name: org.name, description: org.description ?? '', iconColor: org.iconColor ?? '' };
}

// The tree draws only hex colors (model/iconFiles.ts), and Losant's web app picks them: so an edit
// sets a hex color or none, though Losant would store any text of up to 64 characters.
const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** A few colors to pick from, by name; any other hex color can be typed. */
export const ICON_COLOR_CHOICES: ReadonlyArray<{ name: Text; color: string }> = [
  { name: text('Teal'), color: '#1ab394' },
  { name: text('Blue'), color: '#1e88e5' },
  { name: text('Indigo'), color: '#3949ab' },
  { name: text('Purple'), color: '#8e24aa' },
  { name: text('Red'), color: '#e53935' },
  { name: text('Orange'), color: '#f4511e' },
  { name: text('Yellow'), color: '#fdd835' },
  { name: text('Green'), color: '#43a047' },
  { name: text('Cyan'), color: '#00acc1' },
  { name: text('Brown'), color: '#6d4c41' },
  { name: text('Gray'), color: '#757575' },
];

/** The problem with a name typed in an edit; the name it already has is never one (Losant took it). */
export function checkEditedName(value: string, current: string): Text | undefined {
  return value === current ? undefined : checkOrganizationName(value);
}

export function checkEditedDescription(value: string, current: string): Text | undefined {
  return value === current ? undefined : checkOrganizationDescription(value);
}

/** The problem with an icon color: a hex color (#rgb, #rgba, #rrggbb, #rrggbbaa) or empty for none; the current one always passes. */
export function checkEditedIconColor(value: string, current: string): Text | undefined {
  if (value === current || value === '') return undefined;
  if (value.length > ICON_COLOR_MAX || !HEX_COLOR.test(value)) {
    return text('An icon color is a hex color such as #1ab394 (#rgb or #rrggbb, optionally with alpha), or nothing for none.');
  }
  return undefined;
}

// An input box holds one line: a line break set into it would be dropped silently, and the
// description sent back changed. So the box shows each line break as this sign, and reads it back.
export const LINE_BREAK_SIGN = '↵';

/** The description as its input box shows it: one line, line breaks as ↵. */
export function descriptionInBox(description: string): string {
  return description.replace(/\r\n|\r|\n/g, LINE_BREAK_SIGN);
}

/** The description typed in its box: the current one when the box was left as it was shown (its line breaks, \r\n included, kept). */
export function descriptionFromBox(box: string, current: string): string {
  return box === descriptionInBox(current) ? current : box.split(LINE_BREAK_SIGN).join('\n');
}

export type EditPlan = { kind: 'patch'; patch: OrganizationPatch; changes: FieldChange[] } | { kind: 'unchanged' } | { kind: 'problem'; problem: Text };

/**
 * What to send for an edit: only the fields that differ from the organization's current values,
 * checked as the form checks them (the name trimmed, as Create sends it). Nothing changed: nothing
 * to send.
 */
export function planEdit(current: EditableValues, edited: Partial<EditableValues>): EditPlan {
  const changes: FieldChange[] = [];
  const name = edited.name;
  if (name !== undefined && name !== current.name && name.trim() !== current.name) {
    const problem = checkOrganizationName(name);
    if (problem) return { kind: 'problem', problem };
    changes.push({ field: 'name', before: current.name, after: name.trim() });
  }
  const description = edited.description;
  if (description !== undefined && description !== current.description) {
    const problem = checkOrganizationDescription(description);
    if (problem) return { kind: 'problem', problem };
    changes.push({ field: 'description', before: current.description, after: description });
  }
  const iconColor = edited.iconColor?.trim();
  if (iconColor !== undefined && iconColor !== current.iconColor) {
    const problem = checkEditedIconColor(iconColor, current.iconColor);
    if (problem) return { kind: 'problem', problem };
    changes.push({ field: 'iconColor', before: current.iconColor, after: iconColor });
  }
  if (changes.length === 0) return { kind: 'unchanged' };
  const patch: OrganizationPatch = {};
  for (const c of changes) patch[c.field] = c.after;
  return { kind: 'patch', patch, changes };
}

/** The update tool's input: which organization, and the values the model asks for (absent ones stay). */
export interface UpdateRequest {
  orgId: string;
  values: Partial<EditableValues>;
}

/**
 * Reads the update tool's input, which a language model wrote. An empty description or icon color
 * clears it; an absent (or null) field stays as it is; at least one must be given.
 */
export function updateRequest(input: unknown): { request: UpdateRequest } | { problem: Text } {
  const fields = inputFields(input);
  if (!fields) return { problem: NOT_AN_OBJECT };
  const orgId = typeof fields.orgId === 'string' ? fields.orgId.trim() : undefined;
  if (!orgId || !OBJECT_ID.test(orgId)) return { problem: text('"orgId" must be a Losant organization ID: 24 hexadecimal characters.') };
  const values: Partial<EditableValues> = {};
  for (const field of EDITABLE_FIELDS) {
    const v = fields[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') return { problem: text('"{0}" must be a string.', field) };
    values[field] = v;
  }
  if (Object.keys(values).length === 0) return { problem: text('Give at least one of "name", "description" and "iconColor" to change.') };
  return { request: { orgId: orgId.toLowerCase(), values } };
}

/** Whether the organization as Losant now has it shows every change sent. */
function shows(org: ListedOrganization, patch: OrganizationPatch): boolean {
  const now = editableValues(org);
  return EDITABLE_FIELDS.every((field) => patch[field] === undefined || now[field] === patch[field]);
}

export type EditOutcome =
  | { kind: 'updated' | 'updatedDespiteLostAnswer'; org: ListedOrganization }
  /** Losant answered no (400 its validation, 403 role or scope, 429, 5xx…): nothing changed. */
  | { kind: 'refused'; reason: string; error: LosantApiError }
  /** 404: the organization is gone, or the user is no longer one of its members. */
  | { kind: 'gone'; reason: string; error: LosantApiError }
  /** The answer was lost, and the organization as Losant has it does not show the change. */
  | { kind: 'notUpdatedAfterLostAnswer'; reason: string; error: LosantApiError }
  /** The answer was lost, and Losant could not be asked, or the organization shows only part of the change. */
  | { kind: 'unknown'; reason: string };

export interface EditOptions {
  /** The sentence for an API error (the extension localizes it). */
  describe: (e: LosantApiError) => string;
  /** Wraps the single PATCH, e.g. in a progress notification. */
  sending?: <T>(patch: () => Promise<T>) => PromiseLike<T>;
  /** Told when the answer was lost, before the API is asked whether the change was made. */
  onLostAnswer?: (reason: string) => void;
}

export type CurrentOrganization =
  { kind: 'found'; org: ListedOrganization } | { kind: 'gone'; error: LosantApiError } | { kind: 'unknown'; error: LosantApiError };

/**
 * The organization as Losant has it now: by GET /orgs/{orgId}, or, for a token without org.get (a
 * password sign-in's), from the list sorted by id. `gone` when it no longer is the user's.
 */
export async function currentOrganization(client: LosantClient, orgId: string, signal?: AbortSignal): Promise<CurrentOrganization> {
  try {
    // Payload counts are costly for Losant to compute, and no edit needs them.
    return { kind: 'found', org: (await client.getOrganization(orgId, { summaryExclude: ['payloadCount'] }, { signal })).organization };
  } catch (e) {
    const error = asLosantApiError(e);
    if (error.kind === 'notFound') return { kind: 'gone', error };
    if (error.kind !== 'forbidden') return { kind: 'unknown', error };
  }
  try {
    const { matches } = await lookUpOrganization(client, { by: 'id', id: orgId.toLowerCase() }, { perPage: 1000, signal });
    if (matches[0]) return { kind: 'found', org: matches[0] };
    return { kind: 'gone', error: new LosantApiError({ kind: 'notFound', message: text('The organization is no longer among yours.') }) };
  } catch (e) {
    return { kind: 'unknown', error: asLosantApiError(e) };
  }
}

/** Sends PATCH /orgs/{orgId} once; when its answer is lost, reads the organization to learn whether the change was made. */
export async function updateOrganizationOnce(client: LosantClient, orgId: string, patch: OrganizationPatch, options: EditOptions): Promise<EditOutcome> {
  const send = async (): Promise<ListedOrganization> => (await client.updateOrganization(orgId, patch)).organization;
  try {
    const org = await (options.sending ? options.sending(send) : send());
    return { kind: 'updated', org };
  } catch (e) {
    const error = asLosantApiError(e);
    const reason = options.describe(error);
    if (error.kind === 'notFound') return { kind: 'gone', reason, error };
    if (error.kind !== 'network' && error.kind !== 'timeout') return { kind: 'refused', reason, error };
    options.onLostAnswer?.(reason);
    const found = await currentOrganization(client, orgId);
    if (found.kind === 'unknown') return { kind: 'unknown', reason };
    if (found.kind === 'gone') return { kind: 'gone', reason: options.describe(found.error), error: found.error };
    const now = found.org;
    if (shows(now, patch)) return { kind: 'updatedDespiteLostAnswer', org: now };
    // Each field sent differed from what the organization had: none shown means none made.
    const none = EDITABLE_FIELDS.every((field) => patch[field] === undefined || editableValues(now)[field] !== patch[field]);
    return none ? { kind: 'notUpdatedAfterLostAnswer', reason, error } : { kind: 'unknown', reason };
  }
}

/**
 * The organization Losant answered, as the listing shows its organizations: the listing leaves out
 * payload counts unless the user turned them on, and the answer to PATCH carries them.
 */
export function asListed(answered: ListedOrganization, listed: ListedOrganization | undefined): ListedOrganization {
  if (!answered.summary || listed?.summary?.payloadCount !== undefined) return answered;
  const summary = { ...answered.summary };
  delete summary.payloadCount;
  return { ...answered, summary };
}

/** Whether an edit may move the organization in a list sorted by `sortField` (every edit changes lastUpdated). */
export function editMayMove(sortField: SortField, changes: readonly FieldChange[]): boolean {
  if (sortField === 'lastUpdated') return true;
  return sortField === 'name' && changes.some((c) => c.field === 'name');
}
