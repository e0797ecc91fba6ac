// Wires the Losant Explorer together; the behaviour lives in the modules it imports. What it
// returns stays inside the extension: activate() (extension.ts) hands none of it to anyone. Only
// the test build's entry point (test/channel/) passes it on to the integration tests.
import * as vscode from 'vscode';
import { AUTH_PROVIDER_ID, LosantAuthenticationProvider } from './auth/authProvider';
import { SessionStore } from './model/sessionStore';
import { accountCommands, forgetSessionForExtensions, signOutOf } from './flows/apiToken';
import { registerCommands, type CommandContext } from './flows/commandContext';
import { createOrganizationFlows, type CreateFlows } from './commands/createOrganization';
import { OrganizationCreator } from './flows/organizationCreator';
import { organizationActions } from './commands/organizationActions';
import { viewCommands } from './commands/viewCommands';
import { showError } from './adapters/messages';
import { signInFlows, type SignInFlows } from './flows/signIn';
import { installationCommands } from './commands/switchInstallation';
import { FilterStore } from './model/filterStore';
import { PINS_KEY, PinStore } from './model/pins';
import { Activity } from './model/activity';
import { AUTO_REFRESH_SETTING, bindAutoRefresh } from './tree/autoRefresh';
import { Log } from './adapters/log';
import { ClientResolver } from './adapters/clientResolver';
import { registerLanguageModelTools, type LosantTools } from './tools/languageModelTools';
import { TokenStore } from './model/tokenStore';
import type { TreeNode } from './tree/nodes';
import { OrganizationIcons } from './tree/organizationIcons';
import { OrganizationsProvider } from './tree/organizationsProvider';
import { bindViewChrome } from './tree/viewChrome';
import type { ViewChrome } from './model/viewChrome';
import { OrganizationsListing } from './model/organizationsListing';
import { bindWalkthrough, WALKTHROUGH_SHOWN_KEY, walkthroughCommands } from './commands/walkthrough';
import { goToCommands } from './commands/goToOrganization';
import { pinCommands } from './commands/pinCommands';
import { deleteCommands } from './commands/deleteOrganization';
import { memberFlows, type MemberFlows } from './commands/memberCommands';
import { MembersTree } from './tree/membersTree';
import { editOrganizationFlows, type EditFlows } from './commands/editOrganization';
import { OrganizationEditor } from './flows/organizationEditor';

/** The running extension's parts, and the flows its account and create commands run once the person has answered. */
export interface Explorer {
  listing: OrganizationsListing;
  provider: OrganizationsProvider;
  /** What surrounds the tree now (context keys, message, title), as last derived from the listing. */
  chrome: { current(): ViewChrome | undefined };
  treeView: vscode.TreeView<TreeNode>;
  /** This extension's log folder; the window's logs (the Losant channel's among them) are two levels up. */
  logUri: vscode.Uri;
  /** The language model tools by name: the very objects registered with vscode.lm.registerTool. */
  tools: LosantTools;
  /** The "Losant" authentication provider: the very object registered with VS Code. */
  authProvider: LosantAuthenticationProvider;
  /** What the commands receive. */
  commandContext: CommandContext;
  signIn: SignInFlows;
  create: CreateFlows;
  members: MemberFlows;
  edit: EditFlows;
}

/** What this reads of its own package.json. */
interface ExtensionManifest {
  contributes: { configuration: { properties: Record<string, unknown> } };
}

// Two settings written one after the other (Sort By…) should cost one reload, not two.
const SETTINGS_SETTLE_MS = 50;

