// Part 7: what auto-refresh (losant.organizations.autoRefreshSeconds) costs in requests, at the model
// level in plain Node: src/model/autoRefresh.ts's AutoRefresh on a fake clock (test/unit/fakeTimers.ts),
// reloading the real OrganizationsListing model as the view does (OrganizationsProvider.autoRefresh),
// with this project's client over real HTTP to an in-process local Losant server that counts them.
// Not in the real VS Code: the shortest interval is 30 s, so several intervals per case would take
// minutes there, and the extension takes no other clock.
import { LosantClient } from '../src/losant/client';
import { AutoRefresh, autoRefreshMs } from '../src/model/autoRefresh';
import type { ClientState } from '../src/model/clientState';
import { OrganizationsListing } from '../src/model/organizationsListing';
import { settingsFrom } from '../src/model/settings';
import { progress } from '../test/harness/log';
import { startFakeLosant, type FakeLosant } from '../test/server/fakeLosant';
import { FakeTimers, settle } from '../test/unit/fakeTimers';

/** The setting's value, seconds. */
const SETTING_SECONDS = 30;
const INTERVALS = 5;
const PAGE_SIZE = 100;
/** The fake clock moves in steps this long, each request answered before the next step. */
const STEP_MS = 1000;

export interface AutoRefreshCase {
  /** What the view and the window did, one phase after another. */
  phases: Array<{ visible: boolean; focused: boolean; ms: number }>;
  /** Pages the view had loaded (each auto-refresh reloads them all). */
  pages: number;
  /** GET /orgs the server received over the phases (the first load before them not counted). */
  requests: number;
  expected: number;
  /** Timers still waiting at the end: none when hidden or unfocused. */
  pendingTimers: number;
}

export interface AutoRefreshResult {
  intervalMs: number;
  orgs: number;
  pageSize: number;
  cases: AutoRefreshCase[];
}

interface Scenario {
  phases: AutoRefreshCase['phases'];
  pages: number;
}

async function runScenario(server: FakeLosant, intervalMs: number, scenario: Scenario): Promise<Omit<AutoRefreshCase, 'expected'>> {
  const settings = { ...settingsFrom(() => undefined), apiUrl: server.url, pageSize: PAGE_SIZE };
  const ready: ClientState = { kind: 'ready', client: new LosantClient({ apiUrl: server.url, token: server.tokens.all }), apiUrl: server.url, settings };
  const listing = new OrganizationsListing(() => Promise.resolve(ready));
  const timers = new FakeTimers();
  let inFlight: Promise<boolean> | undefined;
  // OrganizationsProvider.autoRefresh without the tree: the pages loaded, in place.
  const refresh = async (): Promise<boolean> => {
    if (listing.state.kind === 'listed') return listing.reloadInPlace();
    listing.refresh();
    return (await listing.loaded()).kind !== 'failed';
  };
  const auto = new AutoRefresh(() => (inFlight = refresh()), timers);
  try {
    const first = await listing.loaded();
    if (first.kind !== 'listed') throw new Error(`the first page did not load: ${first.kind}`);
    for (let p = 1; p < scenario.pages; p++) await listing.loadMore();
    server.clearRequests();
    // As bindAutoRefresh does at start: the setting, then the view's visibility and the window's focus.
    auto.setInterval(intervalMs);
    let shown: { visible: boolean; focused: boolean } | undefined;
    for (const phase of scenario.phases) {
      // VS Code tells only changes (onDidChangeVisibility, onDidChangeWindowState), after the first reading.
      if (phase.visible !== shown?.visible) auto.setVisible(phase.visible);
      if (phase.focused !== shown?.focused) auto.setFocused(phase.focused);
      shown = phase;
      for (let t = 0; t < phase.ms; t += STEP_MS) {
        await timers.advance(Math.min(STEP_MS, phase.ms - t));
        // The refresh is a real request: let it finish (and AutoRefresh schedule the next) before time moves on.
        while (inFlight) {
          const waiting = inFlight;
          await waiting;
          await settle();
          if (inFlight === waiting) inFlight = undefined;
        }
      }
    }
    const requests = server.requests.filter((r) => r.method === 'GET' && r.path === '/orgs').length;
    return { phases: scenario.phases, pages: scenario.pages, requests, pendingTimers: timers.pending };
  } finally {
    auto.dispose();
    listing.dispose();
  }
}

/** Refreshes the phases call for: one per full interval spent visible and focused (counted from when both became so). */
function expectedRequests(scenario: Scenario, intervalMs: number): number {
  let refreshes = 0;
  let activeFor = 0;
  for (const phase of scenario.phases) {
    if (phase.visible && phase.focused) {
      activeFor += phase.ms;
      refreshes += Math.floor(activeFor / intervalMs) - Math.floor((activeFor - phase.ms) / intervalMs);
    } else activeFor = 0;
  }
  return refreshes * scenario.pages;
}

export async function runAutoRefreshBench(orgs = 1000): Promise<AutoRefreshResult> {
  const intervalMs = autoRefreshMs(SETTING_SECONDS);
  const span = INTERVALS * intervalMs;
  const half = Math.round(2.5 * intervalMs);
  const scenarios: Scenario[] = [
    { phases: [{ visible: true, focused: true, ms: span }], pages: 1 },
    { phases: [{ visible: true, focused: true, ms: span }], pages: 3 },
    { phases: [{ visible: false, focused: true, ms: span }], pages: 1 },
    { phases: [{ visible: true, focused: false, ms: span }], pages: 1 },
    { phases: [{ visible: false, focused: false, ms: span }], pages: 1 },
    {
      phases: [
        { visible: false, focused: true, ms: half },
        { visible: true, focused: true, ms: half },
        { visible: true, focused: false, ms: half },
      ],
      pages: 1,
    },
  ];
  progress(`auto-refresh: requests over ${INTERVALS} intervals of ${SETTING_SECONDS} s (fake clock)`);
  const server = await startFakeLosant({ orgs });
  try {
    const cases: AutoRefreshCase[] = [];
    for (const scenario of scenarios) {
      cases.push({ ...(await runScenario(server, intervalMs, scenario)), expected: expectedRequests(scenario, intervalMs) });
    }
    return { intervalMs, orgs, pageSize: PAGE_SIZE, cases };
  } finally {
    await server.close();
  }
}
