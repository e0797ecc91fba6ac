// The JSON the in-VS Code bench (index.ts, in the extension host) writes for the harness side
// (bench/vscodeBench.ts) to read: one shape, shared, so the two sides cannot drift apart.

export interface ServerInfo {
  orgs: number;
  url: string;
  token: string;
}

/**
 * Written by the harness to a private file whose path (only) reaches the extension host through
 * the `extensionEnvironment` of the payload: tokens never travel in the page URL, where a log
 * could pick them up.
 */
export interface BenchEnvironment {
  /** Where index.ts writes its VscodeBenchResult. */
  resultFile: string;
  /** The harness's loopback control server (DOM watching), see bench/domWatch.ts. */
  controlUrl: string;
  servers: ServerInfo[];
  runs: number;
}

/** Names the environment variable that holds the path of the BenchEnvironment file. */
export const BENCH_ENV_VAR = 'LOSANT_BENCH_ENV_FILE';

export interface OpenViewResult {
  orgs: number;
  pageSize: number;
  runs: number;
  /** Medians, ms, from the command that opens the view. */
  loadedMs: number;
  /** Until an organization row is in the workbench DOM (NaN when it could not be seen). */
  domMs: number;
  /** One plain node:http GET + JSON.parse of the same page, from the extension host. */
  plainRoundTripMs: number;
  /** Median, ms: until VS Code first asked the provider for the root rows (opening the view itself). */
  askedMs: number;
  samples: Array<{ askedMs: number; loadedMs: number; domMs: number; plainMs: number; loadStartedBeforeOpen: boolean }>;
}

export interface LoadMorePage {
  /** Organizations in the tree after this page. */
  loaded: number;
  /** `losant.loadMoreOrganizations`: GET + parse + append. */
  commandMs: number;
  /** Then until VS Code has the new rows (treeView.reveal of the last one resolved). */
  renderMs: number;
  /** Host time inside the provider's getChildren + getTreeItem while VS Code re-read the root. */
  providerMs: number;
  /** getTreeItem calls VS Code made for that refresh (the whole root, not only the new page). */
  treeItemCalls: number;
}

export interface LoadMoreResult {
  orgs: number;
  pageSize: number;
  /** Each "Load more" after the first page. */
  pages: LoadMorePage[];
  totalMs: number;
  memoryBefore: NodeJS.MemoryUsage;
  memoryAfter: NodeJS.MemoryUsage;
  gcAvailable: boolean;
}

export interface RequestCounts {
  /** Storing a token with the view closed (the token check). */
  storeToken: number;
  openView: number;
  refresh: number;
  /** POST + any GET that follows it. */
  create: { post: number; get: number };
}

export interface VscodeBenchResult {
  host: { node: string; vscode: string; uiKind: string };
  activation: {
    /** Around ext.activate() in the bench: module loading, activate(), and VS Code's own bookkeeping. */
    ms: number;
    wasActive: boolean;
    /** What VS Code's "Running Extensions" editor says (code loading + activate() call), if it could be read. */
    vscodeReported?: string;
  };
  openView: OpenViewResult[];
  loadMore?: LoadMoreResult;
  requests?: RequestCounts;
  errors: string[];
}
