// The bodies and byte streams that faults send instead of (or made from) the real response.
import { STATUS_CODES, type ServerResponse } from 'node:http';
import type { ApiResponse } from './apiResponse';
import type { FaultKind } from './faults';

type StatusFault = Extract<FaultKind, { kind: 'status' }>;

const STATUS_BODIES: Record<number, { type: string; message: string }> = {
  500: { type: 'Error', message: 'An internal server error occurred' },
  502: { type: 'BadGateway', message: 'Bad Gateway' },
  503: { type: 'ServiceUnavailable', message: 'Service temporarily unavailable' },
  504: { type: 'GatewayTimeout', message: 'Gateway Timeout' },
};

export function statusFaultResponse(fault: StatusFault): ApiResponse {
  if (fault.status === 429) {
    const seconds = fault.retryAfterSeconds ?? 1;
    return {
      status: 429,
      body: fault.body ?? { type: 'TooManyRequests', message: `Over rate limit, request throttled. Retry in ${seconds} seconds` },
      headers: fault.retryAfterHeader ? { 'Retry-After': String(seconds) } : undefined,
    };
  }
  return { status: fault.status, body: fault.body ?? STATUS_BODIES[fault.status] ?? { type: 'Error', message: `Injected status ${fault.status}` } };
}

export function htmlErrorPage(status: number): string {
  const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`;
  return `<!DOCTYPE html>\n<html><head><title>${title}</title></head>\n<body><center><h1>${title}</h1></center><hr><center>nginx</center></body></html>\n`;
}

/**
 * Damages some items of a GET /orgs body, cycling through: valid, missing fields, null fields,
 * wrong types, valid. Items are copies; the store is untouched.
 */
export function corruptOrgList(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { items?: unknown }).items)) return body;
  const list = body as { items: Record<string, unknown>[] };
  const items = list.items.map((org, i) => {
    const copy: Record<string, unknown> = { ...org };
    switch (i % 5) {
      case 1:
        for (const key of ['name', 'creationDate', 'lastUpdated', 'summary', 'members', 'description']) delete copy[key];
        break;
      case 2:
        Object.assign(copy, { name: null, description: null, creationDate: null, summary: null, members: null, iconColor: null });
        break;
      case 3:
        Object.assign(copy, {
          name: 12345,
          description: ['not', 'text'],
          creationDate: true,
          lastUpdated: 'yesterday',
          summary: 'lots',
          members: {},
          isReadOnly: 'no',
        });
        break;
    }
    return copy;
  });
  return { ...list, items };
}

/** Waits until the response can take more data, or is gone. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** Streams a valid JSON org list of about `bytes` bytes, honouring back-pressure. */
export async function streamHugeOrgList(res: ServerResponse, bytes: number, sample: unknown): Promise<number> {
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
  const item = JSON.stringify(sample ?? { id: '000000000000000000000000', name: 'Padding Org' });
  const perChunk = Math.max(1, Math.floor(65536 / (item.length + 1)));
  const chunk = Array(perChunk).fill(item).join(',');
  let written = 0;
  let count = 0;
  if (!res.write('{"items":[')) await drained(res);
  while (written < bytes && !res.destroyed) {
    const ok = res.write((count > 0 ? ',' : '') + chunk);
    written += chunk.length + 1;
    count += perChunk;
    if (!ok) await drained(res);
  }
  if (!res.destroyed) {
    res.end(`],"count":${count},"totalCount":${count},"perPage":${count},"page":0,"sortField":"name","sortDirection":"asc"}`);
  }
  return count;
}
