// The agent's create tool. VS Code asks the user to confirm with the messages prepareInvocation
// returns (inline in chat; a modal dialog outside chat) before it calls invoke. On top of that,
// invoke sends only values that prepareInvocation put into such a confirmation, so nothing reaches
// Losant that the user was not shown: a call to invoke without that step creates nothing.
import * as vscode from 'vscode';
import type { OrganizationPost } from '../losant';
import { localize } from '../localize';
import type { Log } from '../log';
import { createRequest } from '../model/organizationCreate';
import { organizationData } from '../model/organizationData';
import { failureText } from '../model/toolGuidance';
import type { Sessions } from '../session';
import { escapeMarkdown } from '../losant';
import type { OrganizationCreator } from '../commands/organizationCreator';
import { dataFraming } from './readTools';
import { dataResult, inputProblemResult, readySession, textResult } from './toolResults';

export const CREATE_TOOL = 'losant_createOrganization';

// A confirmation left unanswered this long no longer lets its values through.
const CONFIRMATION_TTL_MS = 60 * 60_000;
const CONFIRMATIONS_MAX = 50;

/** Markdown that shows text exactly and renders none of it (no links, no markup), line breaks kept. */
function literal(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => escapeMarkdown(line))
    .join('  \n');
}

function confirmationMessage(body: OrganizationPost, apiUrl: string): vscode.MarkdownString {
  const none = `_${vscode.l10n.t('(none)')}_`;
  return new vscode.MarkdownString(
    [
      vscode.l10n.t('Losant Explorer will create this organization at {0}, with you as its administrator:', escapeMarkdown(apiUrl)),
      `**${vscode.l10n.t('Name')}:** ${literal(body.name)}`,
      `**${vscode.l10n.t('Description')}:** ${body.description ? literal(body.description) : none}`,
    ].join('\n\n'),
  );
}

export class CreateOrganizationTool implements vscode.LanguageModelTool<unknown> {
  /** Bodies that prepareInvocation put into a confirmation, with when it did so. */
  private readonly confirmations: { key: string; at: number }[] = [];

  constructor(
    private readonly sessions: Sessions,
    private readonly creator: OrganizationCreator,
    private readonly log: Log,
  ) {}

  async prepareInvocation(options: vscode.LanguageModelToolInvocationPrepareOptions<unknown>): Promise<vscode.PreparedToolInvocation> {
    const post = createRequest(options.input);
    const session = await this.sessions.current();
    // Input that cannot be sent, or no session to send it with: invoke answers why, and sends nothing.
    if ('problem' in post || session.kind !== 'ready') return { invocationMessage: vscode.l10n.t('Checking the new Losant organization') };
    this.remember(post.body);
    return {
      invocationMessage: vscode.l10n.t('Creating the Losant organization “{0}”', post.body.name.length > 80 ? `${post.body.name.slice(0, 79)}…` : post.body.name),
      confirmationMessages: { title: vscode.l10n.t('Create a Losant organization?'), message: confirmationMessage(post.body, session.apiUrl) },
    };
  }

  async invoke(options: vscode.LanguageModelToolInvocationOptions<unknown>): Promise<vscode.LanguageModelToolResult> {
    const post = createRequest(options.input);
    if ('problem' in post) return inputProblemResult(post.problem);
    const session = await readySession(this.sessions);
    if (session instanceof vscode.LanguageModelToolResult) return session;
    if (!this.takeConfirmation(post.body)) {
      return textResult(vscode.l10n.t('Nothing was created: these exact values were not put to the user for confirmation. Call the tool again so that VS Code asks the user.'));
    }
    const outcome = await this.creator.create(session.client, post.body);
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
            : vscode.l10n.t('The connection was lost, but Losant did create the organization (once); it is now selected in the Organizations view. The new organization, as JSON.');
        return dataResult(session.client, dataFraming(what), organizationData(outcome.org));
      }
      case 'unknown':
        return textResult(
          vscode.l10n.t('The connection was lost while creating the organization, and Losant could not be asked whether it was created. Do not try again before looking it up by name (losant_getOrganization), so that it is not created twice.'),
        );
      case 'notCreatedAfterLostAnswer':
        return textResult(session.client.redact(vscode.l10n.t('The connection was lost and Losant did not create the organization ({0}). It is safe to try again.', JSON.stringify(outcome.reason))));
      case 'refused':
        this.log.warn(`${CREATE_TOOL} was refused: ${outcome.error.message}`);
        return textResult(session.client.redact(localize(failureText(outcome.error, 'create'))));
    }
  }

  private key(body: OrganizationPost): string {
    return JSON.stringify([body.name, body.description ?? '']);
  }

  private remember(body: OrganizationPost): void {
    this.confirmations.push({ key: this.key(body), at: Date.now() });
    if (this.confirmations.length > CONFIRMATIONS_MAX) this.confirmations.shift();
  }

  /** True, once, when these exact values were put into a confirmation within the last hour. */
  private takeConfirmation(body: OrganizationPost): boolean {
    const key = this.key(body);
    const oldest = Date.now() - CONFIRMATION_TTL_MS;
    const i = this.confirmations.findIndex((c) => c.key === key && c.at >= oldest);
    if (i < 0) return false;
    this.confirmations.splice(i, 1);
    return true;
  }
}
