// Actions on one organization: Open in Losant, Copy Organization ID, Copy Name.
import * as vscode from 'vscode';
import { appUrlFor, organizationPageUrl } from '../losant';
import type { Sessions } from '../session';
import { readSettings } from '../settings';
import type { OrganizationsProvider } from '../tree/organizationsProvider';
import type { TreeNode } from '../tree/nodes';

export function registerOrganizationActions(sessions: Sessions, provider: OrganizationsProvider, treeView: vscode.TreeView<TreeNode>): vscode.Disposable[] {
  /** The organization a command acts on: the one clicked, else the selected one. */
  const target = (node?: TreeNode) => {
    const n = node ?? treeView.selection[0];
    if (n?.kind === 'organization') return n.org;
    if (n?.kind === 'detail') return provider.findOrganization(n.orgId)?.org;
    return undefined;
  };

  const openInLosant = async (node?: TreeNode): Promise<string | undefined> => {
    const settings = readSettings();
    const api = sessions.apiUrl(settings);
    if (!api.ok) {
      void vscode.window.showErrorMessage(api.reason);
      return undefined;
    }
    const url = organizationPageUrl(appUrlFor(api.apiUrl, settings.appUrl), target(node)?.id);
    await vscode.env.openExternal(vscode.Uri.parse(url));
    return url;
  };

  const copy = async (what: 'id' | 'name', node?: TreeNode): Promise<string | undefined> => {
    const org = target(node);
    if (!org) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select an organization first.'));
      return undefined;
    }
    const text = what === 'id' ? org.id : org.name;
    await vscode.env.clipboard.writeText(text);
    vscode.window.setStatusBarMessage(
      what === 'id' ? vscode.l10n.t('Copied the ID of “{0}”.', org.name) : vscode.l10n.t('Copied the name “{0}”.', org.name),
      3000,
    );
    return text;
  };

  return [
    vscode.commands.registerCommand('losant.openInLosant', openInLosant),
    vscode.commands.registerCommand('losant.copyOrganizationId', (node?: TreeNode) => copy('id', node)),
    vscode.commands.registerCommand('losant.copyOrganizationName', (node?: TreeNode) => copy('name', node)),
  ];
}
