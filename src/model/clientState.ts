// Whether there is a client for the installation the settings name, and for whom: the one answer
// the view, the commands and the agent tools all start from.
import type { LosantClient, Text } from '../losant';
import type { LosantSettings } from './settings';

/** Who a token acts as: the account's label (empty when the token may not read /me) and what tells one sign-in from another. */
export interface Account {
  label: string;
  /** The Losant user id, or, when unknown, the id of the stored session. */
  key: string;
  /** The Losant user id, when known: whose role in an organization decides what they may do there. */
  userId?: string;
}

export type ClientState =
  | { kind: 'ready'; client: LosantClient; apiUrl: string; settings: LosantSettings; account?: Account; tokenExpiresAt?: number; scopes?: readonly string[] }
  | { kind: 'signedOut'; apiUrl: string; settings: LosantSettings }
  | { kind: 'badApiUrl'; reason: Text; insecure: boolean; settings: LosantSettings };

/**
 * `scopes` of a ready client: the token's own claims, else those it was asked for at sign-in;
 * undefined when neither is known (a pasted token without claims), and then only Losant can tell.
 */
export type ReadyClient = Extract<ClientState, { kind: 'ready' }>;
