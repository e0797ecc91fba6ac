// "Delete Organization…": deleting cannot be undone and takes everything in the organization with
// it, so nothing is sent until the person has seen what will be lost (the organization's figures,
// read fresh) on which installation and as whom, said yes in a modal, and typed its name. Then one
// DELETE is sent; the row goes only once Losant has said it is gone, and a lost answer is checked
// before anything is claimed (src/model/organizationDelete.ts).
import * as vscode from 'vscode';
import { inertText, type ListedOrganization } from '../losant';
import { errorText, localize } from '../adapters/localize';
import { askModal, showError, showInfo, showProgress, type MessageAction } from '../adapters/messages';
import type { ReadyClient } from '../model/clientState';
import { confirmsName, deleteOrganizationOnce, freshOrganization, lossFigures, type DeleteOutcome, type FreshOrganization } from '../model/organizationDelete';
import { searchEntry } from '../model/organizationSearch';
import { hostOf } from '../model/settingOrigin';
import type { CommandContext, Commands } from '../flows/commandContext';
import { clientForAction, type AccessPrompts } from '../flows/orgAccess';
import type { TreeNode } from '../tree/nodes';
import { targetId } from './organizationActions';

/** The question whose answer is the organization's name, typed. */
export interface NameQuestion {
  title: string;
  prompt: string;
  /** What is wrong with what is typed so far (it says what to type), or undefined when it confirms. */
  validate: (typed: string) => string | undefined;
}

/** What Delete Organization asks the person. */
export interface DeletePrompts {
  /** From the palette: which of the listed organizations. */
  pickOrganization: (orgs: readonly ListedOrganization[]) => Promise<ListedOrganization | undefined>;
  /** The modal: what will be lost, where; true when the person goes on. */
  confirm: (message: string, action: string, detail: string) => Promise<boolean>;
  /** The name typed to confirm; undefined on Escape. */
  typeName: (question: NameQuestion) => Promise<string | undefined>;
  /** The door's questions (a missing scope). */
  access?: AccessPrompts;
}

