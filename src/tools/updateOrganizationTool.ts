// The agent's update tool: a new name, description or icon color for one organization. As with the
// create tool, VS Code asks the user to confirm with the messages prepareInvocation returns (the
// exact values before and after), and invoke sends only a change that such a confirmation showed,
// on the installation and account it named, once, within minutes (model/confirmations.ts). The
// role and the token's scope are checked first; a tool cannot run the sign-in that adds a scope, so
// it says what the user can do instead. There is no tool to delete, invite or remove anyone.
import * as vscode from 'vscode';
import { boundText, escapeMarkdown, type ListedOrganization, type OrganizationPatch } from '../losant';
import { localize } from '../adapters/localize';
import type { Log } from '../adapters/log';
import type { ClientResolver } from '../adapters/clientResolver';
import type { ReadyClient } from '../model/clientState';
import { Confirmations, destinationOf, type ConfirmationCheck } from '../model/confirmations';
import { organizationData } from '../model/organizationData';
import { currentOrganization, editableValues, planEdit, updateRequest, type EditPlan, type FieldChange, type UpdateRequest } from '../model/organizationEdit';
import { accessTo } from '../model/orgAccess';
import { failureText } from '../model/toolGuidance';
import type { OrganizationEditor } from '../flows/organizationEditor';
import { dataFraming } from './readTools';
import { abortSignalFor, dataResult, inputProblemResult, readyClient, textResult } from './toolResults';

export const UPDATE_TOOL = 'losant_updateOrganization';

/** Markdown that shows text exactly and renders none of it (no links, no markup), line breaks kept. */
function literal(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => escapeMarkdown(line))
    .join('  \n');
}

const FIELD_LABELS: Record<FieldChange['field'], () => string> = {
  name: () => vscode.l10n.t('Name'),
  description: () => vscode.l10n.t('Description'),
  iconColor: () => vscode.l10n.t('Icon color'),
};

/** What the confirmation shows: where, which organization, and each change with its value before and after. */
function confirmationMessage(org: ListedOrganization, changes: readonly FieldChange[], ready: ReadyClient): vscode.MarkdownString {
  const none = `_${vscode.l10n.t('(none)')}_`;
  const shown = (value: string): string => (value === '' ? none : literal(value));
  const where = ready.account?.label
    ? vscode.l10n.t(
        'Losant Explorer will change the organization {0} ({1}) at {2}, in the account of {3}:',
        `**${literal(org.name)}**`,
        escapeMarkdown(org.id),
        escapeMarkdown(ready.apiUrl),
        escapeMarkdown(ready.account.label),
      )
    : vscode.l10n.t(
        'Losant Explorer will change the organization {0} ({1}) at {2}:',
        `**${literal(org.name)}**`,
        escapeMarkdown(org.id),
        escapeMarkdown(ready.apiUrl),
      );
  return new vscode.MarkdownString(
    [
      where,
      ...changes.map((c) =>
        [`**${FIELD_LABELS[c.field]()}**`, `${vscode.l10n.t('Before:')} ${shown(c.before)}`, `${vscode.l10n.t('After:')} ${shown(c.after)}`].join('  \n'),
      ),
      vscode.l10n.t('Nothing else is changed.'),
    ].join('\n\n'),
  );
}

/** What was found and what the change would be, or the answer that says why there is none. */
type Prepared = { ready: ReadyClient; org: ListedOrganization; plan: Extract<EditPlan, { kind: 'patch' }> } | { answer: vscode.LanguageModelToolResult };

export class UpdateOrganizationTool implements vscode.LanguageModelTool<unknown> {
  constructor(
    private readonly clients: ClientResolver,
    private readonly editor: OrganizationEditor,
    private readonly log: Log,
    /** The changes that prepareInvocation put into a confirmation, and where it said they would go. */
    private readonly confirmations = new Confirmations(),
  ) {}

  async prepareInvocation(
    options: vscode.LanguageModelToolInvocationPrepareOptions<unknown>,
    token: vscode.CancellationToken,
  ): Promise<vscode.PreparedToolInvocation> {
    const prepared = await this.prepare(options.input, token);
    // Nothing that can be sent: invoke answers why, and sends nothing.
    if ('answer' in prepared) return { invocationMessage: vscode.l10n.t('Checking the Losant organization to change') };
    const { ready, org, plan } = prepared;
    this.confirmations.offer(key(org.id, plan.patch), destinationOf(ready));
    return {
      invocationMessage: vscode.l10n.t('Changing the Losant organization “{0}”', boundText(org.name, 80)),
      confirmationMessages: { title: vscode.l10n.t('Change a Losant organization?'), message: confirmationMessage(org, plan.changes, ready) },
    };
  }

