// Actions on one organization: Open in Losant, Copy Organization ID, Copy Name.
import * as vscode from 'vscode';
import { appUrlFor, organizationPage } from '../losant';
import { readSettings } from '../adapters/settings';
import type { TreeNode } from '../tree/nodes';
import { requireApiUrl, type CommandContext, type Commands } from '../flows/commandContext';
import { showInfo, showStatus } from '../adapters/messages';
import { confirmAppUrlFromWorkspace } from '../adapters/workspaceUrls';

/**
 * The organization a command acts on: the one clicked, else the selected one. Looked up in the
 * listing by its id, so a row handed over by another extension names at most an organization the
 * view lists, never data of its own.
 */
function target({ provider, treeView }: CommandContext, node?: TreeNode) {
  const n: unknown = node ?? treeView.selection[0];
  const id = targetId(n);
  return id === undefined ? undefined : (provider.findOrganization(id)?.org ?? provider.findPinned(id));
}

/** The id of the organization a row stands for (a row in the list, a pinned row, a detail), or undefined. */
export function targetId(n: unknown): string | undefined {
  if (typeof n !== 'object' || n === null) return undefined;
  const { kind, org, orgId, entry } = n as { kind?: unknown; org?: { id?: unknown }; orgId?: unknown; entry?: { pin?: { id?: unknown } } };
  const id = kind === 'organization' ? org?.id : kind === 'detail' ? orgId : kind === 'pinned' ? entry?.pin?.id : undefined;
  return typeof id === 'string' ? id : undefined;
}

async function openInLosant(context: CommandContext, node?: TreeNode): Promise<string | undefined> {
  const apiUrl = requireApiUrl(context);
  if (!apiUrl) return undefined;
  // Built from parts, never parsed: parsing would undo the escaping of anything odd in an id.
  const uri = vscode.Uri.from(organizationPage(appUrlFor(apiUrl, readSettings().appUrl), target(context, node)?.id));
  if (!(await confirmAppUrlFromWorkspace())) return undefined;
  await vscode.env.openExternal(uri);
  return uri.toString(true);
}

async function copy(context: CommandContext, what: 'id' | 'name', node?: TreeNode): Promise<string | undefined> {
  const org = target(context, node);
  if (!org) {
    showInfo(vscode.l10n.t('Select an organization first.'));
    return undefined;
  }
  const text = what === 'id' ? org.id : org.name;
  await vscode.env.clipboard.writeText(text);
  showStatus(what === 'id' ? vscode.l10n.t('Copied the ID of “{0}”.', org.name) : vscode.l10n.t('Copied the name “{0}”.', org.name));
  return text;
}

export const organizationActions: Commands = {
  'losant.openInLosant': openInLosant,
  'losant.copyOrganizationId': (context, node?: TreeNode) => copy(context, 'id', node),
  'losant.copyOrganizationName': (context, node?: TreeNode) => copy(context, 'name', node),
};
