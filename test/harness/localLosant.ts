// The local Losant API server (test/server/fakeLosant.ts), run in this process on a free loopback
// port and closed with the run.
import { startFakeLosant, type FakeLosant } from '../server/fakeLosant';
import { progress } from './log';
import { onCleanup } from './processes';

export type { FakeLosant };

export async function startLocalLosant(options: { orgs?: number; seed?: number; port?: number; secret?: string } = {}): Promise<FakeLosant> {
  const server = await startFakeLosant({ host: '127.0.0.1', ...options });
  onCleanup('stop the local Losant server', () => server.close());
  progress(`local Losant server on ${server.url}`);
  return server;
}