export function startExplorer(context: vscode.ExtensionContext): Explorer {
  const log = new Log();
  const tokens = new TokenStore(context.secrets);
  const filters = new FilterStore(context.globalState);
  const pins = new PinStore(context.globalState);
  // Synced across the user's machines: the walkthrough shown once, and the pins (setKeysForSync replaces the list, so both at once).
  context.globalState.setKeysForSync([WALKTHROUGH_SHOWN_KEY, PINS_KEY]);
  const sessions = new SessionStore(context.secrets, tokens);
  const clients = new ClientResolver(tokens, log, String(context.extension.packageJSON.version), sessions);
  const listing = new OrganizationsListing(
    () => clients.resolve(),
    (apiUrl) => filters.get(apiUrl),
  );
  const icons = new OrganizationIcons(vscode.Uri.joinPath(context.globalStorageUri, 'icons'));
  const provider = new OrganizationsProvider(listing, icons, pins, new MembersTree(clients, log));
  const treeView = vscode.window.createTreeView('losant.organizations', { treeDataProvider: provider, showCollapseAll: true });
  const chrome = bindViewChrome(treeView, listing, log);
  const activity = new Activity();
  const creator = new OrganizationCreator(provider, treeView, log, activity);
  const signIn = signInFlows();
  const commandContext: CommandContext = { clients, sessions, filters, pins, provider, treeView, creator, log, activity, signIn };
  const create = createOrganizationFlows();
  const members = memberFlows();
  const editor = new OrganizationEditor(provider, treeView, log, activity);
  const edit = editOrganizationFlows(editor);
  const { tools, disposables: toolRegistrations } = registerLanguageModelTools(clients, creator, log, editor);
  const authProvider = new LosantAuthenticationProvider(sessions, {
    currentApiUrl: () => {
      const url = clients.apiUrl();
      return url.ok ? url.apiUrl : undefined;
    },
    signIn: (scopes) => signIn.interactive(commandContext, scopes),
    report: (message) => showError(message, log),
    signOut: (apiUrl) => signOutOf({ sessions, log }, apiUrl, 'view'),
    forget: (sessionId) => forgetSessionForExtensions({ sessions, log }, sessionId),
  });

  // The settings whose change reloads the view: every one of ours but the auto-refresh interval,
  // which changes nothing listed (bindAutoRefresh reschedules for it; a reload would drop the pages loaded).
  const reloadingSettings = Object.keys((context.extension.packageJSON as ExtensionManifest).contributes.configuration.properties).filter(
    (key) => key !== AUTO_REFRESH_SETTING,
  );
  let settingsTimer: NodeJS.Timeout | undefined;
  context.subscriptions.push(
    log,
    tokens,
    sessions,
    authProvider,
    vscode.authentication.registerAuthenticationProvider(AUTH_PROVIDER_ID, 'Losant', authProvider, { supportsMultipleAccounts: true }),
    listing,
    provider,
    treeView,
    chrome,
    pins,
    ...bindAutoRefresh(treeView, provider, activity, log),
    { dispose: () => clearTimeout(settingsTimer) },
    // A token or an account label changed, in this window or another.
    sessions.onDidChange((apiUrl) => {
      const current = clients.apiUrl();
      if (current.ok && current.apiUrl === apiUrl) provider.refresh();
    }),
    // Trusting the folder brings its losant.apiUrl into effect (ignored in Restricted Mode).
    vscode.workspace.onDidGrantWorkspaceTrust(() => provider.refresh()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!reloadingSettings.some((key) => e.affectsConfiguration(key))) return;
      clearTimeout(settingsTimer);
      settingsTimer = setTimeout(() => {
        provider.refresh();
        // Another installation may bring a session stored before sessions had records.
        void authProvider.update();
      }, SETTINGS_SETTLE_MS);
    }),
    ...registerCommands(commandContext, {
      ...accountCommands,
      ...signIn.commands,
      ...installationCommands,
      ...viewCommands,
      ...organizationActions,
      ...create.commands,
      ...edit.commands,
      ...goToCommands,
      ...pinCommands,
      ...deleteCommands,
      ...members.commands,
      ...walkthroughCommands(context.extension.id),
      'losant.showLog': () => log.show(),
    }),
    ...toolRegistrations,
    ...bindWalkthrough(context, clients, tokens, log),
  );
  return { listing, provider, chrome, treeView, logUri: context.logUri, tools, authProvider, commandContext, signIn, create, members, edit };
}
