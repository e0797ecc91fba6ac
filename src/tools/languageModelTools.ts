// Registers the Losant tools that VS Code's chat agent can call (contributes.languageModelTools).
import * as vscode from 'vscode';
import type { OrganizationCreator } from '../flows/organizationCreator';
import type { Log } from '../adapters/log';
import type { ClientResolver } from '../adapters/clientResolver';
import { CREATE_TOOL, CreateOrganizationTool } from './createOrganizationTool';
import { GET_TOOL, getOrganizationTool, LIST_TOOL, listOrganizationsTool } from './readTools';
import { UPDATE_TOOL, UpdateOrganizationTool } from './updateOrganizationTool';
import type { OrganizationEditor } from '../flows/organizationEditor';

export type LosantTools = ReadonlyMap<string, vscode.LanguageModelTool<unknown>>;

/** The tools by name (the objects VS Code calls), and their registrations. */
export function registerLanguageModelTools(
  clients: ClientResolver,
  creator: OrganizationCreator,
  log: Log,
  editor: OrganizationEditor,
): { tools: LosantTools; disposables: vscode.Disposable[] } {
  const tools = new Map<string, vscode.LanguageModelTool<unknown>>([
    [LIST_TOOL, listOrganizationsTool(clients, log)],
    [GET_TOOL, getOrganizationTool(clients, log)],
    [CREATE_TOOL, new CreateOrganizationTool(clients, creator, log)],
    [UPDATE_TOOL, new UpdateOrganizationTool(clients, editor, log)],
  ]);
  return { tools, disposables: [...tools].map(([name, tool]) => vscode.lm.registerTool(name, tool)) };
}
