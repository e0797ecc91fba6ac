// Pin and Unpin: pinned organizations show first, in a Pinned group above the list, for the
// installation and account listed (src/model/pins.ts keeps them, synced across machines).
import * as vscode from 'vscode';
import { showInfo } from '../adapters/messages';
import { MAX_PINS } from '../model/pins';
import type { CommandContext, Commands } from '../flows/commandContext';
import type { TreeNode } from '../tree/nodes';
import { targetId } from './organizationActions';

async function pin(context: CommandContext, node?: TreeNode): Promise<boolean> {
  const { provider, treeView, pins } = context;
  const owner = provider.owner();
  const id = targetId(node ?? treeView.selection[0]);
  // Looked up by id in what the view lists: a row handed over by another extension brings no data of its own.
  const org = id === undefined ? undefined : (provider.findOrganization(id)?.org ?? provider.findPinned(id));
  if (!owner || !org) {
    showInfo(vscode.l10n.t('Select an organization first.'));
    return false;
  }
  if (!(await pins.pin(owner, { id: org.id, name: org.name }))) {
    showInfo(vscode.l10n.t('You have pinned {0} organizations here, the most kept. Unpin one first.', MAX_PINS));
    return false;
  }
  return true;
}

async function unpin(context: CommandContext, node?: TreeNode): Promise<boolean> {
  const { provider, treeView, pins } = context;
  const owner = provider.owner();
  const id = targetId(node ?? treeView.selection[0]);
  if (!owner || id === undefined || !pins.isPinned(owner, id)) return false;
  await pins.unpin(owner, id);
  return true;
}

export const pinCommands: Commands = {
  'losant.pinOrganization': pin,
  'losant.unpinOrganization': unpin,
};
