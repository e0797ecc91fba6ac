// Writing responses. Every normal answer, errors included, is JSON with application/json.
import type { ServerResponse } from 'node:http';
import type { ApiResponse } from './apiResponse';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export function writeRaw(res: ServerResponse, status: number, contentType: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  if (res.destroyed || res.headersSent) return;
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...headers, 'Content-Type': contentType, 'Content-Length': String(bytes.length) });
  res.end(bytes);
}

export function serialize(response: ApiResponse): Buffer {
  return Buffer.from(JSON.stringify(response.body ?? null), 'utf8');
}

export function writeJson(res: ServerResponse, response: ApiResponse, contentType = JSON_CONTENT_TYPE): void {
  // 204 No Content has no body, so nothing to label either (GET /auth/ssoDomain for most emails).
  if (response.status === 204) {
    if (res.destroyed || res.headersSent) return;
    res.writeHead(204, response.headers ?? {});
    res.end();
    return;
  }
  writeRaw(res, response.status, contentType, serialize(response), response.headers);
}

/** Sends the headers (with the full Content-Length) and half the body, then kills the connection. */
export function writeTruncated(res: ServerResponse, response: ApiResponse): void {
  if (res.destroyed) return;
  const bytes = serialize(response);
  res.writeHead(response.status, { ...response.headers, 'Content-Type': JSON_CONTENT_TYPE, 'Content-Length': String(bytes.length) });
  res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.socket?.destroy());
}
