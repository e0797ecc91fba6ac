// The test build's entry point (out/test-extension/, never in the .vsix): the same extension, whose
// activate() also hands the integration tests a channel into the running extension. Through it they
// read the tree, and run the account and create flows with the person's answers supplied: the
// flows are the shipped ones, only the prompts (input boxes, picks, modals) are replaced. The
// shipped entry point (src/extension.ts) returns nothing; a unit test checks that the packaged
// bundle holds no TEST_CHANNEL_MARKER.
import type * as vscode from 'vscode';
import { setApiToken } from '../../src/flows/apiToken';
import type { OrganizationDraft } from '../../src/flows/organizationForm';
import type { SignInPrompts, SignInResult } from '../../src/flows/signIn';
import { switchInstallation } from '../../src/commands/switchInstallation';
import { revealOrganization } from '../../src/commands/goToOrganization';
import { deleteOrganization, type DeleteResult } from '../../src/commands/deleteOrganization';
import { answering as answeringDelete, type DeleteAnswers, type DeleteQuestions } from './deleteAnswers';
import { startExplorer, type Explorer } from '../../src/explorer';
import type { ListedOrganization, MemberRole } from '../../src/losant';
import type { MemberFlows, MemberPrompts } from '../../src/commands/memberCommands';
import type { InviteDraft } from '../../src/flows/memberForm';
import type { EditableValues } from '../../src/model/organizationEdit';
import { TEST_CHANNEL_MARKER } from './marker';

export interface Credentials {
  email: string;
  password?: string;
  twoFactorCode?: string;
}

/** What the person answers in the member commands. */
export interface MemberAnswers {
  /** Invite Member's form: given what it opens with (what was typed before) and its check of an email, what is entered; undefined: Escape. */
  invite?: (draft: Readonly<InviteDraft>, problem: (email: string) => string | undefined) => InviteDraft | undefined;
  /** The role picked (undefined: Escape); told the current one. */
  role?: (current: MemberRole | undefined) => MemberRole | undefined;
  /** The modal's answer, told its question; no modal answered yes unless given. */
  confirm?: (message: string, action: string, detail: string) => boolean;
  /** Asked to sign in again for a scope the token lacks: Sign In with these (undefined: the person says no). */
  signInAgainAs?: Credentials;
}

/** The member commands on a row handed over, the person answering as given. */
export type MemberActions = { [K in Exclude<keyof MemberFlows, 'commands'>]: (row: unknown, answers?: MemberAnswers) => ReturnType<MemberFlows[K]> };

/** How the person answers Edit Organization: the organization picked (from the palette), what they type, and the door's question. */
export interface EditAnswers {
  pick?: ListedOrganization;
  /** What they type over the values the form starts with; undefined: Escape. */
  type?: (shown: EditableValues) => Partial<EditableValues> | undefined;
  /** Asked to sign in again for a missing scope: yes, signing in with these, or no. */
  signInAgain?: Credentials | false;
}

/** What Edit Organization did: the organization as saved, what the form started with (never opened: undefined), the door's question. */
export interface EditRun {
  org?: ListedOrganization;
  shown?: EditableValues;
  scopeQuestion?: string;
}

