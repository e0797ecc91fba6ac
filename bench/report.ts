// Turns the measurements into the Markdown table `npm run bench` prints and saves as
// bench/RESULTS.md, with a verdict on each target.
import type { MachineInfo } from './machine';
import type { AutoRefreshResult } from './autoRefreshBench';
import type { ClientResult } from './clientBench';
import type { GoToResult } from './goToBench';
import type { SizeResult } from './sizeBench';
import { kb, mb, median, ms, ratio } from './stats';
import type { VscodeBenchResult } from './vscode/results';

export interface BenchResults {
  machine: MachineInfo;
  durationS?: number;
  clients?: ClientResult[];
  size?: SizeResult;
  goTo?: GoToResult;
  autoRefresh?: AutoRefreshResult;
  vscode?: VscodeBenchResult;
  errors: string[];
}

export const TARGETS = {
  projectOverFloor: 1.1,
  bundleBytes: 100 * 1024,
  vsixBytes: 200 * 1024,
  vsixFiles: 20,
  /** µs per organization at the largest N over the next smaller N: above this, not flat. */
  flatness: 1.25,
  /** Go to Organization: last keystroke to items shown, minus the debounce, over one plain round trip. */
  goToOverRoundTrip: 1.5,
  /** Go to Organization: GET /orgs while typing a name at human speed. */
  goToRequests: 3,
};

const verdict = (ok: boolean) => (ok ? 'met' : '**MISSED**');
const us = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a');
const int = (n: number) => n.toLocaleString('en-US');

function clientSection(results: ClientResult[], lines: string[], misses: string[]): void {
  lines.push(
    '## 1. Listing every organization (pages of 1,000)',
    '',
    'Wall time to list all N from the local Losant server (a separate process; its time is in every column),',
    `median of ${results.map((r) => r.runs).join('/')} interleaved rounds after 2 warm-up rounds. "paired" = median of each round's ratio.`,
    '',
    '| N | project ms | official (losant-rest) ms | floor (node:http) ms | project/official | project/floor | paired project/floor | faster than official | ≤ 1.1× floor |',
    '|---:|---:|---:|---:|---:|---:|---:|:--:|:--:|',
  );
  for (const r of results) {
    const { project, official, floor } = r.medianMs;
    const fasterOk = project < official;
    const floorOk = project / floor <= TARGETS.projectOverFloor;
    if (!fasterOk) misses.push(`N=${int(r.n)}: project ${ms(project)} ms is not faster than the official client (${ms(official)} ms)`);
    if (!floorOk) misses.push(`N=${int(r.n)}: project/floor ${ratio(project / floor)} (target ≤ ${TARGETS.projectOverFloor}×)`);
    lines.push(
      `| ${int(r.n)} | ${ms(project)} | ${ms(official)} | ${ms(floor)} | ${ratio(project / official)} | ${ratio(project / floor)} | ${ratio(r.pairedRatio.floor)} | ${verdict(fasterOk)} | ${verdict(floorOk)} |`,
    );
  }
  lines.push(
    '',
    '## 2. Cost per organization as N grows',
    '',
    "Clients: µs per organization, wall time (server included) and this process's CPU time (the client's own work only).",
    '',
    '| N | project wall | official wall | floor wall | project CPU | official CPU | floor CPU |',
    '|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const r of results) {
    const per = (v: number) => us((v * 1000) / r.n);
    lines.push(
      `| ${int(r.n)} | ${per(r.medianMs.project)} | ${per(r.medianMs.official)} | ${per(r.medianMs.floor)} | ${per(r.medianCpuMs.project)} | ${per(r.medianCpuMs.official)} | ${per(r.medianCpuMs.floor)} |`,
    );
  }
  const [, mid, big] = results;
  if (mid && big) {
    const growth = (c: 'project' | 'floor') => big.medianCpuMs[c] / big.n / (mid.medianCpuMs[c] / mid.n);
    const cpuGrowth = growth('project');
    const floorGrowth = growth('floor');
    // When the floor (which does the least any client can) grows as much, the growth is the runtime's
    // (GC of larger heaps, a busy machine), not something the client does per organization.
    const ok = cpuGrowth <= TARGETS.flatness || cpuGrowth <= floorGrowth * 1.1;
    if (!ok) misses.push(`client CPU per organization grows ${ratio(cpuGrowth)} from N=${int(mid.n)} to N=${int(big.n)} (floor: ${ratio(floorGrowth)})`);
    lines.push(
      '',
      `Client CPU µs/org at N=${int(big.n)} over N=${int(mid.n)}: project ${ratio(cpuGrowth)}, floor ${ratio(floorGrowth)} ` +
        `(flat if ≤ ${TARGETS.flatness}×, or within 10% of the floor's own growth): ${verdict(ok)}.`,
    );
  }
}

