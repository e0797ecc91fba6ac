// Losant's own JSON schemas (losant-rest's lib/schemas/*.json, draft-04) as validators. They judge
// the local server: a misreading of the contract shared by the server and the client passes every
// other test, but not this one.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/** The installed losant-rest package: its lib/schemas and its docs. */
export const LOSANT_REST_DIR = path.dirname(require.resolve('losant-rest/package.json'));
const SCHEMA_DIR = path.join(LOSANT_REST_DIR, 'lib', 'schemas');

// strict: false because Losant's schemas carry keywords Ajv's strict mode refuses (e.g. org.json's
// `limits` lists its fields without `properties`); they are ignored, as Losant's own validator does.
// Ajv counts maxLength/minLength in code points (its `unicode` default), as JSON Schema says.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv); // date-time, email and url appear in the schemas used here

const compiled = new Map<string, ValidateFunction>();

function validator(name: string): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    const schema = JSON.parse(readFileSync(path.join(SCHEMA_DIR, `${name}.json`), 'utf8')) as object;
    validate = ajv.compile(schema);
    compiled.set(name, validate);
  }
  return validate;
}

/** What is wrong with `body` by Losant's schema `name` (e.g. "org"); empty when it validates. */
export function schemaProblems(name: string, body: unknown): string[] {
  const validate = validator(name);
  if (validate(body)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? e.keyword}`);
}

/** Fails, naming every problem, unless `body` validates against Losant's schema `name`. */
export function assertLosantSchema(name: string, body: unknown, what: string): void {
  const problems = schemaProblems(name, body);
  if (problems.length === 0) return;
  // Repeated problems (the same field in every item of a list) are shown once, with a count.
  const counted = new Map<string, number>();
  for (const p of problems) {
    const key = p.replace(/^\/items\/\d+/, '/items/*');
    counted.set(key, (counted.get(key) ?? 0) + 1);
  }
  const summary = [...counted].map(([p, n]) => (n > 1 ? `${p} (×${n})` : p)).join('\n  ');
  assert.fail(`${what} does not match Losant's ${name}.json:\n  ${summary}`);
}
