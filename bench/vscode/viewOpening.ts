// Part 4: from opening the Losant view (token already stored) to the organizations being shown,
// as the provider sees it (its first page settled) and as the user sees it (a row in the DOM),
// each compared with one plain HTTP round trip of the same page measured in the same run.
import * as vscode from 'vscode';
import type { TestChannel } from '../../test/channel/extension';
import { pageQuery } from '../pageQuery';
import { plainGet } from '../plainHttp';
import { median } from '../stats';
import type { HarnessLink } from './harnessLink';
import type { OpenViewResult, ServerInfo } from './results';
import type { TreeProbe } from './treeProbe';
import { nextLoad, SHOW_VIEW, signInTo, sleep } from './workbench';

/**
 * Leaves the token stored but the view closed and empty: sign out while the view is visible (the
 * rows leave the DOM), close the side bar, store the token again. Opening the view then has to load
 * and render the first page, as after a restart.
 */
async function closedWithStoredToken(api: TestChannel, link: HarnessLink, server: ServerInfo): Promise<void> {
  await vscode.commands.executeCommand(SHOW_VIEW);
  const signedOut = nextLoad(api, 'signedOut');
  await vscode.commands.executeCommand('losant.signOut');
  await signedOut;
  const empty = await link.until('noRows');
  if (empty.at === null) throw new Error('the rows did not leave the DOM after signing out');
  await vscode.commands.executeCommand('workbench.action.closeSidebar');
  const stored = await api.setApiToken(server.token);
  if (!stored) throw new Error('the token was not stored again');
  // Let the refresh that storing the token fires reach the (hidden) view.
  await sleep(150);
}

export async function measureViewOpening(
  api: TestChannel,
  link: HarnessLink,
  probe: TreeProbe,
  server: ServerInfo,
  pageSize: number,
  runs: number,
): Promise<OpenViewResult> {
  await signInTo(api, server, pageSize);
  const samples: OpenViewResult['samples'] = [];
  // The first round warms up (code paths, the server's caches, the connection) and is not kept.
  for (let round = 0; round <= runs; round++) {
    await closedWithStoredToken(api, link, server);
    probe.reset();
    await link.arm('rows');
    const loaded = nextLoad(api, 'signedIn');
    const startedEpoch = Date.now();
    const started = performance.now();
    await vscode.commands.executeCommand(SHOW_VIEW);
    await loaded;
    const loadedMs = performance.now() - started;
    const dom = await link.wait();
    const domMs = dom.at === null || dom.already ? Number.NaN : dom.at - startedEpoch;
    // A load VS Code started while the view was still hidden would flatter the result: flag it.
    const loadStartedBeforeOpen = probe.rootCalls.some((t) => t < started);
    const askedMs = (probe.rootCalls.find((t) => t >= started) ?? Number.NaN) - started;
    const plainStarted = performance.now();
    const page = await plainGet(server.url, server.token, pageQuery(pageSize, 0));
    const plainMs = performance.now() - plainStarted;
    if (page.items.length !== Math.min(pageSize, server.orgs)) throw new Error(`the plain GET returned ${page.items.length} organizations`);
    if (round > 0) samples.push({ askedMs, loadedMs, domMs, plainMs, loadStartedBeforeOpen });
  }
  const finite = (xs: number[]) => xs.filter(Number.isFinite);
  return {
    orgs: server.orgs,
    pageSize,
    runs: samples.length,
    askedMs: median(finite(samples.map((s) => s.askedMs))),
    loadedMs: median(samples.map((s) => s.loadedMs)),
    domMs: median(finite(samples.map((s) => s.domMs))),
    plainRoundTripMs: median(samples.map((s) => s.plainMs)),
    samples,
  };
}
