// Reads and writes the extension's settings through VS Code (their checks: model/settings.ts).
import * as vscode from 'vscode';
import { settingsFrom, type LosantSettings } from '../model/settings';

export type { LosantSettings } from '../model/settings';

export function readSettings(): LosantSettings {
  const c = vscode.workspace.getConfiguration('losant');
  return settingsFrom((key) => c.get<unknown>(key));
}

/** Writes a setting where it is currently defined (workspace or user), so the write takes effect. */
export async function writeSetting(key: string, value: unknown): Promise<void> {
  const c = vscode.workspace.getConfiguration('losant');
  const inspected = c.inspect(key);
  const target =
    inspected?.workspaceFolderValue !== undefined
      ? vscode.ConfigurationTarget.WorkspaceFolder
      : inspected?.workspaceValue !== undefined
        ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
  await c.update(key, value, target);
}