/** y = a + b·x by least squares. */
function linearFit(xs: number[], ys: number[]): { a: number; b: number } {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  const b = sxx === 0 ? 0 : sxy / sxx;
  return { a: my - b * mx, b };
}

function treeSection(v: VscodeBenchResult, lines: string[], misses: string[]): void {
  const lm = v.loadMore;
  if (!lm) return;
  lines.push(
    '',
    `Tree (real VS Code): ${int(lm.orgs)} organizations through "Load more", pages of ${int(lm.pageSize)}. "Command" = \`losant.loadMoreOrganizations\``,
    '(GET + parse + append); "render" = then until VS Code holds the new rows (`treeView.reveal` of the last one);',
    '"provider" = extension-host time inside getChildren/getTreeItem while VS Code re-read the root.',
    '',
    '| rows after | command ms | command µs/new org | render ms | render µs/row shown | provider ms | getTreeItem calls |',
    '|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const p of lm.pages) {
    lines.push(
      `| ${int(p.loaded)} | ${ms(p.commandMs)} | ${us((p.commandMs * 1000) / lm.pageSize)} | ${ms(p.renderMs)} | ${us((p.renderMs * 1000) / p.loaded)} | ${ms(p.providerMs)} | ${int(p.treeItemCalls)} |`,
    );
  }
  // The first "Load more" also warms up VS Code's code paths; the fit and the verdict leave it out.
  const pages = lm.pages.slice(1);
  if (pages.length >= 3) {
    const fit = (ys: number[]) =>
      linearFit(
        pages.map((p) => p.loaded / 1000),
        ys,
      );
    const command = fit(pages.map((p) => p.commandMs));
    const render = fit(pages.map((p) => p.renderMs));
    // Growth over the range loaded: what the rows already shown add to the last page, relative to a page's own cost.
    const growth = (f: { a: number; b: number }) => (f.a + f.b * (pages[pages.length - 1].loaded / 1000)) / (f.a + f.b * (pages[0].loaded / 1000));
    const commandOk = growth(command) <= TARGETS.flatness;
    const renderOk = growth(render) <= TARGETS.flatness;
    const describe = (f: { a: number; b: number }) => `${ms(f.a)} ms + ${ms(f.b)} ms per 1,000 rows already shown`;
    lines.push(
      '',
      `Least-squares fit over pages 2–${lm.pages.length}: command = ${describe(command)} (${verdict(commandOk)}: ${commandOk ? "the provider's append stays flat" : 'grows'}); ` +
        `render = ${describe(render)} (${verdict(renderOk)}: ${renderOk ? 'flat' : 'each "Load more" makes VS Code re-read and re-send every row, so loading N costs O(N²/pageSize)'}).`,
      `All ${int(lm.orgs)} after the first page: ${ms(lm.totalMs)} ms = ${us((lm.totalMs * 1000) / (lm.orgs - lm.pageSize))} µs per organization.`,
    );
    if (!commandOk) misses.push(`"Load more" command time grows with the rows already loaded (${describe(command)})`);
    if (!renderOk) misses.push(`tree: VS Code's time to take in a page grows with the rows already shown (${describe(render)}): quadratic in N overall`);
  }
}

