// The Losant API client's public surface.
export * from './types';
export * from './errors';
export * from './apiUrl';
export * from './client';
export * from './authClient';
export * from './signInErrors';
export type { ConnectionOptions } from './connection';
export * from './orgInput';
export * from './payloadCounts';
export { maskToken, type RequestLogEntry } from './request';
export * from './appUrl';
export * from './retry';
export * from './text';
export * from './untrustedText';
export * from './tokenExpiry';
