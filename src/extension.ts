// Wires the Losant Explorer together; the behaviour lives in the modules it imports.
import * as vscode from 'vscode';
import { registerApiTokenCommands } from './commands/apiToken';
import { registerCreateOrganization } from './commands/createOrganization';
import { registerOrganizationActions } from './commands/organizationActions';
import { registerViewCommands } from './commands/viewCommands';
import { FilterStore } from './filterStore';
import { Log } from './log';
import { Sessions } from './session';
import { TokenStore } from './tokenStore';
import type { TreeNode } from './tree/nodes';
import { OrganizationIcons } from './tree/organizationIcons';
import { OrganizationsProvider } from './tree/organizationsProvider';
import { bindViewChrome } from './tree/viewChrome';
import { registerWalkthrough } from './walkthrough';

/** What activate() returns; the integration tests use it to read the tree. */
export interface LosantExplorerApi {
  provider: OrganizationsProvider;
  treeView: vscode.TreeView<TreeNode>;
  /** This extension's log folder; the window's logs (the Losant channel's among them) are two levels up. */
  logUri: vscode.Uri;
}

// Two settings written one after the other (Sort By…) should cost one reload, not two.
const SETTINGS_SETTLE_MS = 50;

export function activate(context: vscode.ExtensionContext): LosantExplorerApi {
  const log = new Log();
  const tokens = new TokenStore(context.secrets);
  const filters = new FilterStore(context.globalState);
  const sessions = new Sessions(tokens, log, String(context.extension.packageJSON.version));
  const icons = new OrganizationIcons(vscode.Uri.joinPath(context.globalStorageUri, 'icons'));
  const provider = new OrganizationsProvider(sessions, filters, icons, log);
  const treeView = vscode.window.createTreeView('losant.organizations', { treeDataProvider: provider, showCollapseAll: true });

  let settingsTimer: NodeJS.Timeout | undefined;
  context.subscriptions.push(
    log,
    tokens,
    provider,
    treeView,
    { dispose: () => clearTimeout(settingsTimer) },
    ...bindViewChrome(treeView, provider, sessions, filters),
    tokens.onDidChange((apiUrl) => {
      const current = sessions.apiUrl();
      if (current.ok && current.apiUrl === apiUrl) provider.refresh();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('losant')) return;
      clearTimeout(settingsTimer);
      settingsTimer = setTimeout(() => provider.refresh(), SETTINGS_SETTLE_MS);
    }),
    ...registerApiTokenCommands({ sessions, tokens, log }),
    ...registerViewCommands(sessions, provider, filters, log),
    ...registerOrganizationActions(sessions, provider, treeView, log),
    registerCreateOrganization(sessions, provider, treeView, log),
    vscode.commands.registerCommand('losant.showLog', () => log.show()),
    ...registerWalkthrough(context, sessions, tokens, log),
  );
  return { provider, treeView, logUri: context.logUri };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