export interface TestChannel extends Omit<Explorer, 'commandContext' | 'signIn' | 'create' | 'members' | 'edit'> {
  marker: typeof TEST_CHANNEL_MARKER;
  /** Set API Token, the token typed in its box: checked with the API, then stored. True when stored. */
  setApiToken(token: string): Promise<boolean>;
  /** Sign In with email and password, these typed in its form (and scopes another extension asked for). */
  signIn(credentials: Credentials, scopes?: readonly unknown[]): Promise<SignInResult>;
  /** Switch Installation to an API URL handed over, the person answering yes. The API URL set, or undefined. */
  switchInstallation(apiUrl: string): Promise<string | undefined>;
  /** Create Organization with values handed over, the person answering yes. */
  createOrganization(values: OrganizationDraft): Promise<ListedOrganization | undefined>;
  /** Go to Organization, the person having picked this organization (from a search of the server). */
  goTo(org: ListedOrganization): Promise<boolean>;
  /** Delete Organization on this row (none: from the palette), the person answering so; what came of it, and what they were asked. */
  deleteOrganization(row: unknown, answers: DeleteAnswers): Promise<{ result: DeleteResult; asked: DeleteQuestions }>;
  /** Edit Organization on a row (undefined: from the palette), the person answering as given. */
  editOrganization(row: unknown, answers: EditAnswers): Promise<EditRun>;
  /** Pinned and recent organizations, as the commands keep them. */
  pins: Explorer['commandContext']['pins'];
  /** Invite Member…, Change Role…, Remove Member…, Leave Organization, Revoke Invitation, and Pending Invitations' refresh. */
  members: MemberActions;
}

/** The person picks email and password and types these; the email is looked up as the form does. */
function typing(credentials: Credentials): SignInPrompts {
  return {
    pickMethod: async () => 'password',
    askForCredentials: async (_apiUrl, form, lookUp) => {
      form.email = credentials.email.trim();
      const step = await lookUp(form.email);
      if (step.kind !== 'password') return { kind: 'email', step };
      return { kind: 'credentials', credentials: { email: step.email, password: credentials.password ?? '', twoFactorCode: credentials.twoFactorCode } };
    },
  };
}

const yes = async (): Promise<boolean> => true;

function answering(a: MemberAnswers): MemberPrompts {
  return {
    access: { askToSignInAgain: async () => a.signInAgainAs !== undefined, signIn: a.signInAgainAs && typing(a.signInAgainAs) },
    askForInvite: async (draft, _org, problem) => a.invite?.({ ...draft }, problem),
    pickRole: async (current) => a.role?.(current),
    confirm: async (message, action, detail) => a.confirm?.(message, action, detail) ?? false,
  };
}

export function activate(context: vscode.ExtensionContext): TestChannel {
  const { commandContext, signIn, create, members, edit, ...parts } = startExplorer(context);
  const act =
    <K extends keyof MemberActions>(name: K) =>
    (row: unknown, answers: MemberAnswers = {}) =>
      members[name](commandContext, row, answering(answers)) as ReturnType<MemberActions[K]>;
  return {
    ...parts,
    marker: TEST_CHANNEL_MARKER,
    setApiToken: (token) => setApiToken(commandContext, async () => token),
    signIn: (credentials, scopes = []) => signIn.interactive(commandContext, scopes, typing(credentials)),
    switchInstallation: (apiUrl) => switchInstallation(commandContext, apiUrl, yes),
    goTo: (org) => revealOrganization(commandContext, org),
    pins: commandContext.pins,
    deleteOrganization: async (row, answers) => {
      const { prompts, asked } = answeringDelete(answers);
      return { result: await deleteOrganization(commandContext, row, prompts), asked };
    },
    members: {
      invite: act('invite'),
      changeRole: act('changeRole'),
      remove: act('remove'),
      leave: act('leave'),
      revoke: act('revoke'),
      refreshInvitations: act('refreshInvitations'),
    },
    createOrganization: (values) => create.create(commandContext, values, { askForOrganization: async () => undefined, confirmHanded: yes }),
    editOrganization: async (row, answers) => {
      const run: EditRun = {};
      run.org = await edit.edit(commandContext, row, {
        pickOrganization: async () => answers.pick,
        askForEdit: async (_org, start) => {
          run.shown = { ...start };
          const typed = answers.type?.(start);
          return typed && { ...start, ...typed };
        },
        access: {
          askToSignInAgain: async (question) => {
            run.scopeQuestion = question;
            return Boolean(answers.signInAgain);
          },
          signIn: answers.signInAgain ? typing(answers.signInAgain) : undefined,
        },
      });
      return run;
    },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
