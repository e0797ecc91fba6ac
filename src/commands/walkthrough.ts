// The "Get Started with Losant Explorer" walkthrough (package.json `contributes.walkthroughs`): opens
// it once after the first install, offers it again as a command (Losant: Get Started), and keeps the
// `losant.signedIn` context key that its first step completes on.
import * as vscode from 'vscode';
import type { Commands } from '../flows/commandContext';
import type { Log } from '../adapters/log';
import type { ClientResolver } from '../adapters/clientResolver';
import type { TokenStore } from '../model/tokenStore';

const WALKTHROUGH_ID = 'losant.gettingStarted';
/** globalState key: set once the walkthrough has been opened for the person (synced across machines). */
export const WALKTHROUGH_SHOWN_KEY = 'losant.walkthroughShown';

function openWalkthrough(extensionId: string): Thenable<unknown> {
  return vscode.commands.executeCommand('workbench.action.openWalkthrough', `${extensionId}#${WALKTHROUGH_ID}`, false);
}

/** Losant: Get Started. */
export function walkthroughCommands(extensionId: string): Commands {
  return { 'losant.openWalkthrough': () => openWalkthrough(extensionId) };
}

/**
 * Opens the walkthrough the first time the extension starts, never again. VS Code opens it by itself
 * only when the extension is installed while a window is open (Extensions view); not after
 * `code --install-extension`, Settings Sync or a remote install. When VS Code did open it, that
 * activated the extension (`onWalkthrough`), so this merely shows the same page and sets the flag.
 * Honours VS Code's own `workbench.welcomePage.walkthroughs.openOnInstall` (a machine setting: in a
 * remote window the extension host sees the remote's value, not the user's).
 */
async function openOnFirstRun(context: vscode.ExtensionContext, log: Log): Promise<void> {
  if (context.globalState.get<boolean>(WALKTHROUGH_SHOWN_KEY)) return;
  await context.globalState.update(WALKTHROUGH_SHOWN_KEY, true);
  if (!vscode.workspace.getConfiguration('workbench.welcomePage').get<boolean>('walkthroughs.openOnInstall', true)) return;
  try {
    await openWalkthrough(context.extension.id);
  } catch (e) {
    log.info(`Could not open the Get Started walkthrough: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * `losant.signedIn`: there is a client for the current installation, whether or not the view is
 * open. It asks the same resolver as the view's `losant.state` (through the listing), so the two
 * keys never disagree about being signed in.
 */
function bindSignedInContext(clients: ClientResolver, tokens: TokenStore): vscode.Disposable[] {
  let generation = 0;
  const update = async (): Promise<void> => {
    const mine = ++generation;
    const signedIn = (await clients.resolve().then(undefined, () => undefined))?.kind === 'ready';
    // A slower, older read must not overwrite a newer one.
    if (mine === generation) await vscode.commands.executeCommand('setContext', 'losant.signedIn', signedIn);
  };
  void update();
  return [
    tokens.onDidChange(() => void update()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('losant.apiUrl')) void update();
    }),
    // Trusting the folder can bring its losant.apiUrl into effect.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void update()),
  ];
}

/** Opens the walkthrough on the first start and keeps `losant.signedIn` current. */
export function bindWalkthrough(context: vscode.ExtensionContext, clients: ClientResolver, tokens: TokenStore, log: Log): vscode.Disposable[] {
  void openOnFirstRun(context, log);
  return bindSignedInContext(clients, tokens);
}
