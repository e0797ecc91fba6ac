// Actions on one organization: Open in Losant, Copy Organization ID, Copy Name.
import * as vscode from 'vscode';
import { appUrlFor, organizationPage } from '../losant';
import type { Log } from '../log';
import { showError, showInfo, showStatus } from './messages';
import type { Sessions } from '../session';
import { readSettings } from '../settings';
import type { OrganizationsProvider } from '../tree/organizationsProvider';
import type { TreeNode } from '../tree/nodes';
import { confirmAppUrlFromWorkspace } from '../workspaceUrls';

export function registerOrganizationActions(sessions: Sessions, provider: OrganizationsProvider, treeView: vscode.TreeView<TreeNode>, log: Log): vscode.Disposable[] {
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
      showError(api.reason, log);
      return undefined;
    }
    // Built from parts, never parsed: parsing would undo the escaping of anything odd in an id.
    const uri = vscode.Uri.from(organizationPage(appUrlFor(api.apiUrl, settings.appUrl), target(node)?.id));
    if (!(await confirmAppUrlFromWorkspace())) return undefined;
    await vscode.env.openExternal(uri);
    return uri.toString(true);
  };

  const copy = async (what: 'id' | 'name', node?: TreeNode): Promise<string | undefined> => {
    const org = target(node);
    if (!org) {
      showInfo(vscode.l10n.t('Select an organization first.'));
      return undefined;
    }
    const text = what === 'id' ? org.id : org.name;
    await vscode.env.clipboard.writeText(text);
    showStatus(what === 'id' ? vscode.l10n.t('Copied the ID of “{0}”.', org.name) : vscode.l10n.t('Copied the name “{0}”.', org.name));
    return text;
  };

  return [
    vscode.commands.registerCommand('losant.openInLosant', openInLosant),
    vscode.commands.registerCommand('losant.copyOrganizationId', (node?: TreeNode) => copy('id', node)),
    vscode.commands.registerCommand('losant.copyOrganizationName', (node?: TreeNode) => copy('name', node)),
  ];
}
