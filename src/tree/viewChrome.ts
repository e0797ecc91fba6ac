// Applies what surrounds the tree (src/model/viewChrome.ts derives it from the listing's state) to
// the tree view: its context keys, message, description and title.
import * as vscode from 'vscode';
import { localize } from '../adapters/localize';
import type { Log } from '../adapters/log';
import { apiUrlSourceNote } from '../adapters/workspaceUrls';
import type { Subscription } from '../model/emitter';
import type { OrganizationsListing } from '../model/organizationsListing';
import { viewChromeFor, viewStateOf, waitingMessage, type ViewChrome } from '../model/viewChrome';
import type { TreeNode } from './nodes';

/** Keeps the tree view's chrome and context keys in step with the listing. Returns the chrome last applied. */
export function bindViewChrome(
  treeView: vscode.TreeView<TreeNode>,
  listing: OrganizationsListing,
  log: Log,
): { current(): ViewChrome | undefined } & vscode.Disposable {
  let current: ViewChrome | undefined;
  const subscriptions: Subscription[] = [
    listing.onDidChange(({ state }) => {
      const viewState = viewStateOf(state);
      if (!viewState) return;
      current = viewChromeFor(state, viewState, localize, apiUrlSourceNote());
      if (current.reason) log.warn(current.reason);
      // Before the state, so the plain signed-out welcome text does not flash first.
      void vscode.commands.executeCommand('setContext', 'losant.apiUrlFromWorkspace', current.apiUrlFromWorkspace);
      void vscode.commands.executeCommand('setContext', 'losant.state', current.state);
      void vscode.commands.executeCommand('setContext', 'losant.stateDetail', current.detail);
      void vscode.commands.executeCommand('setContext', 'losant.filtered', current.filtered);
      treeView.message = current.message;
      treeView.description = current.description;
      // A view alone in its container hides its description, so the title carries the count too.
      treeView.title = current.title;
    }),
    listing.onDidWait((notice) => {
      treeView.message = waitingMessage(notice, localize);
    }),
    listing.onNotice((n) => log[n.level](n.message)),
  ];
  return {
    current: () => current,
    dispose: () => subscriptions.forEach((s) => s.dispose()),
  };
}
