// `npm run bench` (after `node esbuild.js --tests`): size, client listing, Go to Organization's
// search, auto-refresh's requests, then the real VS Code; prints the report and writes
// bench/RESULTS.md (raw data in bench/raw/, git-ignored).
// `--only=size,clients,goto,autorefresh,vscode` runs a subset (the report then has only those sections).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { progress } from '../test/harness/log';
import { repoRoot } from '../test/harness/paths';
import { runMain } from '../test/harness/processes';
import { runAutoRefreshBench } from './autoRefreshBench';
import { runClientBench } from './clientBench';
import { runGoToBench } from './goToBench';
import { describeMachine } from './machine';
import { renderReport, type BenchResults } from './report';
import { startServerProcess } from './serverProcess';
import { runSizeBench } from './sizeBench';
import { runVscodeBench } from './vscodeBench';

const PARTS = ['size', 'clients', 'goto', 'autorefresh', 'vscode'] as const;
const SIZES = [100, 1000, 10_000];
const VSCODE_RUNS = 5;

function selectedParts(): Set<string> {
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const parts = only ? only.split(',') : [...PARTS];
  for (const p of parts) if (!(PARTS as readonly string[]).includes(p)) throw new Error(`unknown part "${p}" (parts: ${PARTS.join(', ')})`);
  return new Set(parts);
}

async function main(): Promise<number> {
  const started = performance.now();
  const parts = selectedParts();
  const rawDir = path.join(repoRoot, 'bench', 'raw');
  fs.mkdirSync(rawDir, { recursive: true });
  const results: BenchResults = { machine: describeMachine(), errors: [] };
  const attempt = async (part: string, fn: () => Promise<void>): Promise<void> => {
    if (!parts.has(part)) return;
    try {
      await fn();
    } catch (e) {
      results.errors.push(`${part}: ${e instanceof Error ? e.message : String(e)}`);
      progress(`${part} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  // First, so that the VS Code part runs the minified bundle users get.
  await attempt('size', async () => {
    results.size = await runSizeBench(rawDir);
  });
  const servers = parts.has('clients') || parts.has('goto') || parts.has('vscode') ? await Promise.all(SIZES.map((n) => startServerProcess(n))) : [];
  await attempt('clients', async () => {
    results.clients = await runClientBench(servers);
  });
  await attempt('goto', async () => {
    results.goTo = await runGoToBench(servers);
  });
  await attempt('autorefresh', async () => {
    results.autoRefresh = await runAutoRefreshBench();
  });
  await attempt('vscode', async () => {
    results.vscode = await runVscodeBench(servers, rawDir, VSCODE_RUNS);
  });
  results.durationS = (performance.now() - started) / 1000;
  fs.writeFileSync(path.join(rawDir, 'results.json'), JSON.stringify(results, null, 2));
  const report = renderReport(results);
  process.stdout.write(report);
  // A partial run must not overwrite the full report.
  if (parts.size === PARTS.length) fs.writeFileSync(path.join(repoRoot, 'bench', 'RESULTS.md'), report);
  progress(`bench finished in ${results.durationS.toFixed(0)} s${parts.size === PARTS.length ? '; report in bench/RESULTS.md' : ''}`);
  return results.errors.length || results.vscode?.errors.length ? 1 : 0;
}

runMain(main);
