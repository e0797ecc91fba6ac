// How each kind of node looks in the tree: its words from src/model/treeItemText.ts, its icon and
// its command from here.
import * as vscode from 'vscode';
import type { ListedOrganization } from '../losant';
import { localize } from '../adapters/localize';
import {
  unavailablePinText,
  creatingRowText,
  detailRowText,
  errorRowText,
  loadMoreRowText,
  organizationRowText,
  organizationTooltipMarkdown,
} from '../model/treeItemText';
import { nodeId, type CreatingNode, type DetailNode, type ErrorNode, type HintNode, type LoadMoreNode, type PinnedNode, type TreeNode } from './nodes';
import type { OrganizationIcons } from './organizationIcons';
import { membersTreeItem } from './membersTree';

export function organizationTooltip(org: ListedOrganization): vscode.MarkdownString {
  // No theme icons: with them VS Code would draw `$(name)` in server text as an icon (a name
  // "$(verified-filled) Official" would wear VS Code's verified badge), escaped or not.
  return new vscode.MarkdownString(organizationTooltipMarkdown(org, localize), false);
}

function organizationItem(org: ListedOrganization, icons: OrganizationIcons, pinned: boolean): vscode.TreeItem {
  const text = organizationRowText(org, localize);
  const item = new vscode.TreeItem(text.label, vscode.TreeItemCollapsibleState.Collapsed);
  item.description = text.description;
  if (org.disabledAt) item.iconPath = new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground'));
  else if (org.isReadOnly) item.iconPath = new vscode.ThemeIcon('lock', new vscode.ThemeColor('disabledForeground'));
  else item.iconPath = icons.forColor(org.iconColor) ?? new vscode.ThemeIcon('organization');
  item.contextValue = pinned ? 'pinnedOrganization' : 'organization';
  item.accessibilityInformation = { label: text.accessibilityLabel };
  return item;
}

function detailItem(node: DetailNode): vscode.TreeItem {
  const text = detailRowText(node);
  const item = new vscode.TreeItem(text.label, vscode.TreeItemCollapsibleState.None);
  item.description = text.description;
  item.tooltip = text.tooltip;
  item.iconPath = new vscode.ThemeIcon(node.icon);
  item.contextValue = 'organizationDetail';
  return item;
}

function loadMoreItem(node: LoadMoreNode): vscode.TreeItem {
  const text = loadMoreRowText(node.loaded, node.total, localize);
  const item = new vscode.TreeItem(text.label, vscode.TreeItemCollapsibleState.None);
  item.iconPath = new vscode.ThemeIcon('fold-down');
  item.contextValue = 'loadMore';
  item.command = { command: 'losant.loadMoreOrganizations', title: text.commandTitle };
  return item;
}

function errorItem(node: ErrorNode): vscode.TreeItem {
  const text = errorRowText(node.error, node.retry, localize);
  const item = new vscode.TreeItem(text.label, vscode.TreeItemCollapsibleState.None);
  item.description = text.description;
  item.tooltip = new vscode.MarkdownString(text.tooltip);
  item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
  item.contextValue = 'error';
  item.command = { command: node.retry === 'refresh' ? 'losant.refreshOrganizations' : 'losant.loadMoreOrganizations', title: text.commandTitle };
  return item;
}

function hintItem(node: HintNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
  item.iconPath = new vscode.ThemeIcon(node.icon);
  item.command = { command: node.command, title: node.label };
  return item;
}

function creatingItem(node: CreatingNode): vscode.TreeItem {
  const text = creatingRowText(node.name, localize);
  const item = new vscode.TreeItem(text.label, vscode.TreeItemCollapsibleState.None);
  item.description = text.description;
  item.iconPath = new vscode.ThemeIcon('loading~spin');
  return item;
}

function pinnedGroupItem(): vscode.TreeItem {
  const item = new vscode.TreeItem(vscode.l10n.t('Pinned'), vscode.TreeItemCollapsibleState.Expanded);
  item.iconPath = new vscode.ThemeIcon('pinned');
  return item;
}

function pinnedItem(node: PinnedNode, icons: OrganizationIcons): vscode.TreeItem {
  const { entry } = node;
  if (entry.kind === 'available') return organizationItem(entry.org, icons, true);
  const text = unavailablePinText(entry, localize);
  const item = new vscode.TreeItem(text.label, vscode.TreeItemCollapsibleState.None);
  item.description = text.description;
  item.tooltip = text.tooltip;
  item.iconPath = new vscode.ThemeIcon(
    entry.kind === 'unavailable' ? 'warning' : 'error',
    new vscode.ThemeColor(entry.kind === 'unavailable' ? 'disabledForeground' : 'errorForeground'),
  );
  item.contextValue = 'unavailablePin';
  return item;
}

/** A row as VS Code shows it; `pinned`: the ids of the pinned organizations (their rows offer Unpin). */
export function treeItemFor(node: TreeNode, icons: OrganizationIcons, pinned: ReadonlySet<string> = new Set()): vscode.TreeItem {
  const item = itemFor(node, icons, pinned);
  item.id = nodeId(node);
  return item;
}

function itemFor(node: TreeNode, icons: OrganizationIcons, pinned: ReadonlySet<string>): vscode.TreeItem {
  switch (node.kind) {
    case 'organization':
      return organizationItem(node.org, icons, pinned.has(node.org.id));
    case 'pinnedGroup':
      return pinnedGroupItem();
    case 'pinned':
      return pinnedItem(node, icons);
    case 'detail':
      return detailItem(node);
    case 'loadMore':
      return loadMoreItem(node);
    case 'error':
      return errorItem(node);
    case 'hint':
      return hintItem(node);
    case 'creating':
      return creatingItem(node);
    case 'members':
    case 'member':
    case 'invitations':
    case 'invitation':
    case 'invitationsNote':
      return membersTreeItem(node);
  }
}
