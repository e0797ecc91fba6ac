// Registers the Losant tools that VS Code's chat agent can call (contributes.languageModelTools).
import * as vscode from 'vscode';
import type { OrganizationCreator } from '../commands/organizationCreator';
import type { Log } from '../log';
import type { Sessions } from '../session';
import { CREATE_TOOL, CreateOrganizationTool } from './createOrganizationTool';
import { GET_TOOL, getOrganizationTool, LIST_TOOL, listOrganizationsTool } from './readTools';

export type LosantTools = ReadonlyMap<string, vscode.LanguageModelTool<unknown>>;

/** The tools by name (the objects VS Code calls), and their registrations. */
export function registerLanguageModelTools(sessions: Sessions, creator: OrganizationCreator, log: Log): { tools: LosantTools; disposables: vscode.Disposable[] } {
  const tools = new Map<string, vscode.LanguageModelTool<unknown>>([
    [LIST_TOOL, listOrganizationsTool(sessions, log)],
    [GET_TOOL, getOrganizationTool(sessions, log)],
    [CREATE_TOOL, new CreateOrganizationTool(sessions, creator, log)],
  ]);
  return { tools, disposables: [...tools].map(([name, tool]) => vscode.lm.registerTool(name, tool)) };
}
