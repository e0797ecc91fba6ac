// Parts 1 and 2 for the clients: the time to list every organization for N = 100, 1,000 and
// 10,000, each client interleaved with the others (A, B, C, A, B, C, ...) after a warm-up, so a
// slow moment of the machine costs every client alike; medians and µs per organization.
import { progress } from '../test/harness/log';
import { floorLister, officialLister, projectLister, type Lister } from './listers';
import type { ServerProcess } from './serverProcess';
import { collectGarbage, median } from './stats';

export const CLIENTS = ['project', 'official', 'floor'] as const;
export type ClientName = (typeof CLIENTS)[number];

const LISTERS: Record<ClientName, Lister> = { project: projectLister, official: officialLister, floor: floorLister };

export interface ClientResult {
  n: number;
  runs: number;
  /** Median milliseconds to list all N organizations (wall clock: the server's time included). */
  medianMs: Record<ClientName, number>;
  /** Median CPU milliseconds of this process (the client's own work; the server runs elsewhere). */
  medianCpuMs: Record<ClientName, number>;
  /** Median of each round's project/X wall-time ratio: pairs samples taken moments apart. */
  pairedRatio: { official: number; floor: number };
  samplesMs: Record<ClientName, number[]>;
  samplesCpuMs: Record<ClientName, number[]>;
}

export interface ClientBenchOptions {
  perPage: number;
  /** Timed rounds per size (each round runs every client once); at least 5. */
  runs: number;
  warmups: number;
  /** Stop adding rounds for a size after this long (once `minRuns` are done). */
  budgetMsPerSize: number;
  minRuns: number;
}

export const DEFAULT_CLIENT_BENCH: ClientBenchOptions = { perPage: 1000, runs: 15, warmups: 2, budgetMsPerSize: 30_000, minRuns: 5 };

async function timeOnce(lister: Lister, target: { url: string; token: string }, perPage: number, expected: number): Promise<{ ms: number; cpuMs: number }> {
  collectGarbage();
  // process.cpuUsage() counts every thread: let V8's background sweeping after the GC finish first.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const cpu = process.cpuUsage();
  const started = performance.now();
  const received = await lister(target, perPage);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  if (received !== expected) throw new Error(`a client listed ${received} organizations instead of ${expected}`);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

export async function runClientBench(servers: ServerProcess[], options: ClientBenchOptions = DEFAULT_CLIENT_BENCH): Promise<ClientResult[]> {
  const results: ClientResult[] = [];
  for (const server of servers) {
    const n = server.orgs;
    progress(`clients: listing ${n} organizations (pages of ${options.perPage})`);
    for (let w = 0; w < options.warmups; w++) {
      for (const name of CLIENTS) await timeOnce(LISTERS[name], server, options.perPage, n);
    }
    const samplesMs = { project: [], official: [], floor: [] } as Record<ClientName, number[]>;
    const samplesCpuMs = { project: [], official: [], floor: [] } as Record<ClientName, number[]>;
    const started = performance.now();
    for (let round = 0; round < options.runs; round++) {
      if (round >= options.minRuns && performance.now() - started > options.budgetMsPerSize) break;
      // Rotate who goes first, so no client always follows the same neighbour.
      for (let i = 0; i < CLIENTS.length; i++) {
        const name = CLIENTS[(round + i) % CLIENTS.length];
        const sample = await timeOnce(LISTERS[name], server, options.perPage, n);
        samplesMs[name].push(sample.ms);
        samplesCpuMs[name].push(sample.cpuMs);
      }
    }
    const medians = (samples: Record<ClientName, number[]>) => Object.fromEntries(CLIENTS.map((c) => [c, median(samples[c])])) as Record<ClientName, number>;
    const paired = (other: ClientName) => median(samplesMs.project.map((p, i) => p / samplesMs[other][i]));
    results.push({
      n,
      runs: samplesMs.project.length,
      medianMs: medians(samplesMs),
      medianCpuMs: medians(samplesCpuMs),
      pairedRatio: { official: paired('official'), floor: paired('floor') },
      samplesMs,
      samplesCpuMs,
    });
  }
  return results;
}