async function pickOrganization(orgs: readonly ListedOrganization[]): Promise<ListedOrganization | undefined> {
  const items = orgs.map((org) => ({ ...searchEntry(org), org }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Delete Organization'),
    placeHolder: vscode.l10n.t('The organization to delete'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.org;
}

async function typeName(question: NameQuestion): Promise<string | undefined> {
  return await vscode.window.showInputBox({ title: question.title, prompt: question.prompt, ignoreFocusOut: true, validateInput: question.validate });
}

const PERSON: DeletePrompts = { pickOrganization, confirm: askModal, typeName };

/** What came of it, with what the person was told (for the test channel; the command returns whether it is gone). */
export type DeleteResult =
  /** No organization, or the door stopped it (signed out, a role that may not, a scope not added): nothing sent. */
  | { kind: 'notAsked' }
  /** The person said no, pressed Escape or typed another name: nothing sent. */
  | { kind: 'cancelled' }
  /** This organization is being deleted already. */
  | { kind: 'inFlight' }
  /** Losant had it no more when its figures were read: nothing sent. */
  | { kind: 'goneBeforeAsking'; message: string }
  | { kind: DeleteOutcome['kind']; message: string };

/** The organizations being deleted, by id: one DELETE each at a time. */
const deleting = new Set<string>();

/** The organization a row stands for, looked up by id in what the view lists (never a row's own data). */
function rowTarget({ provider }: CommandContext, node: unknown): ListedOrganization | undefined {
  const id = targetId(node);
  return id === undefined ? undefined : (provider.findOrganization(id)?.org ?? provider.findPinned(id));
}

/** The organization to delete: the row's, else (from the palette) one the person picks of those listed. */
async function chooseOrganization(context: CommandContext, node: unknown, prompts: DeletePrompts): Promise<ListedOrganization | undefined> {
  if (node !== undefined) {
    const org = rowTarget(context, node);
    if (!org) showInfo(vscode.l10n.t('That organization is not listed in the Organizations view; refresh it and try again.'));
    return org;
  }
  const state = context.provider.listing.state;
  const orgs = state.kind === 'listed' ? state.listing.organizations : [];
  if (orgs.length === 0) {
    showInfo(vscode.l10n.t('The Organizations view lists no organization to delete. Sign in, or refresh the view.'));
    return undefined;
  }
  return prompts.pickOrganization(orgs);
}

/** The modal's question and what it says will be lost. */
function question(fresh: Exclude<FreshOrganization, { kind: 'gone' }>, state: ReadyClient): { message: string; detail: string } {
  const { org } = fresh;
  const host = hostOf(state.apiUrl);
  const account = state.account?.label;
  const figures =
    fresh.kind === 'fresh'
      ? vscode.l10n.t('What will be lost, as Losant counts it now:')
      : vscode.l10n.t('What will be lost, as the view last listed it (Losant could not be asked for the current figures: {0}):', errorText(fresh.error));
  const detail = [
    account ? vscode.l10n.t('Installation: {0}, account: {1}', host, account) : vscode.l10n.t('Installation: {0}', host),
    '',
    vscode.l10n.t(
      'This cannot be undone. Deleting “{0}” deletes every application in it, with their devices, workflows and data, and every dashboard, and ends its pending invitations and its billing plan. Its members keep their own accounts.',
      org.name,
    ),
    '',
    figures,
    ...lossFigures(org).map((f) => vscode.l10n.t('{0}: {1}', localize(f.label), localize(f.value))),
    '',
    vscode.l10n.t('Next, you type the organization’s name to confirm.'),
  ].join('\n');
  return { message: vscode.l10n.t('Delete the organization “{0}” from {1}?', org.name, host), detail };
}

function nameQuestion(org: ListedOrganization): NameQuestion {
  // The input box renders $(icons) and links in its texts: the name is shown inert, and may be typed as shown.
  const shown = inertText(org.name);
  return {
    title: vscode.l10n.t('Delete Organization “{0}”', shown),
    prompt: vscode.l10n.t('Type the organization’s name, {0}, to delete it and everything in it. This cannot be undone.', shown),
    validate: (typed) => (confirmsName(typed, org.name) ? undefined : vscode.l10n.t('Type {0} exactly as shown to delete it, or press Escape.', shown)),
  };
}

/** Takes a deleted organization out of the view. The server's pages shifted by one: the pages loaded are loaded again, so Load more skips none. */
async function dropRow({ provider, log }: CommandContext, id: string): Promise<void> {
  provider.listing.remove(id);
  if (!(await provider.listing.reloadInPlace())) {
    log.warn(`Reloading the organizations after ${id} was deleted failed; loading them from the start.`);
    provider.refresh();
  }
}

/** Unpins a deleted organization the person had pinned; true when it was pinned. */
async function unpinDeleted({ provider, pins }: CommandContext, id: string): Promise<boolean> {
  const owner = provider.owner();
  if (!owner || !pins.isPinned(owner, id)) return false;
  await pins.unpin(owner, id);
  return true;
}

/** Deletes the organization of the row (or, with none, one picked), after the person saw what is lost and typed its name. */
export async function deleteOrganization(context: CommandContext, node?: unknown, prompts: DeletePrompts = PERSON): Promise<DeleteResult> {
  const { log } = context;
  const title = vscode.l10n.t('Delete Organization');
  const listed = await chooseOrganization(context, node, prompts);
  if (!listed) return { kind: 'notAsked' };
  const inFlight = (name: string): DeleteResult => {
    showInfo(vscode.l10n.t('The organization “{0}” is being deleted already; wait for Losant’s answer.', name));
    return { kind: 'inFlight' };
  };
  if (deleting.has(listed.id)) return inFlight(listed.name);
  const state = await clientForAction(context, listed, 'delete', title, undefined, prompts.access);
  if (!state) return { kind: 'notAsked' };

  const fresh = await showProgress(vscode.l10n.t('Reading the organization “{0}”…', listed.name), () => freshOrganization(state.client, listed), 'window');
  if (fresh.kind === 'gone') {
    const message = vscode.l10n.t(
      'Losant no longer has the organization “{0}” for you: it was deleted, or you were removed from it. Nothing was sent, and it is no longer listed.',
      listed.name,
    );
    await dropRow(context, listed.id);
    showInfo(message);
    return { kind: 'goneBeforeAsking', message };
  }
  if (fresh.kind === 'listed')
    log.warn(`Reading organization ${listed.id} before deleting it failed (${fresh.error.message}); asking with the figures listed.`);
  const org = fresh.org;
  const asked = question(fresh, state);
  if (!(await prompts.confirm(asked.message, vscode.l10n.t('Delete…'), asked.detail))) return { kind: 'cancelled' };
  const named = nameQuestion(org);
  const typed = await prompts.typeName(named);
  if (typed === undefined) return { kind: 'cancelled' };
  if (!confirmsName(typed, org.name)) {
    showInfo(vscode.l10n.t('The name typed was not “{0}”, so nothing was deleted.', org.name));
    return { kind: 'cancelled' };
  }

  // Another run may have sent it while this one asked.
  if (deleting.has(org.id)) return inFlight(org.name);
  deleting.add(org.id);
  try {
    return await context.activity.run(() => send(context, state, org));
  } finally {
    deleting.delete(org.id);
  }
}

async function send(context: CommandContext, state: ReadyClient, org: ListedOrganization): Promise<DeleteResult> {
  const { log, provider } = context;
  const host = hostOf(state.apiUrl);
  log.info(`Deleting organization ${org.id} at ${host}.`);
  const outcome = await deleteOrganizationOnce(state.client, org.id, {
    describe: errorText,
    sending: (send) => showProgress(vscode.l10n.t('Deleting the organization “{0}”…', org.name), send),
    onLostAnswer: (reason) => log.warn(`The answer to DELETE /orgs/${org.id} was lost (${reason}); asking whether it still exists.`),
  });
  const tryAgain = { title: vscode.l10n.t('Try Again'), run: () => vscode.commands.executeCommand('losant.deleteOrganization', { kind: 'organization', org }) };
  const gone = async (said: string): Promise<DeleteResult> => {
    log.info(`Organization ${org.id} is deleted (${outcome.kind}).`);
    await dropRow(context, org.id);
    const message = (await unpinDeleted(context, org.id)) ? `${said} ${vscode.l10n.t('Its pin was removed too.')}` : said;
    showInfo(message);
    return { kind: outcome.kind, message };
  };
  const failed = (message: string, ...actions: MessageAction[]): DeleteResult => {
    showError(message, log, ...actions);
    return { kind: outcome.kind, message };
  };
  switch (outcome.kind) {
    case 'deleted':
      return gone(vscode.l10n.t('Deleted the organization “{0}” from {1}.', org.name, host));
    case 'deletedDespiteLostAnswer':
      return gone(vscode.l10n.t('The connection was lost while deleting “{0}”, but Losant no longer has it: it was deleted.', org.name));
    case 'alreadyGone':
      return gone(
        vscode.l10n.t(
          'Losant had no organization “{0}” to delete for you ({1}): it was deleted already, or you were removed from it.',
          org.name,
          outcome.reason,
        ),
      );
    case 'refused':
      return failed(
        outcome.error.kind === 'forbidden'
          ? vscode.l10n.t(
              'Losant refused to delete “{0}”: {1} Deleting needs the Administrator role in it and a token with the scope org.delete. Nothing was deleted.',
              org.name,
              outcome.reason,
            )
          : vscode.l10n.t('Losant refused to delete “{0}”: {1} Nothing was deleted.', org.name, outcome.reason),
      );
    case 'notDeletedAfterLostAnswer':
      // A request that timed out may still be at Losant: it had the organization when asked, which may change.
      return failed(
        outcome.error.kind === 'timeout'
          ? vscode.l10n.t(
              'Deleting “{0}” got no answer in time ({1}), and Losant still had it when asked just after. It may still be deleting it: refresh the view in a minute. Trying again is safe: one already deleted is reported, not deleted twice.',
              org.name,
              outcome.reason,
            )
          : vscode.l10n.t('The organization “{0}” was not deleted: {1} Losant still has it, so it is safe to try again.', org.name, outcome.reason),
        tryAgain,
      );
    case 'unknown':
      return failed(
        vscode.l10n.t(
          'The connection was lost while deleting “{0}” ({1}), and Losant could not be asked whether it was deleted ({2}). Refresh the view to see whether it is still there before trying again.',
          org.name,
          outcome.reason,
          errorText(outcome.checkError),
        ),
        { title: vscode.l10n.t('Refresh'), run: () => provider.refresh() },
      );
  }
}

export const deleteCommands: Commands = {
  'losant.deleteOrganization': async (context, node?: TreeNode) => {
    const result = await deleteOrganization(context, node);
    return result.kind === 'deleted' || result.kind === 'deletedDespiteLostAnswer' || result.kind === 'alreadyGone';
  },
};
