// POST /auth/user body validation against Losant's schema userCredentials.json, reporting only the
// first problem in the wording of Losant's validator, as orgPostValidation.ts does for POST /orgs:
// root type, required, additional properties, then each property in schema order.
import credentialsSchema from 'losant-rest/lib/schemas/userCredentials.json';

export interface Credentials {
  email: string;
  password: string;
  twoFactorCode?: string;
  requestedScopes?: string[];
  tokenTTL?: number;
}

/** Every enum string anywhere under a schema node: the scope names, however Losant nests them. */
function enumStrings(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(enumStrings);
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'enum' && Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : enumStrings(value),
  );
}

/** The scope names a token may be asked for: Losant's own list, read from its schema. */
export const KNOWN_SCOPES: ReadonlySet<string> = new Set(enumStrings(credentialsSchema.properties.requestedScopes.items));

const ALLOWED = new Set(Object.keys(credentialsSchema.properties));

// The "email" format as Ajv's (fast mode) checks it, which is how Losant's schema is read here.
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** JSON Schema lengths count code points, not UTF-16 units. */
function length(text: string): number {
  return Array.from(text).length;
}

function stringProblem(name: string, value: unknown, rule: { minLength?: number; maxLength?: number }): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return `credentials.${name} is the wrong type`;
  if (rule.maxLength !== undefined && length(value) > rule.maxLength) return `credentials.${name} has longer length than allowed`;
  if (rule.minLength !== undefined && length(value) < rule.minLength) return `credentials.${name} has less length than allowed`;
  return undefined;
}

/** Returns the first problem as a Losant message, or undefined when the body is valid. */
export function validateCredentials(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'credentials is the wrong type';
  const fields = body as Record<string, unknown>;
  if (fields.email === undefined) return 'credentials.email is required';
  if (fields.password === undefined) return 'credentials.password is required';
  if (Object.keys(fields).some((key) => !ALLOWED.has(key))) return 'credentials has additional properties';
  const { email, password, twoFactorCode, requestedScopes, tokenTTL } = credentialsSchema.properties;
  const emailProblem = stringProblem('email', fields.email, email);
  if (emailProblem) return emailProblem;
  if (!EMAIL.test(fields.email as string)) return 'credentials.email must be email format';
  const problem = stringProblem('password', fields.password, password) ?? stringProblem('twoFactorCode', fields.twoFactorCode, twoFactorCode);
  if (problem) return problem;
  const scopes = fields.requestedScopes;
  if (scopes !== undefined) {
    if (!Array.isArray(scopes)) return `credentials.requestedScopes is the wrong type`;
    if (requestedScopes.uniqueItems && new Set(scopes).size !== scopes.length) return 'credentials.requestedScopes must be unique';
    // The schema's items are a oneOf of enums; its validator's own words for a miss ("no (or more
    // than one) schemas match") say less than the enum's, which GET /orgs uses too.
    const bad = scopes.findIndex((s) => typeof s !== 'string' || !KNOWN_SCOPES.has(s));
    if (bad >= 0) return `credentials.requestedScopes.${bad} must be an enum value`;
  }
  const ttl = fields.tokenTTL;
  if (ttl !== undefined) {
    if (typeof ttl !== 'number' || !Number.isInteger(ttl)) return 'credentials.tokenTTL is the wrong type';
    if (ttl < tokenTTL.minimum) return 'credentials.tokenTTL is less than minimum';
  }
  return undefined;
}
