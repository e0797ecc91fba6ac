// Part 6: "Go to Organization…" at the model level, in plain Node: OrganizationSearch with this
// project's LosantClient over real HTTP to the local Losant server, on real timers.
// - latency: from the last keystroke (the last type() call) to the 'found' state, minus the
//   debounce, over one plain GET /orgs round trip with the same query, measured side by side;
// - requests: how many GET /orgs the server receives while a person types a 6-character name.
import { LosantClient } from '../src/losant/client';
import type { OrganizationsQuery } from '../src/losant/types';
import { OrganizationSearch, SEARCH_DEBOUNCE_MS, searchPattern, type SearchState } from '../src/model/organizationSearch';
import { summaryExclude } from '../src/model/organizationsListing';
import { progress } from '../test/harness/log';
import { createRandom } from '../test/server/prng';
import { startFakeLosant } from '../test/server/fakeLosant';
import { plainGet } from './plainHttp';
import type { ServerProcess } from './serverProcess';
import { median } from './stats';

/** What the person types: six characters, the start of many seeded names (1 in ~60). */
export const GO_TO_TEXT = 'Summit';
/** As src/commands/goToOrganization.ts asks (RESULTS_PER_SEARCH), with the default sort settings. */
const PER_PAGE = 25;
/** The organization counts timed (servers of the bench with these many). */
const LATENCY_SIZES = [1000, 10_000];
/** Gap between the keystrokes before the last in the latency runs: under the debounce, so none is sent early. */
const LATENCY_KEY_GAP_MS = 40;
const FOUND_TIMEOUT_MS = 30_000;
/** After the answer, how long to wait for a stray request to arrive and be counted. */
const QUIET_MS = 400;

export interface GoToLatency {
  orgs: number;
  runs: number;
  /** What the search showed: `shown` of `totalCount` matching. */
  shown: number;
  totalCount: number;
  /** Medians, ms. Last type() → 'found'. */
  foundMs: number;
  /** foundMs minus the nominal debounce. */
  afterDebounceMs: number;
  /** Last type() → the search function called (the debounce as the timer really fired). */
  debounceFiredMs: number;
  /** Search function called → 'found' (client, HTTP, parse, state). */
  requestToFoundMs: number;
  /** One plain node:http GET + JSON.parse of the same query. */
  plainRoundTripMs: number;
  /** Median of each run's afterDebounce / plain ratio (the two timed moments apart). */
  pairedRatio: number;
  samples: Array<{ foundMs: number; debounceFiredMs: number; plainMs: number }>;
}

export interface TypistResult {
  name: string;
  /** Range of the random gaps between keystrokes, ms. */
  gapMs: [number, number];
  /** One entry per trial. */
  trials: Array<{ gapsMs: number[]; requests: number; cancelled: number }>;
}

export interface GoToResult {
  text: string;
  debounceMs: number;
  perPage: number;
  latency: GoToLatency[];
  /** Counted by an in-process local server (counts only, no timing) with `requestOrgs` organizations. */
  requestOrgs: number;
  typists: TypistResult[];
}

