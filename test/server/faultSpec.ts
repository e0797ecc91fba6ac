// Parses the CLI's `--fault` text into a Fault:
//   KIND[:ARG][,key=value...]   e.g.  slow:2000   status:429,retryAfter=5,header   drop:afterAction,path=/orgs,times=1
// Kinds and their ARG: delay|slow:MS, status:CODE, throttle[:SECONDS] (= status 429), notJson[:CODE],
// truncated, drop[:onArrival|afterBody|afterAction], wrongContentType, huge[:BYTES], malformedOrgs,
// redirect[:URL]. Keys for any kind: method, path, times; for status/throttle: retryAfter, header.
import type { DropMoment, Fault, FaultScope } from './faults';

export const FAULT_SPEC_HELP =
  'KIND[:ARG][,method=M][,path=/p][,times=N] with KIND one of delay|slow:MS, status:CODE, throttle[:SECONDS][,header], ' +
  'notJson[:CODE], truncated, drop[:onArrival|afterBody|afterAction], wrongContentType, huge[:BYTES], malformedOrgs, redirect[:URL]';

function integer(text: string | undefined, what: string, min: number): number {
  if (text === undefined || !/^\d+$/.test(text) || Number(text) < min) throw new Error(`fault ${what} must be an integer >= ${min}, got "${text ?? ''}"`);
  return Number(text);
}

export function parseFaultSpec(spec: string): Fault {
  const [head, ...options] = spec.split(',');
  const colon = head.indexOf(':');
  const kind = colon < 0 ? head : head.slice(0, colon);
  const arg = colon < 0 ? undefined : head.slice(colon + 1);
  const keys = new Map<string, string>();
  for (const option of options) {
    const eq = option.indexOf('=');
    keys.set(eq < 0 ? option : option.slice(0, eq), eq < 0 ? 'true' : option.slice(eq + 1));
  }
  const scope: FaultScope = {};
  for (const [key, value] of keys) {
    if (key === 'method') scope.method = value.toUpperCase();
    else if (key === 'path') scope.path = value;
    else if (key === 'times') scope.times = integer(value, 'times', 1);
    else if (key !== 'retryAfter' && key !== 'header') throw new Error(`unknown fault option "${key}"`);
  }
  const retry = {
    retryAfterSeconds: keys.has('retryAfter') ? integer(keys.get('retryAfter'), 'retryAfter', 0) : undefined,
    retryAfterHeader: keys.has('header') ? keys.get('header') !== 'false' : undefined,
  };
  switch (kind) {
    case 'delay':
    case 'slow':
      return { ...scope, kind: 'delay', ms: integer(arg, 'delay', 0) };
    case 'status':
      return { ...scope, kind: 'status', status: integer(arg, 'status', 100), ...retry };
    case 'throttle':
      return {
        ...scope,
        kind: 'status',
        status: 429,
        ...retry,
        retryAfterSeconds: arg === undefined ? retry.retryAfterSeconds : integer(arg, 'throttle seconds', 0),
      };
    case 'notJson':
      return { ...scope, kind: 'notJson', status: arg === undefined ? undefined : integer(arg, 'status', 100) };
    case 'drop': {
      if (arg !== undefined && !['onArrival', 'afterBody', 'afterAction'].includes(arg))
        throw new Error(`drop moment must be onArrival, afterBody or afterAction, got "${arg}"`);
      return { ...scope, kind: 'drop', when: arg as DropMoment | undefined };
    }
    case 'huge':
      return { ...scope, kind: 'huge', bytes: arg === undefined ? undefined : integer(arg, 'size', 1) };
    case 'redirect':
      return { ...scope, kind: 'redirect', location: arg || undefined };
    case 'truncated':
    case 'wrongContentType':
    case 'malformedOrgs':
      return { ...scope, kind };
    default:
      throw new Error(`unknown fault kind "${kind}"`);
  }
}
