// The kinds of node in the Organizations tree and how each one looks.
import * as vscode from 'vscode';
import type { ListedOrganization, LosantApiError } from '../losant';

export interface OrganizationNode {
  readonly kind: 'organization';
  readonly org: ListedOrganization;
}

export interface ErrorNode {
  readonly kind: 'error';
  readonly error: LosantApiError;
}

export type TreeNode = OrganizationNode | ErrorNode;

/** Every contextValue a tree item can carry; each must be used by a menu `when` clause. */
export const CONTEXT_VALUES = ['organization', 'error'] as const;

/** The first line of a description, short enough to sit beside the name. */
export function shortDescription(description: string | undefined, max = 60): string {
  const firstLine = (description ?? '').split(/\r?\n/, 1)[0].trim();
  return firstLine.length > max ? `${firstLine.slice(0, max - 1).trimEnd()}…` : firstLine;
}

function formatDate(iso: string | undefined): string {
  if (!iso) return vscode.l10n.t('unknown');
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

/** Escapes text for a MarkdownString, so an organization's name cannot inject links or markup. */
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

export function organizationTooltip(org: ListedOrganization): vscode.MarkdownString {
  const members = org.summary?.memberCount ?? org.members?.length;
  const lines = [
    `**${md(org.name)}**`,
    '',
    org.description ? md(org.description.length > 500 ? `${org.description.slice(0, 500)}…` : org.description) : `_${vscode.l10n.t('No description')}_`,
    '',
    `${vscode.l10n.t('ID')}: \`${org.id}\``,
    '',
    `${vscode.l10n.t('Created')}: ${md(formatDate(org.creationDate))}`,
    '',
    `${vscode.l10n.t('Last updated')}: ${md(formatDate(org.lastUpdated))}`,
    '',
    `${vscode.l10n.t('Members')}: ${members ?? vscode.l10n.t('unknown')}`,
  ];
  return new vscode.MarkdownString(lines.join('\n'));
}

export function organizationTreeItem(org: ListedOrganization): vscode.TreeItem {
  const item = new vscode.TreeItem(org.name, vscode.TreeItemCollapsibleState.None);
  item.id = `organization:${org.id}`;
  item.description = shortDescription(org.description);
  item.tooltip = organizationTooltip(org);
  item.iconPath = new vscode.ThemeIcon('organization');
  item.contextValue = 'organization';
  item.accessibilityInformation = { label: org.description ? `${org.name}, ${shortDescription(org.description)}` : org.name };
  return item;
}

export function errorTreeItem(error: LosantApiError): vscode.TreeItem {
  const item = new vscode.TreeItem(vscode.l10n.t('Could not load organizations'), vscode.TreeItemCollapsibleState.None);
  item.id = 'error';
  item.description = error.message;
  item.tooltip = new vscode.MarkdownString(`${md(error.message)}\n\n${vscode.l10n.t('Click to try again.')}`);
  item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
  item.contextValue = 'error';
  item.command = { command: 'losant.refreshOrganizations', title: vscode.l10n.t('Try Again') };
  return item;
}

export function treeItemFor(node: TreeNode): vscode.TreeItem {
  return node.kind === 'organization' ? organizationTreeItem(node.org) : errorTreeItem(node.error);
}
