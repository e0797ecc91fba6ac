// Wires the Losant Explorer together; the behaviour lives in the modules it imports.
import * as vscode from 'vscode';
import { accountCommands } from './commands/apiToken';
import { registerCommands } from './commands/commandContext';
import { createOrganizationCommands } from './commands/createOrganization';
import { OrganizationCreator } from './commands/organizationCreator';
import { organizationActions } from './commands/organizationActions';
import { viewCommands } from './commands/viewCommands';
import { FilterStore } from './filterStore';
import { Log } from './log';
import { Sessions } from './session';
import { registerLanguageModelTools, type LosantTools } from './tools/languageModelTools';
import { TokenStore } from './tokenStore';
import type { TreeNode } from './tree/nodes';
import { OrganizationIcons } from './tree/organizationIcons';
import { OrganizationsProvider } from './tree/organizationsProvider';
import { bindViewChrome, type ViewChrome } from './tree/viewChrome';
import { OrganizationsListing } from './model/organizationsListing';
import { bindWalkthrough, walkthroughCommands } from './walkthrough';

/** What activate() returns; the integration tests use it to read the tree. */
export interface LosantExplorerApi {
  listing: OrganizationsListing;
  provider: OrganizationsProvider;
  /** What surrounds the tree now (context keys, message, title), as last derived from the listing. */
  chrome: { current(): ViewChrome | undefined };
  treeView: vscode.TreeView<TreeNode>;
  /** This extension's log folder; the window's logs (the Losant channel's among them) are two levels up. */
  logUri: vscode.Uri;
  /** The language model tools by name: the very objects registered with vscode.lm.registerTool. */
  tools: LosantTools;
}

// Two settings written one after the other (Sort By…) should cost one reload, not two.
const SETTINGS_SETTLE_MS = 50;

export function activate(context: vscode.ExtensionContext): LosantExplorerApi {
  const log = new Log();
  const tokens = new TokenStore(context.secrets);
  const filters = new FilterStore(context.globalState);
  const sessions = new Sessions(tokens, log, String(context.extension.packageJSON.version));
  const listing = new OrganizationsListing(() => sessions.forListing((apiUrl) => filters.get(apiUrl)));
  const icons = new OrganizationIcons(vscode.Uri.joinPath(context.globalStorageUri, 'icons'));
  const provider = new OrganizationsProvider(listing, icons);
  const treeView = vscode.window.createTreeView('losant.organizations', { treeDataProvider: provider, showCollapseAll: true });
  const chrome = bindViewChrome(treeView, listing, log);
  const creator = new OrganizationCreator(provider, treeView, log);
  const { tools, disposables: toolRegistrations } = registerLanguageModelTools(sessions, creator, log);

  let settingsTimer: NodeJS.Timeout | undefined;
  context.subscriptions.push(
    log,
    tokens,
    listing,
    provider,
    treeView,
    chrome,
    { dispose: () => clearTimeout(settingsTimer) },
    tokens.onDidChange((apiUrl) => {
      const current = sessions.apiUrl();
      if (current.ok && current.apiUrl === apiUrl) provider.refresh();
    }),
    // Trusting the folder brings its losant.apiUrl into effect (ignored in Restricted Mode).
    vscode.workspace.onDidGrantWorkspaceTrust(() => provider.refresh()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('losant')) return;
      clearTimeout(settingsTimer);
      settingsTimer = setTimeout(() => provider.refresh(), SETTINGS_SETTLE_MS);
    }),
    ...registerCommands(
      { sessions, tokens, filters, provider, treeView, creator, log },
      {
        ...accountCommands,
        ...viewCommands,
        ...organizationActions,
        ...createOrganizationCommands(),
        ...walkthroughCommands(context.extension.id),
        'losant.showLog': () => log.show(),
      },
    ),
    ...toolRegistrations,
    ...bindWalkthrough(context, sessions, tokens, log),
  );
  return { listing, provider, chrome, treeView, logUri: context.logUri, tools };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