function sizeSection(s: SizeResult, lines: string[], misses: string[]): void {
  const bundleOk = s.bundleBytes < TARGETS.bundleBytes;
  const vsixOk = s.vsixBytes < TARGETS.vsixBytes;
  const filesOk = s.vsixFiles.length <= TARGETS.vsixFiles;
  if (!bundleOk) misses.push(`bundle ${kb(s.bundleBytes)} (target < 100 KB)`);
  if (!vsixOk) misses.push(`.vsix ${kb(s.vsixBytes)} (target < 200 KB)`);
  if (!filesOk) misses.push(`.vsix has ${s.vsixFiles.length} files (target ≤ 20)`);
  lines.push(
    '',
    '## 3. Size',
    '',
    '| artifact | size | target | |',
    '|---|---:|---:|:--:|',
    `| dist/extension.js (minified) | ${int(s.bundleBytes)} B (${kb(s.bundleBytes)}) | < 100 KB | ${verdict(bundleOk)} |`,
    `| losant-explorer.vsix | ${int(s.vsixBytes)} B (${kb(s.vsixBytes)}) | < 200 KB | ${verdict(vsixOk)} |`,
    `| files in the .vsix | ${s.vsixFiles.length} | ≤ 20 | ${verdict(filesOk)} |`,
    '',
    `Files: ${s.vsixFiles.map((f) => `\`${f}\``).join(', ')}.`,
  );
}

function vscodeSection(v: VscodeBenchResult, lines: string[], misses: string[]): void {
  lines.push(
    '',
    `## 4. In a real VS Code (code-server ${v.host.vscode}, extension host Node ${v.host.node}, headless Chromium)`,
    '',
    `Activation: ${ms(v.activation.ms)} ms around \`ext.activate()\`${v.activation.wasActive ? ' (already active: not a cold activation)' : ''}; ` +
      `VS Code's Running Extensions editor says "${v.activation.vscodeReported ?? 'n/a'}" (code loading + activate() call). One sample per VS Code start.`,
    '',
    'Opening the view with a stored token (view closed and empty before), median of the runs after one warm-up.',
    '"Extension\'s part" is from VS Code asking for the rows to the first page loaded: what the extension',
    'adds to one round trip (target ≤ 2×); the time before VS Code asks is its own opening of the view.',
    '',
    "| orgs | page size | runs | VS Code asks for rows ms | first page loaded ms | row in DOM ms | plain HTTP round trip ms | loaded / round trip | DOM / round trip | extension's part ms | extension's part / round trip |",
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const o of v.openView) {
    const own = median(o.samples.map((s) => s.loadedMs - s.askedMs).filter(Number.isFinite));
    lines.push(
      `| ${int(o.orgs)} | ${int(o.pageSize)} | ${o.runs} | ${ms(o.askedMs)} | ${ms(o.loadedMs)} | ${ms(o.domMs)} | ${ms(o.plainRoundTripMs)} | ${ratio(o.loadedMs / o.plainRoundTripMs)} | ${ratio(o.domMs / o.plainRoundTripMs)} | ${ms(own)} | ${ratio(own / o.plainRoundTripMs)} |`,
    );
    if (own / o.plainRoundTripMs > 2)
      misses.push(`open view (${int(o.orgs)} orgs): the extension's part is ${ratio(own / o.plainRoundTripMs)} a plain round trip (target ≤ 2×)`);
    if (o.samples.some((s) => s.loadStartedBeforeOpen))
      lines.push(`| | | | (a load started before the view opened in some runs: those timings are flattered) | | | | | |`);
  }
  const lm = v.loadMore;
  if (lm) {
    const delta = (k: 'rss' | 'heapUsed') => lm.memoryAfter[k] - lm.memoryBefore[k];
    lines.push(
      '',
      `Extension host memory, first page of 1,000 shown → all ${int(lm.orgs)} loaded through "Load more"${lm.gcAvailable ? ' (after a forced GC each time)' : ''}:`,
      '',
      '| | before | after | growth | per organization added |',
      '|---|---:|---:|---:|---:|',
      `| heap used | ${mb(lm.memoryBefore.heapUsed)} | ${mb(lm.memoryAfter.heapUsed)} | ${mb(delta('heapUsed'))} | ${kb(delta('heapUsed') / (lm.orgs - lm.pageSize))} |`,
      `| RSS | ${mb(lm.memoryBefore.rss)} | ${mb(lm.memoryAfter.rss)} | ${mb(delta('rss'))} | ${kb(delta('rss') / (lm.orgs - lm.pageSize))} |`,
    );
  }
  const r = v.requests;
  if (r) {
    const rows: Array<[string, number, string, boolean]> = [
      ['store a token (view closed): the token check', r.storeToken, '1', r.storeToken === 1],
      ['open the view (token stored)', r.openView, '1', r.openView === 1],
      ['refresh', r.refresh, '1', r.refresh === 1],
      ['create an organization (POST + GET)', r.create.post + r.create.get, '≤ 2 (1 POST)', r.create.post === 1 && r.create.get <= 1],
    ];
    lines.push('', '## 5. Requests (counted by the local Losant server)', '', '| action | requests | target | |', '|---|---:|---:|:--:|');
    for (const [what, n, target, ok] of rows) {
      lines.push(`| ${what} | ${n} | ${target} | ${verdict(ok)} |`);
      if (!ok) misses.push(`${what}: ${n} requests (target ${target})`);
    }
  }
}

