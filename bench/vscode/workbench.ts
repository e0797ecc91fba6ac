// Small steps the in-VS Code bench repeats: settings, the view, waiting for the tree to settle.
import * as vscode from 'vscode';
import { waitFor } from '../../test/harness/poll';
import type { TestChannel } from '../../test/channel/extension';
import type { Listing, ListingState } from '../../src/model/organizationsListing';
import { viewStateOf, type ViewState } from '../../src/model/viewChrome';

export { EXTENSION_ID } from '../../test/harness/extensionId';
export const SHOW_VIEW = 'workbench.view.extension.losant';

export function setSetting(key: string, value: unknown): Thenable<void> {
  return vscode.workspace.getConfiguration('losant').update(key, value, vscode.ConfigurationTarget.Global);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves with the next load that settles in `state` (the listing's onDidChange). */
export function nextLoad(api: TestChannel, state: ViewState, timeoutMs = 60_000): Promise<ListingState> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`the tree did not settle in state ${state} within ${timeoutMs / 1000} s (now ${api.listing.state.kind})`));
    }, timeoutMs);
    const listener = api.listing.onDidChange((change) => {
      if (viewStateOf(change.state) !== state) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(change.state);
    });
  });
}

/** The organizations listed now, or undefined when the view shows no list. */
export function currentListing(api: TestChannel): Listing | undefined {
  const state = api.listing.state;
  return state.kind === 'listed' ? state.listing : undefined;
}

/** Waits for a state reached through VS Code's own scheduling (settings, views). */
export async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  await waitFor(what, check, { timeoutMs, intervalMs: 20 });
}

/**
 * Points the extension at a server with a page size, stores the token and waits until the tree
 * shows that server's first page: the starting point of each measurement.
 */
export async function signInTo(api: TestChannel, server: { url: string; token: string }, pageSize: number | undefined): Promise<void> {
  await setSetting('apiUrl', server.url);
  await setSetting('organizations.pageSize', pageSize);
  await vscode.commands.executeCommand(SHOW_VIEW);
  const stored = await api.setApiToken(server.token);
  if (!stored) throw new Error(`the token for ${server.url} was not stored`);
  await until(`the first page from ${server.url}`, async () => {
    const state = await api.listing.loaded();
    const listing = state.kind === 'listed' ? state.listing : undefined;
    return listing?.apiUrl === server.url && listing.organizations.length === Math.min(pageSize ?? 100, listing.totalCount);
  });
}
