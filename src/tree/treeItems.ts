// How each kind of node looks in the tree: its words from src/model/treeItemText.ts, its icon and
// its command from here.
import * as vscode from 'vscode';
import type { ListedOrganization } from '../losant';
import { localize } from '../adapters/localize';
import { creatingRowText, detailRowText, errorRowText, loadMoreRowText, organizationRowText, organizationTooltipMarkdown } from '../model/treeItemText';
import { nodeId, type CreatingNode, type DetailNode, type ErrorNode, type HintNode, type LoadMoreNode, type TreeNode } from './nodes';
import type { OrganizationIcons } from './organizationIcons';

export function organizationTooltip(org: ListedOrganization): vscode.MarkdownString {
  // No theme icons: with them VS Code would draw `$(name)` in server text as an icon (a name
  // "$(verified-filled) Official" would wear VS Code's verified badge), escaped or not.
  return new vscode.MarkdownString(organizationTooltipMarkdown(org, localize), false);
}

function organizationItem(org: ListedOrganization, icons: OrganizationIcons): vscode.TreeItem {
  const text = organizationRowText(org, localize);
  const item = new vscode.TreeItem(text.label, vscode.TreeItemCollapsibleState.Collapsed);
  item.description = text.description;
  if (org.disabledAt) item.iconPath = new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground'));
  else if (org.isReadOnly) item.iconPath = new vscode.ThemeIcon('lock', new vscode.ThemeColor('disabledForeground'));
  else item.iconPath = icons.forColor(org.iconColor) ?? new vscode.ThemeIcon('organization');
  item.contextValue = 'organization';
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

export function treeItemFor(node: TreeNode, icons: OrganizationIcons): vscode.TreeItem {
  const item = itemFor(node, icons);
  item.id = nodeId(node);
  return item;
}

function itemFor(node: TreeNode, icons: OrganizationIcons): vscode.TreeItem {
  switch (node.kind) {
    case 'organization':
      return organizationItem(node.org, icons);
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
  }
}