function goToSection(g: GoToResult, lines: string[], misses: string[]): void {
  lines.push(
    '',
    `## 6. Go to Organization (plain Node, model level)`,
    '',
    `\`OrganizationSearch\` with this project's \`LosantClient\` over real HTTP to the local Losant server (its own process), real timers,`,
    `debounce ${g.debounceMs} ms. The person types "${g.text}" (5 keystrokes 40 ms apart, under the debounce, then the last); timed from the last`,
    `\`type()\` to the 'found' state. "Plain round trip" = one node:http GET + JSON.parse of the same \`GET /orgs?filter=*${g.text}*&perPage=${g.perPage}\`,`,
    `timed just before each search. Median of the runs after one warm-up; "paired" = median of each run's ratio. Target: after the debounce ≤ ${TARGETS.goToOverRoundTrip}× the round trip.`,
    '',
    '| orgs | shown of matching | runs | last key → items shown ms | minus debounce ms | plain round trip ms | ratio | paired ratio | debounce fired after ms | request → shown ms | request → shown / round trip | ≤ 1.5× |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:--:|',
  );
  for (const l of g.latency) {
    const r = l.afterDebounceMs / l.plainRoundTripMs;
    const ok = r <= TARGETS.goToOverRoundTrip;
    if (!ok)
      misses.push(
        `Go to (${int(l.orgs)} orgs): last keystroke to items shown minus the debounce is ${ratio(r)} a plain round trip (target ≤ ${TARGETS.goToOverRoundTrip}×)`,
      );
    lines.push(
      `| ${int(l.orgs)} | ${l.shown} of ${int(l.totalCount)} | ${l.runs} | ${ms(l.foundMs)} | ${ms(l.afterDebounceMs)} | ${ms(l.plainRoundTripMs)} | ${ratio(r)} | ${ratio(l.pairedRatio)} | ${ms(l.debounceFiredMs)} | ${ms(l.requestToFoundMs)} | ${ratio(l.requestToFoundMs / l.plainRoundTripMs)} | ${verdict(ok)} |`,
    );
  }
  lines.push(
    '',
    `Requests while typing "${g.text}" (6 keystrokes, random gaps in the range shown, seeded; at 5 characters a word, 120–180 ms is 65–100 words a minute, 220–280 ms 45–55), counted by a local Losant server with ${int(g.requestOrgs)} organizations`,
    `(in this process: counts only). "Cancelled" = requests the search aborted because the next keystroke came before the answer. Target: ≤ ${TARGETS.goToRequests} at human speed.`,
    '',
    '| typist | ms between keys | GET /orgs per trial | of which cancelled | most | ≤ 3 |',
    '|---|---:|---:|---:|---:|:--:|',
  );
  for (const t of g.typists) {
    const most = Math.max(...t.trials.map((x) => x.requests));
    const ok = most <= TARGETS.goToRequests;
    if (!ok)
      misses.push(`Go to, ${t.name} (${t.gapMs[0]}–${t.gapMs[1]} ms between keys): up to ${most} requests for 6 keystrokes (target ≤ ${TARGETS.goToRequests})`);
    lines.push(
      `| ${t.name} | ${t.gapMs[0]}–${t.gapMs[1]} | ${t.trials.map((x) => x.requests).join(', ')} | ${t.trials.map((x) => x.cancelled).join(', ')} | ${most} | ${verdict(ok)} |`,
    );
  }
}

