// The agent's create tool. VS Code asks the user to confirm with the messages prepareInvocation
// returns (inline in chat; a modal dialog outside chat) before it calls invoke. On top of that,
// invoke sends only values that prepareInvocation put into such a confirmation, on the installation
// and account that confirmation named, once, within minutes (model/confirmations.ts): nothing
// reaches Losant that the user was not shown, and nothing goes where they were not told.
import * as vscode from 'vscode';
import type { OrganizationPost } from '../losant';
import { localize } from '../adapters/localize';
import type { Log } from '../adapters/log';
import { createRequest } from '../model/organizationCreate';
import { organizationData } from '../model/organizationData';
import { failureText } from '../model/toolGuidance';
import type { ClientResolver } from '../adapters/clientResolver';
import { boundText, escapeMarkdown } from '../losant';
import type { OrganizationCreator } from '../flows/organizationCreator';
import { Confirmations, destinationOf, type ConfirmationCheck } from '../model/confirmations';
import { dataFraming } from './readTools';
import type { ReadyClient } from '../model/clientState';
import { dataResult, inputProblemResult, readyClient, textResult } from './toolResults';

export const CREATE_TOOL = 'losant_createOrganization';

/** Markdown that shows text exactly and renders none of it (no links, no markup), line breaks kept. */
function literal(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => escapeMarkdown(line))
    .join('  \n');
}

function confirmationMessage(body: OrganizationPost, ready: ReadyClient): vscode.MarkdownString {
  const none = `_${vscode.l10n.t('(none)')}_`;
  const where = ready.account?.label
    ? vscode.l10n.t(
        'Losant Explorer will create this organization at {0}, in the account of {1}, with you as its administrator:',
        escapeMarkdown(ready.apiUrl),
        escapeMarkdown(ready.account.label),
      )
    : vscode.l10n.t('Losant Explorer will create this organization at {0}, with you as its administrator:', escapeMarkdown(ready.apiUrl));
  return new vscode.MarkdownString(
    [
      where,
      `**${vscode.l10n.t('Name')}:** ${literal(body.name)}`,
      `**${vscode.l10n.t('Description')}:** ${body.description ? literal(body.description) : none}`,
    ].join('\n\n'),
  );
}

export class CreateOrganizationTool implements vscode.LanguageModelTool<unknown> {
  constructor(
    private readonly clients: ClientResolver,
    private readonly creator: OrganizationCreator,
    private readonly log: Log,
    /** The bodies that prepareInvocation put into a confirmation, and where it said they would go. */
    private readonly confirmations = new Confirmations(),
  ) {}

  async prepareInvocation(options: vscode.LanguageModelToolInvocationPrepareOptions<unknown>): Promise<vscode.PreparedToolInvocation> {
    const post = createRequest(options.input);
    const state = await this.clients.resolve();
    // Input that cannot be sent, or no ready to send it with: invoke answers why, and sends nothing.
    if ('problem' in post || state.kind !== 'ready') return { invocationMessage: vscode.l10n.t('Checking the new Losant organization') };
    this.confirmations.offer(this.key(post.body), destinationOf(state));
    return {
      invocationMessage: vscode.l10n.t('Creating the Losant organization “{0}”', boundText(post.body.name, 80)),
      confirmationMessages: { title: vscode.l10n.t('Create a Losant organization?'), message: confirmationMessage(post.body, state) },
    };
  }

  async invoke(options: vscode.LanguageModelToolInvocationOptions<unknown>): Promise<vscode.LanguageModelToolResult> {
    const post = createRequest(options.input);
    if ('problem' in post) return inputProblemResult(post.problem);
    const ready = await readyClient(this.clients);
    if (ready instanceof vscode.LanguageModelToolResult) return ready;
    const confirmed = this.confirmations.take(this.key(post.body), destinationOf(ready));
    if (!confirmed.ok) return textResult(notConfirmedText(confirmed, ready, this.confirmations.ttlMs));
    const outcome = await this.creator.create(ready.client, post.body);
    if (!outcome) {
      return textResult(vscode.l10n.t('Nothing was created: another organization is being created right now. Try again when it is done.'));
    }
    switch (outcome.kind) {
      case 'created':
      case 'createdDespiteLostAnswer': {
        await this.creator.reveal(outcome.org);
        const what =
          outcome.kind === 'created'
            ? vscode.l10n.t('Created the Losant organization; it is now selected in the Organizations view. The new organization, as JSON.')
            : vscode.l10n.t(
                'The connection was lost, but Losant did create the organization (once); it is now selected in the Organizations view. The new organization, as JSON.',
              );
        return dataResult(ready.client, dataFraming(what), organizationData(outcome.org));
      }
      case 'unknown':
        return textResult(
          vscode.l10n.t(
            'The connection was lost while creating the organization, and Losant could not be asked whether it was created. Do not try again before looking it up by name (losant_getOrganization), so that it is not created twice.',
          ),
        );
      case 'notCreatedAfterLostAnswer':
        return textResult(
          ready.client.redact(
            vscode.l10n.t('The connection was lost and Losant did not create the organization ({0}). It is safe to try again.', JSON.stringify(outcome.reason)),
          ),
        );
      case 'refused':
        this.log.warn(`${CREATE_TOOL} was refused: ${outcome.error.message}`);
        return textResult(ready.client.redact(localize(failureText(outcome.error, 'create'))));
    }
  }

  private key(body: OrganizationPost): string {
    return JSON.stringify([body.name, body.description ?? '']);
  }
}

/** Why nothing was sent, for the model to tell the user. */
function notConfirmedText(check: Exclude<ConfirmationCheck, { ok: true }>, ready: ReadyClient, ttlMs: number): string {
  switch (check.reason) {
    case 'notConfirmed':
      return vscode.l10n.t(
        'Nothing was created: these exact values were not put to the user for confirmation. Call the tool again so that VS Code asks the user.',
      );
    case 'expired':
      return vscode.l10n.t(
        'Nothing was created: the user confirmed these values more than {0} minutes ago. Call the tool again so that VS Code asks the user again.',
        Math.round(ttlMs / 60_000),
      );
    case 'installationChanged':
      return vscode.l10n.t(
        'Nothing was created: the user confirmed creating it at {0}, but Losant Explorer now points at {1}. Call the tool again so that VS Code asks the user about this installation.',
        check.confirmedFor,
        ready.apiUrl,
      );
    case 'accountChanged':
      return vscode.l10n.t(
        'Nothing was created: the user confirmed it for another account signed in at {0}. Call the tool again so that VS Code asks the user about this account.',
        ready.apiUrl,
      );
  }
}
