// Keeps what surrounds the tree in step with each load: the context keys that pick the welcome
// content and the title actions, the message above the tree (with where the API URL comes from
// when the opened folder set it), and the count beside the title.
import * as vscode from 'vscode';
import type { FilterStore } from '../filterStore';
import type { Sessions } from '../session';
import { apiUrlSourceNote } from '../workspaceUrls';
import type { TreeNode } from './nodes';
import type { OrganizationsProvider } from './organizationsProvider';

export function bindViewChrome(
  treeView: vscode.TreeView<TreeNode>,
  provider: OrganizationsProvider,
  sessions: Sessions,
  filters: FilterStore,
): vscode.Disposable[] {
  return [
    provider.onDidLoad((loaded) => {
      const api = sessions.apiUrl();
      // Where the server comes from, when the opened folder chose it: in the welcome text while
      // signed out (a message would hide its buttons), above the rows otherwise. Set before the
      // state, so the plain signed-out text does not flash first.
      const sourceNote = apiUrlSourceNote();
      void vscode.commands.executeCommand('setContext', 'losant.apiUrlFromWorkspace', sourceNote !== undefined);
      void vscode.commands.executeCommand('setContext', 'losant.state', loaded.state);
      void vscode.commands.executeCommand('setContext', 'losant.stateDetail', loaded.detail ?? '');
      void vscode.commands.executeCommand('setContext', 'losant.filtered', api.ok && filters.get(api.apiUrl) !== undefined);
      const showsRows = loaded.state === 'signedIn' || loaded.state === 'noMatch';
      treeView.message = [showsRows ? sourceNote : undefined, loaded.message].filter(Boolean).join(' ') || undefined;
      treeView.description = loaded.description;
      // A view alone in its container hides its description, so the title carries the count too.
      treeView.title = loaded.count ? vscode.l10n.t('Organizations ({0})', loaded.count) : vscode.l10n.t('Organizations');
    }),
    provider.onDidWait((text) => {
      treeView.message = text;
    }),
  ];
}
