// "Create Organization": asks for a name and a description (or takes them as an argument), sends
// POST /orgs once, then shows the new organization in the tree. Nothing typed is lost on failure.
import * as vscode from 'vscode';
import {
  checkOrganizationDescription,
  checkOrganizationName,
  isLosantApiError,
  type ListedOrganization,
  type OrganizationPost,
} from '../losant';
import type { Log } from '../log';
import type { Sessions } from '../session';
import type { OrganizationsProvider } from '../tree/organizationsProvider';
import type { TreeNode } from '../tree/nodes';
import { askForOrganization, type OrganizationDraft } from './organizationForm';
import { showError } from './messages';

function draftFromArgument(arg: unknown): OrganizationDraft | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { name, description } = arg as { name?: unknown; description?: unknown };
  if (typeof name !== 'string') return undefined;
  return { name, description: typeof description === 'string' ? description : '' };
}

export function registerCreateOrganization(
  sessions: Sessions,
  provider: OrganizationsProvider,
  treeView: vscode.TreeView<TreeNode>,
  log: Log,
): vscode.Disposable {
  // What the user typed last; cleared only when an organization is created.
  let draft: OrganizationDraft = { name: '', description: '' };
  let creating: string | undefined;

  const create = async (arg?: unknown): Promise<ListedOrganization | undefined> => {
    if (creating !== undefined) {
      void vscode.window.showInformationMessage(vscode.l10n.t('The organization “{0}” is still being created; wait for it to finish.', creating));
      return undefined;
    }
    const session = await sessions.current();
    if (session.kind !== 'ready') {
      const message = session.kind === 'badApiUrl' ? session.reason : vscode.l10n.t('Set a Losant API token before creating an organization.');
      showError(message, log, { title: vscode.l10n.t('Set API Token'), run: () => vscode.commands.executeCommand('losant.setApiToken') });
      return undefined;
    }

    const given = draftFromArgument(arg);
    const values = given ?? (await askForOrganization(draft));
    if (!values) return undefined; // Escape: nothing is sent; the draft keeps what was typed
    draft = { ...values };
    const problem = checkOrganizationName(values.name) ?? checkOrganizationDescription(values.description);
    if (problem) {
      showError(problem, log);
      return undefined;
    }

    const body: OrganizationPost = { name: values.name.trim() };
    if (values.description.trim()) body.description = values.description;
    creating = body.name;
    const hideSpinner = provider.showCreating(body.name);
    try {
      const org = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Creating organization “{0}”…', body.name) },
        () => session.client.createOrganization(body),
      );
      draft = { name: '', description: '' };
      log.info(`Created organization ${org.id}.`);
      const node = await provider.reloadAndFind(org);
      if (node) await treeView.reveal(node, { select: true, focus: true });
      void vscode.window.showInformationMessage(vscode.l10n.t('Created the organization “{0}”.', org.name));
      return org;
    } catch (e) {
      const reason = isLosantApiError(e) ? e.message : String(e);
      showError(vscode.l10n.t('Could not create the organization “{0}”: {1}', body.name, reason), log, {
        title: vscode.l10n.t('Try Again'),
        run: () => vscode.commands.executeCommand('losant.createOrganization'),
      });
      return undefined;
    } finally {
      hideSpinner();
      creating = undefined;
    }
  };

  return vscode.commands.registerCommand('losant.createOrganization', create);
}
