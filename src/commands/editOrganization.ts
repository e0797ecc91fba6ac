// "Edit Organization…": the name, the description and the icon color of one organization, from its
// row or from the palette with a pick. The door (flows/orgAccess.ts) first checks the role and the
// token's scope; then a three-step form with Back, each step pre-filled; only what changed is sent,
// once; a failed save keeps what was typed for the next Edit of that organization; a save whose
// answer was lost is checked before anything is claimed. The row then shows the answer in place.
import * as vscode from 'vscode';
import type { ListedOrganization } from '../losant';
import { localize } from '../adapters/localize';
import { showError, showInfo, showProgress } from '../adapters/messages';
import { editableValues, ICON_COLOR_CHOICES, planEdit, type EditableValues, type FieldChange } from '../model/organizationEdit';
import type { CommandContext, Commands } from '../flows/commandContext';
import { askForEdit } from '../flows/organizationEditForm';
import type { OrganizationEditor } from '../flows/organizationEditor';
import { clientForAction, type AccessPrompts } from '../flows/orgAccess';
import { pickOrganization } from '../flows/pickOrganization';
import { targetId } from './organizationActions';

const COMMAND = 'losant.editOrganization';

/** What Edit Organization asks the person: which organization (from the palette), the form, and the door's questions. */
export interface EditPrompts {
  pickOrganization: typeof pickOrganization;
  askForEdit: typeof askForEdit;
  /** The door's: whether to sign in again for a missing scope, and that sign-in's. */
  access?: AccessPrompts;
}

const PERSON: EditPrompts = { pickOrganization, askForEdit };

export interface EditFlows {
  /** Edit Organization on a row of the view; with none, the person picks one of those loaded. The organization as saved, or undefined. */
  edit(context: CommandContext, row?: unknown, prompts?: EditPrompts): Promise<ListedOrganization | undefined>;
  commands: Commands;
}

/** The organization a row names, looked up by id in what the view lists (never the row's own data). */
function listed({ provider }: CommandContext, id: string): ListedOrganization | undefined {
  return provider.findOrganization(id)?.org ?? provider.findPinned(id);
}

const FIELD_NAMES: Record<FieldChange['field'], () => string> = {
  name: () => vscode.l10n.t('name'),
  description: () => vscode.l10n.t('description'),
  iconColor: () => vscode.l10n.t('icon color'),
};

function changedFields(changes: readonly FieldChange[]): string {
  return changes.map((c) => FIELD_NAMES[c.field]()).join(', ');
}

/** Edit Organization, with its memory of what was typed in a save that failed, per organization. */
export function editOrganizationFlows(editor: OrganizationEditor): EditFlows {
  const drafts = new Map<string, EditableValues>();

  const edit = async (context: CommandContext, row?: unknown, prompts = PERSON): Promise<ListedOrganization | undefined> => {
    const { log, provider } = context;
    const title = vscode.l10n.t('Edit Organization');
    let org: ListedOrganization | undefined;
    if (row === undefined) {
      org = await prompts.pickOrganization(context, title);
      if (!org) return undefined;
    } else {
      const id = targetId(row);
      org = id === undefined ? undefined : listed(context, id);
      if (!org) {
        showInfo(vscode.l10n.t('That organization is not in the Organizations view any more. Refresh the view.'));
        return undefined;
      }
    }
    const fromPinnedRow = (row as { kind?: unknown } | undefined)?.kind === 'pinned';

    const ready = await clientForAction(context, org, 'patch', title, undefined, prompts.access);
    if (!ready) return undefined;
    // A sign-in for the scope reloads the view: start from the organization as it lists it now.
    org = listed(context, org.id) ?? org;
    if (editor.inFlight(org.id)) {
      showInfo(vscode.l10n.t('The changes to “{0}” are still being saved; wait for them to finish.', org.name));
      return undefined;
    }

    const current = editableValues(org);
    const icons = await provider.colorIcons([current.iconColor, ...ICON_COLOR_CHOICES.map((c) => c.color)]);
    const typed = await prompts.askForEdit(org, drafts.get(org.id) ?? current, { icons });
    if (!typed) return undefined; // Escape: nothing is sent
    const plan = planEdit(current, typed);
    if (plan.kind === 'problem') {
      drafts.set(org.id, typed);
      showError(localize(plan.problem), log);
      return undefined;
    }
    if (plan.kind === 'unchanged') {
      drafts.delete(org.id);
      showInfo(vscode.l10n.t('Nothing was changed in “{0}”, so nothing was sent.', org.name));
      return undefined;
    }

    const name = org.name;
    const orgId = org.id;
    const outcome = await editor.update(ready.client, orgId, plan.patch, (send) => showProgress(vscode.l10n.t('Saving the changes to “{0}”…', name), send));
    if (!outcome) {
      showInfo(vscode.l10n.t('The changes to “{0}” are still being saved; wait for them to finish.', name));
      return undefined;
    }
    const keep = (): void => {
      drafts.set(orgId, typed);
    };
    const tryAgain = { title: vscode.l10n.t('Try Again'), run: () => vscode.commands.executeCommand(COMMAND, { kind: 'organization', org: { id: orgId } }) };
    const refresh = { title: vscode.l10n.t('Refresh'), run: () => provider.refresh() };
    switch (outcome.kind) {
      case 'updated':
      case 'updatedDespiteLostAnswer':
        drafts.delete(orgId);
        await editor.show(outcome.org, plan.changes, ready.settings.sortField, fromPinnedRow ? 'none' : 'focus');
        showInfo(
          outcome.kind === 'updated'
            ? vscode.l10n.t('Saved the {0} of “{1}”.', changedFields(plan.changes), outcome.org.name)
            : vscode.l10n.t('The connection was lost, but Losant saved the {0} of “{1}”.', changedFields(plan.changes), outcome.org.name),
        );
        return outcome.org;
      case 'gone':
        drafts.delete(orgId);
        showError(
          vscode.l10n.t('“{0}” no longer exists, or you are no longer one of its members ({1}). Nothing was saved. Refresh the view.', name, outcome.reason),
          log,
          refresh,
        );
        return undefined;
      case 'refused':
        keep();
        showError(
          outcome.error.kind === 'validation'
            ? vscode.l10n.t('Losant refused the changes to “{0}”: {1} What you typed is kept for the next Edit Organization.', name, outcome.reason)
            : outcome.error.kind === 'forbidden'
              ? vscode.l10n.t(
                  'Losant refused the changes to “{0}”: {1} Your role there or your token may have changed; refresh the view. What you typed is kept for the next Edit Organization.',
                  name,
                  outcome.reason,
                )
              : vscode.l10n.t('Could not save the changes to “{0}”: {1} What you typed is kept for the next Edit Organization.', name, outcome.reason),
          log,
          tryAgain,
        );
        return undefined;
      case 'notUpdatedAfterLostAnswer':
        keep();
        showError(
          vscode.l10n.t(
            'The connection was lost and Losant did not save the changes to “{0}” ({1}). Nothing was changed, so it is safe to try again; what you typed is kept.',
            name,
            outcome.reason,
          ),
          log,
          tryAgain,
        );
        return undefined;
      case 'unknown':
        keep();
        showError(
          vscode.l10n.t(
            'The connection was lost while saving the changes to “{0}” ({1}), and Losant could not tell whether they were made. Refresh the view to see what it has; what you typed is kept.',
            name,
            outcome.reason,
          ),
          log,
          refresh,
        );
        return undefined;
    }
  };

  return { edit, commands: { [COMMAND]: (context, row?: unknown) => edit(context, row) } };
}
