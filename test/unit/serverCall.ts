// Calling the local Losant server over real HTTP in its own tests. Every answer passes through one
// check: the server speaks for Losant, so every body it sends must match Losant's published schema
// for that route and status (an unmapped one fails loudly).
import assert from 'node:assert/strict';
import type { FakeLosant } from '../server/fakeLosant';
import { normalizePath } from '../server/routes';
import { assertLosantSchema } from './losantSchemas';

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  body: unknown;
}

export interface CallOptions {
  method?: string;
  /** Bearer token; null sends no Authorization header. Default: the all.User token. */
  token?: string | null;
  /** JSON-encoded unless `raw` is given. */
  json?: unknown;
  raw?: string;
  headers?: Record<string, string>;
  /** Skip the "every response is JSON" assertion (for faults). */
  anyContentType?: boolean;
  /** Why the body is deliberately not Losant's shape (a fault that corrupts it); skips the schema check. */
  offContract?: string;
}

/** No body at all, as Losant documents for 204. */
const NO_BODY = null;

/** Losant's schema for each route's success statuses (losant-rest docs/orgs.md, org.md, me.md, auth.md). */
const SUCCESS_SCHEMAS: Record<string, Record<number, string | typeof NO_BODY>> = {
  'GET /orgs': { 200: 'orgs' },
  'POST /orgs': { 201: 'org' },
  'GET /orgs/{orgId}': { 200: 'org' },
  'PATCH /orgs/{orgId}': { 200: 'org' },
  'DELETE /orgs/{orgId}': { 200: 'success' },
  'GET /orgs/{orgId}/invites': { 200: 'orgInvites' },
  'POST /orgs/{orgId}/invites': { 200: 'orgInvites' },
  'DELETE /orgs/{orgId}/invites': { 200: 'orgInvites' },
  'PATCH /orgs/{orgId}/member': { 200: 'org' },
  'DELETE /orgs/{orgId}/member': { 200: 'org' },
  'GET /me': { 200: 'me' },
  'POST /auth/user': { 200: 'authedUser' },
  'GET /auth/ssoDomain': { 200: 'ssoRequest', 204: NO_BODY },
};

/** The schema a body must match: the route's success schema, or error.json for any other status. */
function schemaFor(method: string, pathAndQuery: string, status: number): string | typeof NO_BODY {
  if (status >= 300) return 'error';
  const path = normalizePath(new URL(pathAndQuery, 'http://x').pathname).replace(/^\/orgs\/[^/]+/, '/orgs/{orgId}');
  const route = `${method} ${path}`;
  const schema = SUCCESS_SCHEMAS[route]?.[status];
  if (schema === undefined) assert.fail(`no Losant schema mapped for ${status} from ${route}: add it to SUCCESS_SCHEMAS`);
  return schema;
}

/** The server under test, or just its URL and token when it runs in another process (the CLI). */
export type Target = Pick<FakeLosant, 'url'> & { tokens: Pick<FakeLosant['tokens'], 'all'> };

export async function call(server: Target, pathAndQuery: string, options: CallOptions = {}): Promise<Reply> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const token = options.token === undefined ? server.tokens.all : options.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  let body: string | undefined = options.raw;
  if (options.json !== undefined) body = JSON.stringify(options.json);
  if (body !== undefined) headers['Content-Type'] ??= 'application/json';
  const method = options.method ?? 'GET';
  const res = await fetch(server.url + pathAndQuery, { method, headers, body, redirect: 'manual' });
  const text = await res.text();
  if (res.status === 204 && !options.offContract) {
    assert.equal(schemaFor(method, pathAndQuery, res.status), NO_BODY, `${method} ${pathAndQuery} answered 204 where Losant documents a body`);
    assert.equal(text, '', `the 204 of ${method} ${pathAndQuery} has a body`);
    return { status: res.status, headers: res.headers, text, body: undefined };
  }
  if (!options.anyContentType) {
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/, `content-type of ${res.status} ${pathAndQuery}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined) {
    // Only the faults that send HTML or cut the body off may answer something that is not JSON.
    assert.ok(options.anyContentType, `the ${res.status} body of ${method} ${pathAndQuery} is not JSON: ${text.slice(0, 200)}`);
  } else if (!options.offContract) {
    const schema = schemaFor(method, pathAndQuery, res.status);
    if (schema === NO_BODY) assert.fail(`the ${res.status} of ${method} ${pathAndQuery} has a body where Losant documents none`);
    assertLosantSchema(schema, parsed, `the ${res.status} body of ${method} ${pathAndQuery}`);
  }
  return { status: res.status, headers: res.headers, text, body: parsed };
}

export function assertError(reply: Reply, status: number, type: string, message?: string | RegExp): void {
  assert.equal(reply.status, status, reply.text);
  const body = reply.body as { type: string; message: string };
  assert.equal(body.type, type);
  if (typeof message === 'string') assert.equal(body.message, message);
  else if (message) assert.match(body.message, message);
}
