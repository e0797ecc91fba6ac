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
import { answering, type DeleteAnswers, type DeleteQuestions } from './deleteAnswers';
import { startExplorer, type Explorer } from '../../src/explorer';
import type { ListedOrganization } from '../../src/losant';
import { TEST_CHANNEL_MARKER } from './marker';

export interface Credentials {
  email: string;
  password?: string;
  twoFactorCode?: string;
}

export interface TestChannel extends Omit<Explorer, 'commandContext' | 'signIn' | 'create'> {
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
  /** Pinned and recent organizations, as the commands keep them. */
  pins: Explorer['commandContext']['pins'];
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

export function activate(context: vscode.ExtensionContext): TestChannel {
  const { commandContext, signIn, create, ...parts } = startExplorer(context);
  return {
    ...parts,
    marker: TEST_CHANNEL_MARKER,
    setApiToken: (token) => setApiToken(commandContext, async () => token),
    signIn: (credentials, scopes = []) => signIn.interactive(commandContext, scopes, typing(credentials)),
    switchInstallation: (apiUrl) => switchInstallation(commandContext, apiUrl, yes),
    goTo: (org) => revealOrganization(commandContext, org),
    pins: commandContext.pins,
    deleteOrganization: async (row, answers) => {
      const { prompts, asked } = answering(answers);
      return { result: await deleteOrganization(commandContext, row, prompts), asked };
    },
    createOrganization: (values) => create.create(commandContext, values, { askForOrganization: async () => undefined, confirmHanded: yes }),
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
