// Connects the auto-refresh (src/model/autoRefresh.ts) to VS Code: the setting, whether the view is
// visible, whether the window has focus, and what the user has in flight.
import * as vscode from 'vscode';
import type { Log } from '../adapters/log';
import type { Activity } from '../model/activity';
import { AutoRefresh, autoRefreshMs } from '../model/autoRefresh';
import type { TreeNode } from './nodes';
import type { OrganizationsProvider } from './organizationsProvider';

const SETTING = 'organizations.autoRefreshSeconds';
/** The setting's full name: a change to it alone reloads nothing (it changes nothing the view lists). */
export const AUTO_REFRESH_SETTING = `losant.${SETTING}`;

export function bindAutoRefresh(treeView: vscode.TreeView<TreeNode>, provider: OrganizationsProvider, activity: Activity, log: Log): vscode.Disposable[] {
  const auto = new AutoRefresh(
    async () => {
      const ok = await provider.autoRefresh();
      // Never a notification: the view's own rows say what failed; the log says when.
      if (!ok) log.info('Auto-refresh did not succeed; it waits longer before the next one.');
      return ok;
    },
    undefined,
    () => activity.busy,
  );
  const readInterval = () => auto.setInterval(autoRefreshMs(vscode.workspace.getConfiguration('losant').get<unknown>(SETTING)));
  readInterval();
  auto.setVisible(treeView.visible);
  auto.setFocused(vscode.window.state.focused);
  return [
    { dispose: () => auto.dispose() },
    treeView.onDidChangeVisibility((e) => auto.setVisible(e.visible)),
    vscode.window.onDidChangeWindowState((s) => auto.setFocused(s.focused)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(AUTO_REFRESH_SETTING)) readInterval();
      // Any other change reloads the view: the next auto-refresh counts from then.
      else if (e.affectsConfiguration('losant')) auto.reloaded();
    }),
  ];
}
