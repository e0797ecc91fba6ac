// Reading and decoding request bodies.
import type { IncomingMessage } from 'node:http';
import { ApiError, validationError } from './apiResponse';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface RawBody {
  bytes: Buffer;
  tooLarge: boolean;
}

/** Reads the whole body; past the limit it keeps draining (so the client sees our answer) but stops storing. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<RawBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    const finish = (): void => resolve({ bytes: Buffer.concat(chunks), tooLarge: size > limit });
    req.on('end', finish);
    // A client that gives up mid-body never sends 'end'; do not leave the handler hanging.
    req.on('close', finish);
    req.on('error', reject);
  });
}

/** What `requests` records as the body: parsed JSON when possible, else the text, else undefined. */
export function bodyForRecord(bytes: Buffer): unknown {
  if (bytes.length === 0) return undefined;
  const text = bytes.toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Parses a JSON request body. An empty body counts as `{}` (as Losant's body parser does), so
 * a POST without a body is told which field is required.
 */
export function parseJsonBody(raw: RawBody, contentType: string | undefined): unknown {
  if (raw.tooLarge) throw new ApiError(413, 'PayloadTooLarge', 'Request body is too large');
  if (raw.bytes.length === 0) return {};
  const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType !== 'application/json' && !mediaType.endsWith('+json')) {
    throw validationError('Content-Type must be application/json');
  }
  try {
    return JSON.parse(raw.bytes.toString('utf8')) as unknown;
  } catch {
    throw validationError('Request body is not valid JSON');
  }
}
