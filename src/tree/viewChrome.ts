// Keeps what surrounds the tree in step with each load: the context keys that pick the welcome
// content and the title actions, the message above the tree, and the count beside the title.
import * as vscode from 'vscode';
import type { FilterStore } from '../filterStore';
import type { Sessions } from '../session';
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
      void vscode.commands.executeCommand('setContext', 'losant.state', loaded.state);
      void vscode.commands.executeCommand('setContext', 'losant.stateDetail', loaded.detail ?? '');
      void vscode.commands.executeCommand('setContext', 'losant.filtered', api.ok && filters.get(api.apiUrl) !== undefined);
      treeView.message = loaded.message;
      treeView.description = loaded.description;
      // A view alone in its container hides its description, so the title carries the count too.
      treeView.title = loaded.count ? vscode.l10n.t('Organizations ({0})', loaded.count) : vscode.l10n.t('Organizations');
    }),
    provider.onDidWait((text) => {
      treeView.message = text;
    }),
  ];
}
