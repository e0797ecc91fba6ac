// "Create Organization": asks for a name and a description, sends POST /orgs once, then shows the
// new organization in the tree. Nothing typed is lost on failure, and a create whose answer was lost
// is checked, not repeated, so no duplicate is made. Another extension or a link may hand over the
// values: nothing is sent until the person said yes in a modal naming the installation, the
// account and the values.
import * as vscode from 'vscode';
import { type ListedOrganization } from '../losant';
import { organizationPost } from '../model/organizationCreate';
import { askForOrganization, type OrganizationDraft } from '../flows/organizationForm';
import { localize } from '../adapters/localize';
import type { CommandContext, Commands } from '../flows/commandContext';
import { confirmHandedValues, showError, showInfo, showProgress } from '../adapters/messages';
import { hostOf } from '../model/settingOrigin';

function draftFromArgument(arg: unknown): OrganizationDraft | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { name, description } = arg as { name?: unknown; description?: unknown };
  if (typeof name !== 'string') return undefined;
  return { name, description: typeof description === 'string' ? description : '' };
}

/** The person's yes to values someone else chose, with where they go and as whom. */
function confirmHanded(values: OrganizationDraft, apiUrl: string, account: string | undefined): Promise<boolean> {
  const detail = [
    vscode.l10n.t('Another extension or a link asks Losant Explorer to create an organization.'),
    account ? vscode.l10n.t('Installation: {0}, account: {1}', apiUrl, account) : vscode.l10n.t('Installation: {0}', apiUrl),
    vscode.l10n.t('Name: {0}', values.name),
    vscode.l10n.t('Description: {0}', values.description || vscode.l10n.t('(none)')),
  ].join('\n');
  return confirmHandedValues(
    vscode.l10n.t('Create the organization “{0}” on {1}?', values.name, hostOf(apiUrl)),
    detail,
    vscode.l10n.t("Don't Create"),
    vscode.l10n.t('Create'),
  );
}

/** What Create Organization asks the person: the values in its form, or a yes to values handed over. */
export interface CreatePrompts {
  askForOrganization: typeof askForOrganization;
  confirmHanded: typeof confirmHanded;
}

const PERSON: CreatePrompts = { askForOrganization, confirmHanded };

export interface CreateFlows {
  /** Create Organization: with no values, the form; with `{ name, description }` handed over, the question first. */
  create(context: CommandContext, arg?: unknown, prompts?: CreatePrompts): Promise<ListedOrganization | undefined>;
  /** The Create Organization command. */
  commands: Commands;
}

/** Create Organization, with the form's memory of what was typed last. */
export function createOrganizationFlows(): CreateFlows {
  // What the user typed last; cleared only when an organization is created.
  let draft: OrganizationDraft = { name: '', description: '' };
  const tryAgain = { title: vscode.l10n.t('Try Again'), run: () => vscode.commands.executeCommand('losant.createOrganization') };

  const created = async ({ creator }: CommandContext, org: ListedOrganization, message: string): Promise<ListedOrganization> => {
    draft = { name: '', description: '' };
    await creator.reveal(org);
    showInfo(message);
    return org;
  };

  const stillCreating = (creating: string): void => showInfo(vscode.l10n.t('The organization “{0}” is still being created; wait for it to finish.', creating));

  const create = async (context: CommandContext, arg?: unknown, prompts = PERSON): Promise<ListedOrganization | undefined> => {
    const handed = draftFromArgument(arg);
    const { clients, creator, provider, log } = context;
    const creating = creator.inFlight;
    if (creating !== undefined) {
      stillCreating(creating);
      return undefined;
    }
    const state = await clients.resolve();
    if (state.kind !== 'ready') {
      const message = state.kind === 'badApiUrl' ? localize(state.reason) : vscode.l10n.t('Set a Losant API token before creating an organization.');
      showError(message, log, { title: vscode.l10n.t('Set API Token'), run: () => vscode.commands.executeCommand('losant.setApiToken') });
      return undefined;
    }

    const values = handed ?? (await prompts.askForOrganization(draft));
    if (!values) return undefined; // Escape: nothing is sent; the draft keeps what was typed
    if (!handed) draft = { ...values };
    const post = organizationPost(values);
    if ('problem' in post) {
      showError(localize(post.problem), log);
      return undefined;
    }
    // Checked first, so the question never shows values Losant would refuse (or of any length).
    if (handed) {
      if (!(await prompts.confirmHanded(values, state.apiUrl, state.account?.label))) return undefined;
      draft = { ...values };
    }

    const body = post.body;
    const outcome = await creator.create(state.client, body, (send) => showProgress(vscode.l10n.t('Creating organization “{0}”…', body.name), send));
    if (!outcome) {
      stillCreating(creator.inFlight ?? body.name);
      return undefined;
    }
    switch (outcome.kind) {
      case 'created':
        return created(context, outcome.org, vscode.l10n.t('Created the organization “{0}”.', outcome.org.name));
      case 'createdDespiteLostAnswer':
        return created(context, outcome.org, vscode.l10n.t('The connection was lost, but Losant created the organization “{0}”.', outcome.org.name));
      case 'unknown':
        showError(
          vscode.l10n.t(
            'The connection was lost while creating “{0}”, and Losant could not be asked whether it was created. Refresh the view before trying again, so that it is not created twice.',
            body.name,
          ),
          log,
          { title: vscode.l10n.t('Refresh'), run: () => provider.refresh() },
        );
        return undefined;
      case 'notCreatedAfterLostAnswer':
        showError(
          vscode.l10n.t('The organization “{0}” was not created: {1} Nothing was created, so it is safe to try again.', body.name, outcome.reason),
          log,
          tryAgain,
        );
        return undefined;
      case 'refused':
        showError(vscode.l10n.t('Could not create the organization “{0}”: {1}', body.name, outcome.reason), log, tryAgain);
        return undefined;
    }
  };

  return { create, commands: { 'losant.createOrganization': (context, arg?: unknown) => create(context, arg) } };
}
