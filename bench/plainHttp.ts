// The floor: one GET of a page with plain node:http (keep-alive) and JSON.parse, nothing else.
// Shared by the client bench and the in-VS Code bench (which compares its timings to one such trip).
import * as http from 'node:http';
import { organizationsSearchParams } from '../src/losant/client';
import type { OrganizationsQuery } from '../src/losant/types';

export interface PlainPage {
  items: unknown[];
  count: number;
  totalCount: number;
}

// One keep-alive connection, like a client that pages sequentially would use.
export const floorAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** One GET of the same page the project's client asks for, parsed; the least any client must do. */
export function plainGet(url: string, token: string, query: OrganizationsQuery, agent: http.Agent = floorAgent): Promise<PlainPage> {
  const target = new URL(`${url}/orgs?${organizationsSearchParams(query).toString()}`);
  return new Promise((resolve, reject) => {
    const req = http.get(target, { agent, headers: { Accept: 'application/json', Authorization: `Bearer ${token}` } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        try {
          if (res.statusCode !== 200) throw new Error(`GET /orgs answered ${res.statusCode}`);
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as PlainPage);
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      });
    });
    req.on('error', reject);
    req.setTimeout(60_000, () => req.destroy(new Error('GET /orgs timed out')));
  });
}
