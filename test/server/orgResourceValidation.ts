// Validation of the Org resource's requests against Losant's schemas (orgPatch.json,
// orgInvitePost.json, orgMemberPatch.json, and the ids in the path and query), reporting only the
// first problem in the wording of Losant's validator, as orgPostValidation.ts does for POST /orgs:
// "<param>.<field> <problem>", checked in the order root type, required, additional properties,
// then each property in schema order.
import { validationError } from './apiResponse';
import { single } from './queryParams';
import { MEMBER_ROLES } from './users';

/** Losant's ids (MongoDB ObjectIds): the schemas' `^[A-Fa-f\d]{24}$`. */
export const OBJECT_ID = /^[A-Fa-f\d]{24}$/;

// The shape JSON Schema's "email" format takes in the validator that judges this server's answers
// (ajv-formats): dot-separated local words, and a domain of dot-separated labels with at least one dot.
// An address it would refuse is refused here, so no answer ever carries one.
const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

const RESOURCE_ROLES = ['collaborate', 'view', 'none'];
const MAX_RESOURCE_ROLES = 1000;

type Rule =
  | { type: 'string'; minLength?: number; maxLength?: number; format?: 'email'; pattern?: RegExp; enum?: readonly string[] }
  | { type: 'boolean' }
  | { type: 'resourceRoles' };

interface BodySchema {
  /** The parameter's name in Losant's messages: organization, invite, member. */
  name: string;
  required: readonly string[];
  /** In schema order. */
  properties: ReadonlyArray<[string, Rule]>;
}

const resourceRoles: Rule = { type: 'resourceRoles' };
const memberRole: Rule = { type: 'string', enum: MEMBER_ROLES };

export const ORG_PATCH: BodySchema = {
  name: 'organization',
  required: [],
  properties: [
    ['name', { type: 'string', minLength: 1, maxLength: 255 }],
    ['description', { type: 'string', maxLength: 32767 }],
    ['planId', { type: 'string', maxLength: 1024 }],
    ['billingEmail', { type: 'string', format: 'email', maxLength: 1024 }],
    ['cardToken', { type: 'string', maxLength: 1024 }],
    ['iconColor', { type: 'string', maxLength: 64 }],
  ],
};

export const ORG_INVITE_POST: BodySchema = {
  name: 'invite',
  required: ['email', 'role'],
  properties: [
    ['email', { type: 'string', format: 'email', maxLength: 1024 }],
    ['role', memberRole],
    ['applicationRoles', resourceRoles],
    ['dashboardRoles', resourceRoles],
    ['disallowTransfer', { type: 'boolean' }],
  ],
};

export const ORG_MEMBER_PATCH: BodySchema = {
  name: 'member',
  required: ['userId'],
  properties: [
    ['userId', { type: 'string', pattern: OBJECT_ID }],
    ['role', memberRole],
    ['applicationRoles', resourceRoles],
    ['dashboardRoles', resourceRoles],
  ],
};

/** JSON Schema lengths count code points, not UTF-16 units. */
const length = (text: string): number => Array.from(text).length;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function stringProblem(value: string, rule: Extract<Rule, { type: 'string' }>): string | undefined {
  if (rule.enum && !rule.enum.includes(value)) return 'must be an enum value';
  if (rule.maxLength !== undefined && length(value) > rule.maxLength) return 'has longer length than allowed';
  if (rule.minLength !== undefined && length(value) < rule.minLength) return 'has less length than allowed';
  if (rule.pattern && !rule.pattern.test(value)) return 'pattern mismatch';
  if (rule.format === 'email' && !EMAIL.test(value)) return 'must be email format';
  return undefined;
}

/** An applicationRoles or dashboardRoles array: `{resourceId, role}` items, at most 1000. */
function resourceRolesProblem(value: unknown, path: string): string | undefined {
  if (!Array.isArray(value)) return `${path} is the wrong type`;
  if (value.length > MAX_RESOURCE_ROLES) return `${path} has more items than allowed`;
  for (const [i, item] of value.entries()) {
    const at = `${path}[${i}]`;
    if (!isObject(item)) return `${at} is the wrong type`;
    if (item.resourceId === undefined) return `${at}.resourceId is required`;
    if (item.role === undefined) return `${at}.role is required`;
    if (Object.keys(item).some((k) => k !== 'resourceId' && k !== 'role')) return `${at} has additional properties`;
    if (typeof item.resourceId !== 'string') return `${at}.resourceId is the wrong type`;
    if (!OBJECT_ID.test(item.resourceId)) return `${at}.resourceId pattern mismatch`;
    if (typeof item.role !== 'string') return `${at}.role is the wrong type`;
    if (!RESOURCE_ROLES.includes(item.role)) return `${at}.role must be an enum value`;
  }
  return undefined;
}

/** The first problem of a request body as a Losant message, or undefined when it is valid. */
export function bodyProblem(schema: BodySchema, body: unknown): string | undefined {
  if (!isObject(body)) return `${schema.name} is the wrong type`;
  for (const field of schema.required) if (body[field] === undefined) return `${schema.name}.${field} is required`;
  const allowed = new Set(schema.properties.map(([field]) => field));
  if (Object.keys(body).some((key) => !allowed.has(key))) return `${schema.name} has additional properties`;
  for (const [field, rule] of schema.properties) {
    const value = body[field];
    const path = `${schema.name}.${field}`;
    if (value === undefined) continue;
    if (rule.type === 'resourceRoles') {
      const problem = resourceRolesProblem(value, path);
      if (problem) return problem;
      continue;
    }
    if (typeof value !== rule.type) return `${path} is the wrong type`;
    if (rule.type === 'string') {
      const problem = stringProblem(value as string, rule);
      if (problem) return `${path} ${problem}`;
    }
  }
  return undefined;
}

/** Throws 400 with the first problem of the body. */
export function validateBody(schema: BodySchema, body: unknown): Record<string, unknown> {
  const problem = bodyProblem(schema, body);
  if (problem) throw validationError(problem);
  return body as Record<string, unknown>;
}

/** An id (orgId in the path, an id in the query): 400 unless it is an ObjectId; lower-cased, as ids are stored. */
export function checkObjectId(name: string, value: string): string {
  if (!OBJECT_ID.test(value)) throw validationError(`${name} pattern mismatch`);
  return value.toLowerCase();
}

/** A required id in the query (inviteId, userId): 400 when missing or not an ObjectId. */
export function requiredQueryId(params: URLSearchParams, name: string): string {
  const value = single(params, name);
  if (value === undefined || value === '') throw validationError(`${name} is required`);
  return checkObjectId(name, value);
}
