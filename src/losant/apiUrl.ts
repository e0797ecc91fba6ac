// Decides whether an API URL may receive the token: HTTPS anywhere, plain HTTP only to loopback.
import { text, type Text } from './text';

/** `insecure`: a usable URL refused only because it is plain HTTP to another machine. */
export type ApiUrlCheck = { ok: true; url: URL; origin: string } | { ok: false; reason: Text; insecure?: boolean };

export const DEFAULT_API_URL = 'https://api.losant.com';

// Only names that never leave this machine: "x.localhost" is resolved through ordinary DNS, and a
// resolver could send the token over plain HTTP anywhere.
function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost') return true;
  if (h === '::1') return true;
  return /^127(\.\d{1,3}){3}$/.test(h);
}

/** Checks a configured API URL; the reason is a complete sentence for the user. */
export function checkApiUrl(raw: string): ApiUrlCheck {
  const trimmed = raw.trim();
  if (!trimmed)
    return { ok: false, reason: text('The Losant API URL is empty. Set "losant.apiUrl" to https://api.losant.com or your private installation\'s API URL.') };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, reason: text('The Losant API URL "{0}" is not a valid URL. Use a full URL such as https://api.losant.com.', trimmed) };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: text('The Losant API URL must start with https:// (it is "{0}").', url.protocol) };
  }
  if (url.username || url.password) {
    return { ok: false, reason: text('The Losant API URL must not contain a user name or password.') };
  }
  if (url.search || url.hash) {
    return { ok: false, reason: text('The Losant API URL must not contain a query string or fragment.') };
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return {
      ok: false,
      insecure: true,
      reason: text(
        'Refusing to send the API token over plain HTTP to {0}. Use https://, or http:// only for a server on this machine (localhost or 127.0.0.1).',
        url.host,
      ),
    };
  }
  return { ok: true, url, origin: normalizeUrl(url) };
}

/**
 * The one form of a URL to compare and to build on: origin and path, without a trailing slash
 * (the URL parser has already lower-cased the scheme and host and dropped a default port). An API
 * URL in this form builds request URLs and keys the stored token.
 */
export function normalizeUrl(url: URL): string {
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
