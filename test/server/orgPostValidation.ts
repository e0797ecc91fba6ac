// POST /orgs body validation against schema orgPost.json, reporting only the first problem in
// the wording Losant's validator uses ("organization.name is required", ...). Check order
// follows that validator: root type, required, additional properties, then each property.

interface StringRule {
  minLength?: number;
  maxLength?: number;
}

/** Schema properties, in schema order. All are strings. */
const PROPERTIES: ReadonlyArray<[string, StringRule]> = [
  ['name', { minLength: 1, maxLength: 255 }],
  ['description', { maxLength: 32767 }],
  ['planId', {}],
  ['billingEmail', {}],
  ['cardToken', {}],
  ['iconColor', { maxLength: 64 }],
  ['mfaMode', {}],
];
const ALLOWED = new Set(PROPERTIES.map(([name]) => name));

/** JSON Schema lengths count code points, not UTF-16 units. */
function length(text: string): number {
  return Array.from(text).length;
}

/** Returns the first problem as a Losant message, or undefined when the body is valid. */
export function validateOrgPost(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'organization is the wrong type';
  const fields = body as Record<string, unknown>;
  if (fields.name === undefined) return 'organization.name is required';
  if (Object.keys(fields).some((key) => !ALLOWED.has(key))) return 'organization has additional properties';
  for (const [name, rule] of PROPERTIES) {
    const value = fields[name];
    if (value === undefined) continue;
    if (typeof value !== 'string') return `organization.${name} is the wrong type`;
    if (rule.maxLength !== undefined && length(value) > rule.maxLength) return `organization.${name} has longer length than allowed`;
    if (rule.minLength !== undefined && length(value) < rule.minLength) return `organization.${name} has less length than allowed`;
  }
  return undefined;
}
