// The in-VS Code half of `npm run bench`, loaded by the extension host as `extensionTestsPath`
// (bench/vscodeBench.ts starts it). No mocha: run() measures, writes one JSON file (its path comes
// through the extension environment) and resolves; VS Code then reports the end to the harness.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { TestChannel } from '../../test/channel/extension';
import { HarnessLink } from './harnessLink';
import { measureLoadMore } from './loadMore';
import { countRequests } from './requestCounts';
import { BENCH_ENV_VAR, type BenchEnvironment, type ServerInfo, type VscodeBenchResult } from './results';
import { probeProvider } from './treeProbe';
import { measureViewOpening } from './viewOpening';
import { EXTENSION_ID, until } from './workbench';

function readEnvironment(): BenchEnvironment {
  const file = process.env[BENCH_ENV_VAR];
  if (!file) throw new Error(`${BENCH_ENV_VAR} is not set: start this through \`npm run bench\``);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as BenchEnvironment;
}

/** Activates the extension, timing activate() when VS Code had not done it yet. */
async function activate(): Promise<{ api: TestChannel; ms: number; wasActive: boolean }> {
  const ext = vscode.extensions.getExtension<TestChannel>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed`);
  const wasActive = ext.isActive;
  const started = performance.now();
  const api = await ext.activate();
  return { api, ms: performance.now() - started, wasActive };
}

function server(env: BenchEnvironment, orgs: number): ServerInfo {
  const found = env.servers.find((s) => s.orgs === orgs);
  if (!found) throw new Error(`no local Losant server with ${orgs} organizations`);
  return found;
}

export async function run(): Promise<void> {
  const env = readEnvironment();
  const errors: string[] = [];
  const { api, ms, wasActive } = await activate();
  const result: VscodeBenchResult = {
    host: { node: process.version, vscode: vscode.version, uiKind: vscode.UIKind[vscode.env.uiKind] },
    activation: { ms, wasActive },
    openView: [],
    errors,
  };
  // Each part is attempted even when another failed; what failed is reported, not hidden.
  const attempt = async (what: string, part: () => Promise<void>): Promise<void> => {
    try {
      await part();
    } catch (e) {
      errors.push(`${what}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const link = new HarnessLink(env.controlUrl);
  const probe = probeProvider(api.provider);
  for (const [orgs, pageSize] of [
    [100, 100],
    [1000, 1000],
  ] as const) {
    await attempt(`opening the view with ${orgs} organizations`, async () => {
      result.openView.push(await measureViewOpening(api, link, probe, server(env, orgs), pageSize, env.runs));
    });
  }
  await attempt('loading 10,000 organizations', async () => {
    result.loadMore = await measureLoadMore(api, probe, server(env, 10_000), 1000);
  });
  await attempt('counting requests', async () => {
    result.requests = await countRequests(api);
  });
  await attempt("reading VS Code's activation time", async () => {
    await vscode.commands.executeCommand('workbench.action.showRuntimeExtensions');
    // The row shows the marketplace display name when VS Code has one, else the identifier.
    const names = [EXTENSION_ID, String(vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.displayName)].map((n) => n.toLowerCase());
    let seen: string[] = [];
    try {
      await until(
        'the Running Extensions editor to list Losant Explorer',
        async () => {
          const rows = await link.activationTimes();
          seen = rows.map((r) => r.name);
          const row = rows.find((r) => names.includes(r.name.trim().toLowerCase()));
          result.activation.vscodeReported = row?.activation;
          return row !== undefined;
        },
        30_000,
      );
    } catch (e) {
      throw new Error(`${e instanceof Error ? e.message : String(e)} (rows seen: ${seen.join(', ') || 'none'})`);
    }
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
  fs.writeFileSync(env.resultFile, JSON.stringify(result, null, 2));
}