  async invoke(options: vscode.LanguageModelToolInvocationOptions<unknown>, token: vscode.CancellationToken): Promise<vscode.LanguageModelToolResult> {
    const prepared = await this.prepare(options.input, token);
    if ('answer' in prepared) return prepared.answer;
    const { ready, org, plan } = prepared;
    // The change as worked out now, against the organization as it is now: only one the user saw is sent.
    const confirmed = this.confirmations.take(key(org.id, plan.patch), destinationOf(ready));
    if (!confirmed.ok) return textResult(notConfirmedText(confirmed, ready, this.confirmations.ttlMs));
    const outcome = await this.editor.update(ready.client, org.id, plan.patch);
    if (!outcome) return textResult(vscode.l10n.t('Nothing was changed: the organization is being saved right now. Try again when that is done.'));
    switch (outcome.kind) {
      case 'updated':
      case 'updatedDespiteLostAnswer': {
        await this.editor.show(outcome.org, plan.changes, ready.settings.sortField, 'select');
        const what =
          outcome.kind === 'updated'
            ? vscode.l10n.t('Saved the change; the Organizations view shows it. The organization as Losant now has it, as JSON.')
            : vscode.l10n.t(
                'The connection was lost, but Losant did save the change (once); the Organizations view shows it. The organization as Losant now has it, as JSON.',
              );
        return dataResult(ready.client, dataFraming(what), organizationData(outcome.org));
      }
      case 'gone':
        return textResult(
          vscode.l10n.t(
            'Nothing was changed: the organization no longer exists, or the user is no longer one of its members. Look it up again with losant_getOrganization.',
          ),
        );
      case 'notUpdatedAfterLostAnswer':
        return textResult(
          ready.client.redact(
            vscode.l10n.t(
              'The connection was lost and Losant did not save the change ({0}). Nothing was changed; it is safe to try again.',
              JSON.stringify(outcome.reason),
            ),
          ),
        );
      case 'unknown':
        return textResult(
          vscode.l10n.t(
            'The connection was lost while saving the change, and Losant could not tell whether it was made. Look the organization up (losant_getOrganization) before trying again.',
          ),
        );
      case 'refused':
        this.log.warn(`${UPDATE_TOOL} was refused: ${outcome.error.message}`);
        if (outcome.error.kind === 'validation') {
          return textResult(
            ready.client.redact(vscode.l10n.t('Losant refused the change ({0}). Nothing was changed.', JSON.stringify(boundText(outcome.reason, 300)))),
          );
        }
        return textResult(ready.client.redact(localize(failureText(outcome.error, 'update'))));
    }
  }

  /** The ready client, the organization as Losant has it, and the change to send; or why there is none. */
  private async prepare(input: unknown, token: vscode.CancellationToken): Promise<Prepared> {
    const parsed = updateRequest(input);
    if ('problem' in parsed) return { answer: inputProblemResult(parsed.problem) };
    const ready = await readyClient(this.clients);
    if (ready instanceof vscode.LanguageModelToolResult) return { answer: ready };
    const found = await this.organization(ready, parsed.request, token);
    if ('answer' in found) return found;
    const { org } = found;
    const access = accessTo(org, { userId: ready.account?.userId, scopes: ready.scopes }, 'patch');
    if (!access.ok) {
      if (access.kind === 'role') return { answer: textResult(vscode.l10n.t('Nothing was sent to Losant: {0}', access.message.map(localize).join(' '))) };
      return {
        answer: textResult(
          vscode.l10n.t(
            'Nothing was sent to Losant: the stored token lacks the scope {0}, which editing an organization needs. The user can run “Losant: Edit Organization…” on it in the Organizations view, which offers to sign in again for that scope (or set an API token that has it), then ask again.',
            access.scope,
          ),
        ),
      };
    }
    const plan = planEdit(editableValues(org), parsed.request.values);
    if (plan.kind === 'problem') return { answer: inputProblemResult(plan.problem) };
    if (plan.kind === 'unchanged') {
      return { answer: textResult(vscode.l10n.t('Nothing was sent to Losant: the organization already has these values, so there is nothing to change.')) };
    }
    return { ready, org, plan };
  }

  private async organization(
    ready: ReadyClient,
    request: UpdateRequest,
    token: vscode.CancellationToken,
  ): Promise<{ org: ListedOrganization } | { answer: vscode.LanguageModelToolResult }> {
    const abort = abortSignalFor(token);
    try {
      const found = await currentOrganization(ready.client, request.orgId, abort.signal);
      if (found.kind === 'found') return { org: found.org };
      if (found.kind === 'gone') {
        return {
          answer: textResult(
            vscode.l10n.t(
              'Nothing was sent: no organization of the signed-in user has the ID {0}. Find it with losant_listOrganizations or losant_getOrganization.',
              request.orgId,
            ),
          ),
        };
      }
      this.log.warn(`${UPDATE_TOOL} could not read the organization: ${found.error.message}`);
      return { answer: textResult(ready.client.redact(localize(failureText(found.error, 'list')))) };
    } finally {
      abort.dispose();
    }
  }
}

function key(orgId: string, patch: OrganizationPatch): string {
  return JSON.stringify([orgId, patch.name ?? null, patch.description ?? null, patch.iconColor ?? null]);
}

/** Why nothing was sent, for the model to tell the user. */
function notConfirmedText(check: Exclude<ConfirmationCheck, { ok: true }>, ready: ReadyClient, ttlMs: number): string {
  switch (check.reason) {
    case 'notConfirmed':
      return vscode.l10n.t(
        'Nothing was changed: this exact change was not put to the user for confirmation (or the organization changed since). Call the tool again so that VS Code asks the user.',
      );
    case 'expired':
      return vscode.l10n.t(
        'Nothing was changed: the user confirmed this change more than {0} minutes ago. Call the tool again so that VS Code asks the user again.',
        Math.round(ttlMs / 60_000),
      );
    case 'installationChanged':
      return vscode.l10n.t(
        'Nothing was changed: the user confirmed it at {0}, but Losant Explorer now points at {1}. Call the tool again so that VS Code asks the user about this installation.',
        check.confirmedFor,
        ready.apiUrl,
      );
    case 'accountChanged':
      return vscode.l10n.t(
        'Nothing was changed: the user confirmed it for another account signed in at {0}. Call the tool again so that VS Code asks the user about this account.',
        ready.apiUrl,
      );
  }
}
