// One request, start to finish: record it, apply any fault, route it, answer it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, internalErrorResponse, type ApiResponse } from './apiResponse';
import { corruptOrgList, htmlErrorPage, statusFaultResponse, streamHugeOrgList } from './faultResponses';
import type { Fault } from './faults';
import { bodyForRecord, readBody } from './requestBody';
import { JSON_CONTENT_TYPE, writeJson, writeRaw, writeTruncated } from './responseWriter';
import { normalizePath, resolveRoute } from './routes';
import type { RecordedRequest, RequestContext, ServerState } from './serverState';

const DEFAULT_HUGE_BYTES = 50 * 1024 * 1024;

function sleep(ms: number): Promise<void> {
  // unref: a pending delay must not keep a closing process alive.
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** Runs the route; ApiErrors become their Losant body, anything else a 500. */
function route(ctx: RequestContext): ApiResponse {
  try {
    return resolveRoute(ctx.method, ctx.path)(ctx);
  } catch (error) {
    if (error instanceof ApiError) return error.toResponse();
    // One line, not a stack: tests provoke this on purpose and should not flood the output.
    console.error(`fake Losant: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return internalErrorResponse();
  }
}

function drop(req: IncomingMessage): void {
  req.socket.destroy();
}

export async function handleRequest(state: ServerState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', 'http://fake-losant.invalid');
  const path = normalizePath(url.pathname);
  const record: RecordedRequest = { method, path, query: Object.fromEntries(url.searchParams), headers: { ...req.headers }, body: undefined, status: 0 };
  state.requests.push(record);
  // Record the status as it is sent (synchronously, so a test sees it as soon as it has its answer).
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
    record.status = args[0];
    return writeHead.apply(this, args);
  } as ServerResponse['writeHead'];

  const fault = state.faults.take(method, path);
  if (fault) record.fault = fault.kind;
  if (fault?.kind === 'drop' && fault.when === 'onArrival') return drop(req);

  const body = await readBody(req);
  record.body = bodyForRecord(body.bytes);
  if (fault?.kind === 'delay') await sleep(fault.ms);
  if (fault && answerInsteadOfHandling(state, fault, req, res)) return;

  const response = route({ state, method, path, query: url.searchParams, headers: req.headers, body });
  await send(state, fault, method, path, response, req, res);
}

/** Faults that replace the handling altogether. Returns true when the request is dealt with. */
function answerInsteadOfHandling(state: ServerState, fault: Fault, req: IncomingMessage, res: ServerResponse): boolean {
  switch (fault.kind) {
    case 'drop':
      if (fault.when === 'afterAction') return false;
      drop(req);
      return true;
    case 'status':
      writeJson(res, statusFaultResponse(fault));
      return true;
    case 'notJson': {
      const status = fault.status ?? 502;
      writeRaw(res, status, 'text/html; charset=utf-8', htmlErrorPage(status));
      return true;
    }
    case 'redirect': {
      const location = fault.location ?? `http://127.0.0.2:${state.port}${req.url ?? '/'}`;
      writeJson(res, { status: fault.status ?? 302, body: { type: 'Redirect', message: `Moved to ${location}` }, headers: { Location: location } });
      return true;
    }
    default:
      return false;
  }
}

/** Sends the handler's response, mangled by the faults that work on real responses. */
async function send(
  state: ServerState,
  fault: Fault | undefined,
  method: string,
  path: string,
  response: ApiResponse,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  switch (fault?.kind) {
    case 'drop':
      return drop(req); // only 'afterAction' gets here: the action has happened
    case 'truncated':
      return writeTruncated(res, response);
    case 'wrongContentType':
      return writeJson(res, response, 'text/plain; charset=utf-8');
    case 'huge':
      await streamHugeOrgList(res, fault.bytes ?? DEFAULT_HUGE_BYTES, state.store.organizations[0]);
      return;
    case 'malformedOrgs':
      if (method === 'GET' && path === '/orgs' && response.status === 200) {
        return writeJson(res, { ...response, body: corruptOrgList(response.body) });
      }
      break;
    case 'replaceBody':
      if (response.status < 300) return writeJson(res, { ...response, body: fault.body });
      break;
  }
  writeJson(res, response, JSON_CONTENT_TYPE);
}
