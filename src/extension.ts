// Wires the Losant Explorer together; the behaviour lives in the modules it imports.
import * as vscode from 'vscode';
import { registerApiTokenCommands } from './commands/apiToken';
import { registerCreateOrganization } from './commands/createOrganization';
import { Log } from './log';
import { Sessions } from './session';
import { TokenStore } from './tokenStore';
import type { TreeNode } from './tree/nodes';
import { OrganizationsProvider } from './tree/organizationsProvider';

/** What activate() returns; the integration tests use it to read the tree. */
export interface LosantExplorerApi {
  provider: OrganizationsProvider;
  treeView: vscode.TreeView<TreeNode>;
}

export function activate(context: vscode.ExtensionContext): LosantExplorerApi {
  const log = new Log();
  const tokens = new TokenStore(context.secrets);
  const sessions = new Sessions(tokens, log, String(context.extension.packageJSON.version));
  const provider = new OrganizationsProvider(sessions, log);
  const treeView = vscode.window.createTreeView('losant.organizations', { treeDataProvider: provider, showCollapseAll: false });

  context.subscriptions.push(
    log,
    tokens,
    provider,
    treeView,
    provider.onDidLoad((loaded) => {
      void vscode.commands.executeCommand('setContext', 'losant.state', loaded.state);
      treeView.message = loaded.message;
    }),
    tokens.onDidChange((apiUrl) => {
      const current = sessions.apiUrl();
      if (current.ok && current.apiUrl === apiUrl) provider.refresh();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('losant')) provider.refresh();
    }),
    ...registerApiTokenCommands(sessions, tokens, log),
    registerCreateOrganization(sessions, provider, treeView, log),
    vscode.commands.registerCommand('losant.refreshOrganizations', () => provider.refresh()),
    vscode.commands.registerCommand('losant.showLog', () => log.show()),
  );
  return { provider, treeView };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
