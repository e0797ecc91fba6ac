// `node out/bench/profileClient.js [project|official|floor] [orgs] [rounds]`: lists every
// organization `rounds` times under V8's CPU profiler, writes bench/raw/<client>-<orgs>.cpuprofile
// (open it in Chrome DevTools or VS Code) and prints the functions with the most self time, to
// find where a client spends what the floor does not.
import * as fs from 'node:fs';
import * as inspector from 'node:inspector/promises';
import * as path from 'node:path';
import { progress } from '../test/harness/log';
import { repoRoot } from '../test/harness/paths';
import { runMain } from '../test/harness/processes';
import { floorLister, officialLister, projectLister, type Lister } from './listers';
import { startServerProcess } from './serverProcess';

const LISTERS: Record<string, Lister> = { project: projectLister, official: officialLister, floor: floorLister };

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** Self time per function (ms), largest first; "(idle)" is left out, waiting costs nothing. */
export function selfTimes(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): Array<{ name: string; ms: number }> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const frame = byId.get(samples[i])?.callFrame;
    if (!frame || frame.functionName === '(idle)') continue;
    const where = frame.url ? `${path.basename(frame.url)}:${frame.lineNumber + 1}` : '';
    const name = `${frame.functionName || '(anonymous)'} ${where}`.trim();
    totals.set(name, (totals.get(name) ?? 0) + (deltas[i] ?? 0) / 1000);
  }
  return [...totals].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
}

async function main(): Promise<number> {
  const [client = 'project', orgsArg = '1000', roundsArg = '20'] = process.argv.slice(2);
  const lister = LISTERS[client];
  if (!lister) throw new Error(`unknown client "${client}" (project, official, floor)`);
  const rounds = Math.min(Math.max(Number(roundsArg) || 20, 1), 200);
  const server = await startServerProcess(Math.min(Math.max(Number(orgsArg) || 1000, 1), 100_000));
  for (let i = 0; i < 3; i++) await lister(server, 1000); // warm-up, not profiled
  const session = new inspector.Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  const started = performance.now();
  for (let i = 0; i < rounds; i++) await lister(server, 1000);
  const elapsed = performance.now() - started;
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const file = path.join(repoRoot, 'bench', 'raw', `${client}-${server.orgs}.cpuprofile`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(profile));
  const top = selfTimes(profile as unknown as { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] });
  const busy = top.reduce((sum, t) => sum + t.ms, 0);
  process.stdout.write(
    `${client}, ${server.orgs} orgs × ${rounds}: ${(elapsed / rounds).toFixed(1)} ms per listing, ${(busy / rounds).toFixed(1)} ms CPU (not idle) per listing\n`,
  );
  for (const t of top.slice(0, 25)) process.stdout.write(`${(t.ms / rounds).toFixed(2).padStart(8)} ms  ${t.name}\n`);
  progress(`profile written to ${path.relative(repoRoot, file)}`);
  return 0;
}

runMain(main);
