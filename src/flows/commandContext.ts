// One way to register a command: every command receives the same dependencies, and a failure it
// does not handle itself is reported the same way (a message with the reason, and Show Log) and
// logged, instead of VS Code's generic "command failed".
import * as vscode from 'vscode';
import type { SessionStore } from '../model/sessionStore';
import type { FilterStore } from '../model/filterStore';
import type { PinStore } from '../model/pins';
import type { Activity } from '../model/activity';
import { isLosantApiError } from '../losant/index';
import { errorText } from '../adapters/localize';
import type { Log } from '../adapters/log';
import type { ClientResolver } from '../adapters/clientResolver';
import type { TreeNode } from '../tree/nodes';
import type { OrganizationsProvider } from '../tree/organizationsProvider';
import { showError } from '../adapters/messages';
import type { OrganizationCreator } from './organizationCreator';
import type { SignInFlows } from './signIn';

export interface CommandContext {
  readonly clients: ClientResolver;
  /** The signed-in installations: tokens and the records beside them. */
  readonly sessions: SessionStore;
  readonly filters: FilterStore;
  /** Pinned and recently opened organizations, per installation and account. */
  readonly pins: PinStore;
  readonly provider: OrganizationsProvider;
  readonly treeView: vscode.TreeView<TreeNode>;
  readonly creator: OrganizationCreator;
  readonly log: Log;
  /** Sign In, also run to add a scope an action needs to the view's token. */
  readonly signIn: SignInFlows;
  /** What the user has in flight (sign-in, create): the auto-refresh waits for it. */
  readonly activity: Activity;
}

/** A command: what it needs from the context, then the arguments VS Code passes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- commands take the arguments their callers pass
export type Command = (context: CommandContext, ...args: any[]) => unknown;

/** Command ids to what they run. */
export type Commands = Readonly<Record<string, Command>>;

function reasonOf(e: unknown): string {
  if (isLosantApiError(e)) return errorText(e);
  return e instanceof Error ? e.message : String(e);
}

/** Registers the commands; a command that throws shows its reason and resolves to undefined. */
export function registerCommands(context: CommandContext, commands: Commands): vscode.Disposable[] {
  return Object.entries(commands).map(([id, run]) =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await run(context, ...args);
      } catch (e) {
        context.log.error(`${id} failed: ${e instanceof Error && e.stack ? e.stack : String(e)}`);
        showError(vscode.l10n.t('Losant Explorer could not finish this: {0}', reasonOf(e)), context.log);
        return undefined;
      }
    }),
  );
}

/** The API URL in effect, or undefined after telling the user why it cannot be used. */
export function requireApiUrl({ clients, log }: Pick<CommandContext, 'clients' | 'log'>): string | undefined {
  const url = clients.apiUrl();
  if (url.ok) return url.apiUrl;
  showError(url.reason, log, {
    title: vscode.l10n.t('Open Settings'),
    run: () => vscode.commands.executeCommand('workbench.action.openSettings', 'losant.apiUrl'),
  });
  return undefined;
}
