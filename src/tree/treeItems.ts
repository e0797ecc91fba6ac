// How each kind of node looks in the tree.
import * as vscode from 'vscode';
import { boundText, escapeMarkdown, NAME_MAX, revealInvisible, type ListedOrganization } from '../losant';
import { errorText } from '../adapters/localize';
import { nodeId, type CreatingNode, type DetailNode, type ErrorNode, type HintNode, type LoadMoreNode, type TreeNode } from './nodes';
import { formatCount, formatDate } from './organizationDetails';
import type { OrganizationIcons } from './organizationIcons';

/** The first line of a description, short enough to sit beside the name. */
function shortDescription(description: string | undefined, max = 60): string {
  return revealInvisible(boundText((description ?? '').split(/\r?\n/, 1)[0].trim(), max));
}

/** The name as the row shows it: bounded, its invisible characters shown (⟨U+202E⟩). */
function shownName(org: ListedOrganization): string {
  return revealInvisible(boundText(org.name, NAME_MAX));
}

function traits(org: ListedOrganization): string[] {
  const out: string[] = [];
  if (org.disabledAt) out.push(vscode.l10n.t('disabled'));
  if (org.isReadOnly) out.push(vscode.l10n.t('read-only'));
  return out;
}

export function organizationTooltip(org: ListedOrganization): vscode.MarkdownString {
  const members = org.summary?.memberCount ?? org.members?.length;
  const unknown = vscode.l10n.t('unknown');
  const description = org.description ? boundText(org.description, 500) : undefined;
  const lines = [
    `**${escapeMarkdown(boundText(org.name, NAME_MAX))}**${traits(org).length ? ` _(${traits(org).join(', ')})_` : ''}`,
    description ? escapeMarkdown(description) : `_${vscode.l10n.t('No description')}_`,
    `${vscode.l10n.t('ID')}: ${escapeMarkdown(org.id)}`,
    `${vscode.l10n.t('Created')}: ${escapeMarkdown(formatDate(org.creationDate) ?? unknown)}`,
    `${vscode.l10n.t('Last updated')}: ${escapeMarkdown(formatDate(org.lastUpdated) ?? unknown)}`,
    `${vscode.l10n.t('Members')}: ${members === undefined ? unknown : formatCount(members)}`,
  ];
  if (org.banner?.message) lines.push(`_${vscode.l10n.t('Banner')}:_ ${escapeMarkdown(org.banner.message)}`);
  // No theme icons: with them VS Code would draw `$(name)` in server text as an icon (a name
  // "$(verified-filled) Official" would wear VS Code's verified badge), escaped or not.
  return new vscode.MarkdownString(lines.join('\n\n'), false);
}

function organizationItem(org: ListedOrganization, icons: OrganizationIcons): vscode.TreeItem {
  const item = new vscode.TreeItem(shownName(org), vscode.TreeItemCollapsibleState.Collapsed);
  const marks = traits(org);
  item.description = [shortDescription(org.description), marks.length ? `(${marks.join(', ')})` : ''].filter(Boolean).join(' ');
  if (org.disabledAt) item.iconPath = new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground'));
  else if (org.isReadOnly) item.iconPath = new vscode.ThemeIcon('lock', new vscode.ThemeColor('disabledForeground'));
  else item.iconPath = icons.forColor(org.iconColor) ?? new vscode.ThemeIcon('organization');
  item.contextValue = 'organization';
  item.accessibilityInformation = { label: [shownName(org), shortDescription(org.description), ...marks].filter(Boolean).join(', ') };
  return item;
}

function detailItem(node: DetailNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
  item.description = node.value;
  item.tooltip = node.tooltip ?? `${node.label}: ${node.value}`;
  item.iconPath = new vscode.ThemeIcon(node.icon);
  item.contextValue = 'organizationDetail';
  return item;
}

function loadMoreItem(node: LoadMoreNode): vscode.TreeItem {
  const item = new vscode.TreeItem(
    vscode.l10n.t('Load more… ({0} of {1})', formatCount(node.loaded), formatCount(node.total)),
    vscode.TreeItemCollapsibleState.None,
  );
  item.iconPath = new vscode.ThemeIcon('fold-down');
  item.contextValue = 'loadMore';
  item.command = { command: 'losant.loadMoreOrganizations', title: vscode.l10n.t('Load More') };
  return item;
}

function errorItem(node: ErrorNode): vscode.TreeItem {
  const first = node.retry === 'refresh';
  const item = new vscode.TreeItem(
    first ? vscode.l10n.t('Could not load organizations') : vscode.l10n.t('Could not load more organizations'),
    vscode.TreeItemCollapsibleState.None,
  );
  item.description = errorText(node.error);
  item.tooltip = new vscode.MarkdownString(`${escapeMarkdown(errorText(node.error))}\n\n${vscode.l10n.t('Click to try again.')}`);
  item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
  item.contextValue = 'error';
  item.command = { command: first ? 'losant.refreshOrganizations' : 'losant.loadMoreOrganizations', title: vscode.l10n.t('Try Again') };
  return item;
}

function hintItem(node: HintNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
  item.iconPath = new vscode.ThemeIcon(node.icon);
  item.command = { command: node.command, title: node.label };
  return item;
}

function creatingItem(node: CreatingNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.None);
  item.description = vscode.l10n.t('Creating…');
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
