// The name a signed-in Losant account goes by in the Accounts menu and the view: "Full Name
// (email)" from GET /me, or the installation's host when the token may not read /me (a token
// pasted with only orgs scopes) or /me cannot be had.
import { boundText, inertText, type CallOptions, type LosantClient, type LosantUser } from '../losant';
import { hostOf } from './settingOrigin';

/** The longest label kept: names and emails come from the server. */
export const ACCOUNT_LABEL_MAX = 200;

export interface AccountLabel {
  /** What the Accounts menu shows. */
  label: string;
  /** Losant's user id, when /me told it. */
  userId?: string;
  /** False when the label is the host because /me could not be read. */
  fromProfile: boolean;
}

/** One line of plain text, with nothing that could become a link or an icon. */
function clean(value: string | undefined): string {
  return value === undefined ? '' : inertText(value).replace(/\s+/g, ' ').trim();
}

/** A label from storage or the server as it may be shown: one inert line, bounded. */
export function cleanAccountLabel(label: string): string {
  return boundText(clean(label), ACCOUNT_LABEL_MAX);
}

/** "Full Name (email)", or whichever of the two the user has; the host when neither. */
export function accountLabel(user: LosantUser | undefined, apiUrl: string): AccountLabel {
  const name = clean(user?.fullName) || clean([user?.firstName, user?.lastName].filter(Boolean).join(' '));
  const email = clean(user?.email);
  const label = name && email ? `${name} (${email})` : name || email;
  if (!user || !label) return { label: hostOf(apiUrl), fromProfile: false, ...(user ? { userId: user.id } : {}) };
  return { label: cleanAccountLabel(label), userId: user.id, fromProfile: true };
}

/** The label of the account a client's token belongs to; never fails (the host stands in). */
export async function describeAccount(client: LosantClient, call: CallOptions = {}): Promise<AccountLabel> {
  let user: LosantUser | undefined;
  try {
    user = await client.me(call);
  } catch {
    // 403 for a token without a user-reading scope, or /me unreachable: the host still names it.
  }
  return accountLabel(user, client.apiUrl);
}
