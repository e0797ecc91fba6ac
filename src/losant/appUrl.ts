// Where the Losant web app is, for "Open in Losant": configured, or derived from the API URL.
import { normalizeUrl } from './apiUrl';

const PUBLIC_API_HOST = 'api.losant.com';
const PUBLIC_APP_URL = 'https://app.losant.com';

/** The web app's base URL (no trailing slash). */
export function appUrlFor(apiUrl: string, configured?: string): string {
  if (configured) {
    try {
      const u = new URL(configured);
      if (u.protocol === 'https:' || u.protocol === 'http:') return normalizeUrl(u);
    } catch {
      // fall through to the derived URL
    }
  }
  const api = new URL(apiUrl);
  if (api.hostname === PUBLIC_API_HOST) return PUBLIC_APP_URL;
  // Private installations usually serve the app beside the API: api.example.com → app.example.com.
  if (api.hostname.startsWith('api.')) return `${api.protocol}//app.${api.host.slice(4)}`;
  return api.origin;
}

/** Losant's ids are 24 hexadecimal characters (MongoDB ObjectIds). */
export const OBJECT_ID = /^[0-9a-f]{24}$/i;

export interface UrlParts {
  scheme: string;
  authority: string;
  path: string;
}

/**
 * The web app's page of one organization, as parts to build a URI from (never a string to parse).
 * Only a real Losant id makes a link to one organization; anything else, e.g. "../../settings"
 * from a hostile server, gets the organization list.
 */
export function organizationPage(appUrl: string, orgId?: string): UrlParts {
  const app = new URL(appUrl);
  const base = app.pathname.replace(/\/+$/, '');
  const path = orgId && OBJECT_ID.test(orgId) ? `${base}/organizations/${orgId}` : `${base}/organizations`;
  return { scheme: app.protocol.slice(0, -1), authority: app.host, path };
}
