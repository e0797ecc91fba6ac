// Where the Losant web app is, for "Open in Losant": configured, or derived from the API URL.

const PUBLIC_API_HOST = 'api.losant.com';
const PUBLIC_APP_URL = 'https://app.losant.com';

/** The web app's base URL (no trailing slash). */
export function appUrlFor(apiUrl: string, configured?: string): string {
  if (configured) {
    try {
      const u = new URL(configured);
      if (u.protocol === 'https:' || u.protocol === 'http:') return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
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

/** The web app's page of one organization, or its organization list when the id is unknown. */
export function organizationPageUrl(appUrl: string, orgId?: string): string {
  return orgId ? `${appUrl}/organizations/${encodeURIComponent(orgId)}` : `${appUrl}/organizations`;
}
