// Handlers return plain response values instead of writing to the socket, so fault injection
// can inspect and mangle a response (truncate it, corrupt its orgs...) before it is sent.

export interface ApiResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** An error that becomes a Losant-style `{type, message}` body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }

  toResponse(): ApiResponse {
    return { status: this.status, body: { type: this.type, message: this.message }, headers: this.headers };
  }
}

export const validationError = (message: string): ApiError => new ApiError(400, 'Validation', message);
export const invalidTokenError = (): ApiError => new ApiError(401, 'Unauthorized', 'Invalid access token');
export const expiredTokenError = (): ApiError => new ApiError(401, 'Unauthorized', 'Access token has expired');
export const forbiddenError = (): ApiError => new ApiError(403, 'Forbidden', 'Access is forbidden');

export function internalErrorResponse(): ApiResponse {
  return { status: 500, body: { type: 'Error', message: 'An internal server error occurred' } };
}