function autoRefreshSection(a: AutoRefreshResult, lines: string[], misses: string[]): void {
  const state = (p: { visible: boolean; focused: boolean }) => `${p.visible ? 'visible' : 'hidden'}, ${p.focused ? 'focused' : 'unfocused'}`;
  const seconds = (msValue: number) => `${(msValue / 1000).toFixed(0)} s`;
  lines.push(
    '',
    `## 7. Auto-refresh requests (model level, fake clock)`,
    '',
    `\`AutoRefresh\` (src/model/autoRefresh.ts) at \`autoRefreshSeconds\` = ${seconds(a.intervalMs)}, on test/unit/fakeTimers.ts's clock, reloading the real \`OrganizationsListing\``,
    `as the view does (the pages loaded, in place) with this project's client over real HTTP; GET /orgs counted by a local Losant server with ${int(a.orgs)} organizations,`,
    `pages of ${a.pageSize}. Not in the real VS Code: several 30 s intervals per case would take minutes there. The first load is not counted.`,
    '',
    '| view, window (each phase) | pages loaded | GET /orgs | expected | timers waiting at the end | |',
    '|---|---:|---:|---:|---:|:--:|',
  );
  for (const c of a.cases) {
    const ok = c.requests === c.expected;
    const what = c.phases.map((p) => `${state(p)} for ${seconds(p.ms)}`).join(' → ');
    if (!ok) misses.push(`auto-refresh, ${what}: ${c.requests} requests (expected ${c.expected})`);
    lines.push(`| ${what} | ${c.pages} | ${c.requests} | ${c.expected} | ${c.pendingTimers} | ${verdict(ok)} |`);
  }
}

export function renderReport(r: BenchResults): string {
  const lines: string[] = [
    '# Benchmark results',
    '',
    `Generated by \`npm run bench\` on ${r.machine.date} in ${r.durationS?.toFixed(0) ?? '?'} s.`,
    `Node ${r.machine.node}; ${r.machine.platform}; ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memory} memory.`,
    '',
  ];
  const misses: string[] = [];
  if (r.clients) clientSection(r.clients, lines, misses);
  if (r.vscode) treeSection(r.vscode, lines, misses);
  if (r.size) sizeSection(r.size, lines, misses);
  if (r.vscode) vscodeSection(r.vscode, lines, misses);
  if (r.goTo) goToSection(r.goTo, lines, misses);
  if (r.autoRefresh) autoRefreshSection(r.autoRefresh, lines, misses);
  const errors = [...r.errors, ...(r.vscode?.errors ?? [])];
  lines.push('', '## Targets missed', '', ...(misses.length ? misses.map((m) => `- ${m}`) : ['- none']));
  if (errors.length) lines.push('', '## Parts that failed', '', ...errors.map((e) => `- ${e}`));
  return `${lines.join('\n')}\n`;
}
