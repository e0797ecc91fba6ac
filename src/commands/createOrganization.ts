// "Create Organization": asks for a name and a description (or takes them as an argument), sends
// POST /orgs once, then shows the new organization in the tree. Nothing typed is lost on failure,
// and a create whose answer was lost is checked, not repeated, so no duplicate is made.
import * as vscode from 'vscode';
import {
  checkOrganizationDescription,
  checkOrganizationName,
  isLosantApiError,
  type ListedOrganization,
  type LosantClient,
  type OrganizationPost,
} from '../losant';
import type { Log } from '../log';
import type { Sessions } from '../session';
import type { OrganizationsProvider } from '../tree/organizationsProvider';
import type { TreeNode } from '../tree/nodes';
import { askForOrganization, type OrganizationDraft } from './organizationForm';
import { errorText, localize } from '../localize';
import { showError, showInfo } from './messages';

// Server and local clocks may disagree; an organization this much older than the request is not ours.
const CLOCK_SKEW_MS = 5 * 60_000;

type Outcome =
  | { kind: 'created' | 'createdDespiteLostAnswer'; org: ListedOrganization }
  | { kind: 'refused' | 'notCreatedAfterLostAnswer'; reason: string }
  | { kind: 'unknown' };

function draftFromArgument(arg: unknown): OrganizationDraft | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { name, description } = arg as { name?: unknown; description?: unknown };
  if (typeof name !== 'string') return undefined;
  return { name, description: typeof description === 'string' ? description : '' };
}

/**
 * After a create whose answer was lost: asks the API (by name filter) whether the organization
 * exists now. Returns it, undefined when it does not, or 'unknown' when the API cannot say.
 */
export async function findCreatedOrganization(client: LosantClient, name: string, sentAt: number): Promise<ListedOrganization | undefined | 'unknown'> {
  try {
    // `?` matches any one character, itself included, so glob characters in the name stay harmless.
    const page = await client.listOrganizations({ filter: name.replace(/[*?]/g, '?'), sortField: 'creationDate', sortDirection: 'desc', perPage: 100 });
    return page.items.find((o) => o.name === name && (!o.creationDate || Date.parse(o.creationDate) >= sentAt - CLOCK_SKEW_MS));
  } catch {
    return 'unknown';
  }
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
  const tryAgain = { title: vscode.l10n.t('Try Again'), run: () => vscode.commands.executeCommand('losant.createOrganization') };

  const created = async (org: ListedOrganization, message: string): Promise<ListedOrganization> => {
    draft = { name: '', description: '' };
    log.info(`Created organization ${org.id}.`);
    const node = await provider.reloadAndFind(org);
    // Revealing is a courtesy: a view that cannot show the item must not turn success into an error.
    if (node) await treeView.reveal(node, { select: true, focus: true }).then(undefined, () => undefined);
    showInfo(message);
    return org;
  };

  const create = async (arg?: unknown): Promise<ListedOrganization | undefined> => {
    if (creating !== undefined) {
      showInfo(vscode.l10n.t('The organization “{0}” is still being created; wait for it to finish.', creating));
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
      showError(localize(problem), log);
      return undefined;
    }

    const body: OrganizationPost = { name: values.name.trim() };
    if (values.description.trim()) body.description = values.description;
    creating = body.name;
    const hideSpinner = provider.showCreating(body.name);
    let outcome: Outcome;
    try {
      outcome = await send(session.client, body);
    } finally {
      // Sending is over: another create may start while the tree reloads and reveals this one.
      hideSpinner();
      creating = undefined;
    }
    switch (outcome.kind) {
      case 'created':
        return created(outcome.org, vscode.l10n.t('Created the organization “{0}”.', outcome.org.name));
      case 'createdDespiteLostAnswer':
        return created(outcome.org, vscode.l10n.t('The connection was lost, but Losant created the organization “{0}”.', outcome.org.name));
      case 'unknown':
        showError(
          vscode.l10n.t('The connection was lost while creating “{0}”, and Losant could not be asked whether it was created. Refresh the view before trying again, so that it is not created twice.', body.name),
          log,
          { title: vscode.l10n.t('Refresh'), run: () => provider.refresh() },
        );
        return undefined;
      case 'notCreatedAfterLostAnswer':
        showError(vscode.l10n.t('The organization “{0}” was not created: {1} Nothing was created, so it is safe to try again.', body.name, outcome.reason), log, tryAgain);
        return undefined;
      case 'refused':
        showError(vscode.l10n.t('Could not create the organization “{0}”: {1}', body.name, outcome.reason), log, tryAgain);
        return undefined;
    }
  };

  /** Sends POST /orgs once; when its answer is lost, asks the API whether it was created. */
  const send = async (client: LosantClient, body: OrganizationPost): Promise<Outcome> => {
    const sentAt = Date.now();
    try {
      const org = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Creating organization “{0}”…', body.name) },
        () => client.createOrganization(body),
      );
      return { kind: 'created', org };
    } catch (e) {
      const reason = isLosantApiError(e) ? errorText(e) : String(e);
      if (!isLosantApiError(e) || (e.kind !== 'network' && e.kind !== 'timeout')) return { kind: 'refused', reason };
      log.warn(`The answer to POST /orgs was lost (${reason}); asking whether "${body.name}" was created.`);
      const found = await findCreatedOrganization(client, body.name, sentAt);
      if (found === 'unknown') return { kind: 'unknown' };
      return found ? { kind: 'createdDespiteLostAnswer', org: found } : { kind: 'notCreatedAfterLostAnswer', reason };
    }
  };

  return vscode.commands.registerCommand('losant.createOrganization', create);
}