export function goToQuery(text: string): OrganizationsQuery {
  // What goToOrganization sends with the default settings (sort by name, ascending, no payload counts).
  return { filter: searchPattern(text), perPage: PER_PAGE, sortField: 'name', sortDirection: 'asc', summaryExclude: summaryExclude(false) };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves with the first state (now or later) that settles the search for `text`. */
function settled(search: OrganizationSearch, text: string): Promise<SearchState & { kind: 'found' }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no answer for "${text}" within ${FOUND_TIMEOUT_MS / 1000} s (state ${search.state.kind})`));
    }, FOUND_TIMEOUT_MS);
    const sub = search.onDidChange((state) => {
      if (state.kind === 'searching' || state.kind === 'idle' || state.text !== text) return;
      clearTimeout(timer);
      sub.dispose();
      if (state.kind === 'found') resolve(state);
      else reject(new Error(`the search for "${text}" ended ${state.kind}: ${JSON.stringify(state)}`));
    });
  });
}

/** A search as the quick pick makes it, with the moments its requests start recorded. */
function searchWith(client: LosantClient, requests: Array<{ at: number; signal: AbortSignal }> = []): OrganizationSearch {
  return new OrganizationSearch((pattern, signal) => {
    requests.push({ at: performance.now(), signal });
    return client.listOrganizations({ ...goToQuery(GO_TO_TEXT), filter: pattern }, { signal });
  });
}

async function timeOneSearch(client: LosantClient): Promise<{ foundMs: number; debounceFiredMs: number; found: SearchState & { kind: 'found' } }> {
  const requests: Array<{ at: number; signal: AbortSignal }> = [];
  const search = searchWith(client, requests);
  try {
    for (let i = 1; i < GO_TO_TEXT.length; i++) {
      search.type(GO_TO_TEXT.slice(0, i));
      await sleep(LATENCY_KEY_GAP_MS);
    }
    const found = settled(search, GO_TO_TEXT);
    const started = performance.now();
    search.type(GO_TO_TEXT);
    const state = await found;
    const foundMs = performance.now() - started;
    // One request, unless the machine stalled for longer than the debounce between two early keystrokes.
    return { foundMs, debounceFiredMs: requests[requests.length - 1].at - started, found: state };
  } finally {
    search.dispose();
  }
}

async function measureLatency(server: ServerProcess, runs: number): Promise<GoToLatency> {
  const client = new LosantClient({ apiUrl: server.url, token: server.token });
  const query = goToQuery(GO_TO_TEXT);
  const samples: GoToLatency['samples'] = [];
  let shown = 0;
  let totalCount = 0;
  // The first round warms up (code paths, the connections, the server) and is not kept.
  for (let round = 0; round <= runs; round++) {
    const plainStarted = performance.now();
    const plain = await plainGet(server.url, server.token, query);
    const plainMs = performance.now() - plainStarted;
    const { foundMs, debounceFiredMs, found } = await timeOneSearch(client);
    if (found.organizations.length !== plain.items.length || found.totalCount !== plain.totalCount)
      throw new Error(`the search showed ${found.organizations.length} of ${found.totalCount}, the plain GET ${plain.items.length} of ${plain.totalCount}`);
    if (found.organizations.length === 0) throw new Error(`nothing matches "${GO_TO_TEXT}": the bench would time an empty answer`);
    shown = found.organizations.length;
    totalCount = found.totalCount;
    if (round > 0) samples.push({ foundMs, debounceFiredMs, plainMs });
  }
  const afterDebounce = (s: { foundMs: number }) => s.foundMs - SEARCH_DEBOUNCE_MS;
  return {
    orgs: server.orgs,
    runs: samples.length,
    shown,
    totalCount,
    foundMs: median(samples.map((s) => s.foundMs)),
    afterDebounceMs: median(samples.map(afterDebounce)),
    debounceFiredMs: median(samples.map((s) => s.debounceFiredMs)),
    requestToFoundMs: median(samples.map((s) => s.foundMs - s.debounceFiredMs)),
    plainRoundTripMs: median(samples.map((s) => s.plainMs)),
    pairedRatio: median(samples.map((s) => afterDebounce(s) / s.plainMs)),
    samples,
  };
}

const TYPISTS: Array<{ name: string; gapMs: [number, number] }> = [
  { name: 'human speed', gapMs: [120, 180] },
  { name: 'slow typist', gapMs: [220, 280] },
];

async function countTyping(orgs: number, trials: number): Promise<TypistResult[]> {
  const server = await startFakeLosant({ orgs });
  try {
    const client = new LosantClient({ apiUrl: server.url, token: server.tokens.all });
    const results: TypistResult[] = [];
    for (const [t, typist] of TYPISTS.entries()) {
      const result: TypistResult = { name: typist.name, gapMs: typist.gapMs, trials: [] };
      for (let trial = 0; trial < trials; trial++) {
        const random = createRandom(1000 * (t + 1) + trial);
        const gapsMs = Array.from({ length: GO_TO_TEXT.length - 1 }, () => Math.round(typist.gapMs[0] + random() * (typist.gapMs[1] - typist.gapMs[0])));
        const requests: Array<{ at: number; signal: AbortSignal }> = [];
        const search = searchWith(client, requests);
        try {
          server.clearRequests();
          const found = settled(search, GO_TO_TEXT);
          for (let i = 1; i <= GO_TO_TEXT.length; i++) {
            search.type(GO_TO_TEXT.slice(0, i));
            if (i < GO_TO_TEXT.length) await sleep(gapsMs[i - 1]);
          }
          await found;
          await sleep(QUIET_MS);
          const received = server.requests.filter((r) => r.method === 'GET' && r.path === '/orgs').length;
          result.trials.push({ gapsMs, requests: received, cancelled: requests.filter((r) => r.signal.aborted).length });
        } finally {
          search.dispose();
        }
      }
      results.push(result);
    }
    return results;
  } finally {
    await server.close();
  }
}

export async function runGoToBench(servers: ServerProcess[], options = { runs: 10, trials: 3, requestOrgs: 1000 }): Promise<GoToResult> {
  const latency: GoToLatency[] = [];
  for (const orgs of LATENCY_SIZES) {
    const server = servers.find((s) => s.orgs === orgs);
    if (!server) throw new Error(`no local Losant server with ${orgs} organizations`);
    progress(`go to: last keystroke → items shown, ${orgs} organizations`);
    latency.push(await measureLatency(server, options.runs));
  }
  progress(`go to: requests while typing "${GO_TO_TEXT}"`);
  const typists = await countTyping(options.requestOrgs, options.trials);
  return { text: GO_TO_TEXT, debounceMs: SEARCH_DEBOUNCE_MS, perPage: PER_PAGE, latency, requestOrgs: options.requestOrgs, typists };
}
