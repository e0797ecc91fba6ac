// Parts 2 (tree) and 4 (memory): 10,000 organizations through "Load more" in pages of 1,000. Each
// page is timed from the command to VS Code holding the new rows, so a cost that grows with the
// rows already shown (a quadratic total) shows up as pages getting slower; the extension host's
// memory is read before the first "Load more" and after the last.
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as vscode from 'vscode';
import type { TestChannel } from '../../test/channel/extension';
import type { OrganizationNode } from '../../src/tree/nodes';
import type { LoadMorePage, LoadMoreResult, ServerInfo } from './results';
import type { TreeProbe } from './treeProbe';
import { currentListing, signInTo } from './workbench';

const MAX_PAGES = 50;
const MAX_MS = 5 * 60_000;

/** The extension host runs without --expose-gc; V8 can still hand out gc() for a measurement. */
function garbageCollector(): (() => void) | undefined {
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

function memory(gc: (() => void) | undefined): NodeJS.MemoryUsage {
  gc?.();
  return process.memoryUsage();
}

export async function measureLoadMore(api: TestChannel, probe: TreeProbe, server: ServerInfo, pageSize: number): Promise<LoadMoreResult> {
  const gc = garbageCollector();
  await signInTo(api, server, pageSize);
  const memoryBefore = memory(gc);
  const pages: LoadMorePage[] = [];
  const started = performance.now();
  for (let i = 0; i < MAX_PAGES && performance.now() - started < MAX_MS; i++) {
    const listing = currentListing(api);
    if (!listing) throw new Error('the tree has no listing');
    if (!listing.hasMore) break;
    probe.reset();
    const commandStarted = performance.now();
    await vscode.commands.executeCommand('losant.loadMoreOrganizations');
    const commandMs = performance.now() - commandStarted;
    const now = currentListing(api)?.organizations ?? [];
    const last: OrganizationNode | undefined = now.length ? api.provider.findOrganization(now[now.length - 1].id) : undefined;
    if (!last) throw new Error('no organization to reveal');
    // reveal() goes through VS Code's main thread, which must first take in the refreshed root.
    const renderStarted = performance.now();
    await api.treeView.reveal(last, { select: false, focus: false });
    pages.push({
      loaded: now.length,
      commandMs,
      renderMs: performance.now() - renderStarted,
      providerMs: probe.providerMs,
      treeItemCalls: probe.treeItemCalls,
    });
  }
  const totalMs = performance.now() - started;
  const loaded = currentListing(api)?.organizations.length ?? 0;
  if (loaded !== server.orgs) throw new Error(`"Load more" stopped at ${loaded} of ${server.orgs} organizations`);
  return { orgs: server.orgs, pageSize, pages, totalMs, memoryBefore, memoryAfter: memory(gc), gcAvailable: gc !== undefined };
}
