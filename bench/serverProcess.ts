// The local Losant server (test/server/cli.js) in a child process of its own, so that the client
// being timed never shares its event loop (or its garbage collector) with the server's work.
import * as path from 'node:path';
import { repoRoot } from '../test/harness/paths';
import { onCleanup, spawnGroup } from '../test/harness/processes';

export interface ServerProcess {
  url: string;
  token: string;
  orgs: number;
}

/** Starts the CLI on a free loopback port and waits for the KEY=value lines it prints when ready. */
export async function startServerProcess(orgs: number, seed = 42): Promise<ServerProcess> {
  const cli = path.join(repoRoot, 'out', 'test', 'server', 'cli.js');
  const proc = spawnGroup(`local Losant (${orgs} orgs)`, process.execPath, [
    cli,
    '--host',
    '127.0.0.1',
    '--port',
    '0',
    '--orgs',
    String(orgs),
    '--seed',
    String(seed),
  ]);
  onCleanup(`stop the local Losant server with ${orgs} orgs`, () => proc.stop());
  const values = await new Promise<Record<string, string>>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`the local Losant server (${orgs} orgs) did not start within 30 s`)), 30_000);
    proc.child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const found = Object.fromEntries(text.split('\n').flatMap((line) => (/^[A-Z_]+=/.test(line) ? [line.split(/=(.*)/s).slice(0, 2)] : [])));
      if (found.LOSANT_API_URL && found.LOSANT_TOKEN) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    proc.child.stderr?.resume();
    void proc.exited.then((code) => reject(new Error(`the local Losant server exited with code ${code} before it was ready`)));
  });
  return { url: values.LOSANT_API_URL, token: values.LOSANT_TOKEN, orgs };
}
