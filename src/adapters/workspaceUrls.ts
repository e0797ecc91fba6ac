// Says plainly when the API or app URL in effect comes from the opened folder's settings (only
// possible once the folder is trusted: in Restricted Mode VS Code ignores both settings there).
// Every prompt for a token or a password goes through secretPrompt, so none can forget to say
// where the secret is about to go; Open in Losant asks first when the folder chose the web app.
import * as vscode from 'vscode';
import { askModal } from './messages';
import { apiUrlOverride, appUrlOverride, type WorkspaceOverride } from '../model/settingOrigin';

function inspect(key: 'apiUrl' | 'appUrl') {
  return vscode.workspace.getConfiguration('losant').inspect<string>(key);
}

/** `losant.apiUrl` set by the trusted workspace in place of the user's own. */
export function apiUrlFromWorkspace(): WorkspaceOverride | undefined {
  return apiUrlOverride(inspect('apiUrl'), vscode.workspace.isTrusted);
}

/** `losant.appUrl` set by the trusted workspace in place of the user's own. */
function appUrlFromWorkspace(): WorkspaceOverride | undefined {
  return appUrlOverride(inspect('appUrl'), vscode.workspace.isTrusted);
}

/** The workspace file's name when a multi-root workspace is open, else undefined (a folder). */
function workspaceFileName(): string | undefined {
  const file = vscode.workspace.workspaceFile;
  return file && file.scheme !== 'untitled' ? (file.path.split('/').pop() ?? file.path) : undefined;
}

/** A secret prompt's title and text, with a warning first when the API URL comes from the workspace. */
export function secretPrompt(title: string, prompt: string): { title: string; prompt: string } {
  const override = apiUrlFromWorkspace();
  if (!override) return { title, prompt };
  const file = workspaceFileName();
  const warning = file
    ? vscode.l10n.t("This workspace's settings ({0}) send what you enter here to {1}. Only continue if you trust this workspace.", file, override.host)
    : vscode.l10n.t("This folder's settings (.vscode/settings.json) send what you enter here to {0}. Only continue if you trust this folder.", override.host);
  const warningTitle = file
    ? vscode.l10n.t('{0} — server chosen by this workspace: {1}', title, override.host)
    : vscode.l10n.t('{0} — server chosen by this folder: {1}', title, override.host);
  return { title: warningTitle, prompt: `⚠ ${warning} ${prompt}` };
}

/** The note above the tree while the API URL in effect comes from the workspace, else undefined. */
export function apiUrlSourceNote(): string | undefined {
  const override = apiUrlFromWorkspace();
  if (!override) return undefined;
  const file = workspaceFileName();
  return file
    ? vscode.l10n.t("This workspace's settings ({0}) point Losant Explorer at {1}.", file, override.host)
    : vscode.l10n.t("This folder's settings (.vscode/settings.json) point Losant Explorer at {0}.", override.host);
}

/** Asks before Open in Losant goes to a web app URL the workspace chose; true to go on. */
export async function confirmAppUrlFromWorkspace(): Promise<boolean> {
  const override = appUrlFromWorkspace();
  if (!override) return true;
  const file = workspaceFileName();
  const message = file
    ? vscode.l10n.t("This workspace's settings ({0}) send Open in Losant to {1}, not to your own Losant web app. Open it?", file, override.host)
    : vscode.l10n.t("This folder's settings (.vscode/settings.json) send Open in Losant to {0}, not to your own Losant web app. Open it?", override.host);
  return askModal(message, vscode.l10n.t('Open'));
}
