// What the agent's tools answer when they cannot do their work: a short sentence saying what the
// user must do, never an exception trace. Text that came from the server is JSON-quoted data.
import { boundText, render, text, type Localize, type LosantApiError, type Text } from '../losant';

export type Unavailable = { kind: 'signedOut' } | { kind: 'badApiUrl'; insecure: boolean };

export type ToolAction = 'list' | 'create' | 'update';

const MESSAGE_MAX = 300;

/** A message from the API (or about it) as a bounded, quoted JSON string. */
function quoted(e: LosantApiError): string {
  const message = render(e.text);
  return JSON.stringify(boundText(message, MESSAGE_MAX));
}

/** Input the model got wrong, as the tool answers it: nothing was sent, and why. */
export function inputProblemSentence(problem: Text, localize: Localize): string {
  return localize(text('Nothing was sent to Losant: {0}', localize(problem)));
}

/** Why nothing can be asked of Losant before any request: signed out, or an unusable API URL. */
export function unavailableText(u: Unavailable): Text {
  if (u.kind === 'signedOut') {
    return text(
      'Not signed in to Losant: no API token is set. The user must run “Losant: Set API Token” from the Command Palette (or click Set API Token in the Losant Organizations view), then ask again.',
    );
  }
  // The URL itself is left out: it comes from settings, which an opened folder can set.
  return u.insecure
    ? text(
        'The “losant.apiUrl” setting uses plain http:// to another machine, so the API token is not sent. The user must change it to https:// (Open Settings in the Losant Organizations view), then ask again.',
      )
    : text(
        'The “losant.apiUrl” setting is not a usable URL. The user must set it to the Losant API URL, such as https://api.losant.com (Open Settings in the Losant Organizations view), then ask again.',
      );
}

/** What a failed request means for the user, and what they must do. */
export function failureText(e: LosantApiError, action: ToolAction): Text {
  if (e.kind === 'unauthorized') {
    return text(
      'Losant rejected the stored API token (it answered {0}). The user must run “Losant: Set API Token” (Command Palette, or Set API Token in the Losant Organizations view) with a valid token, then ask again.',
      quoted(e),
    );
  }
  if (e.kind === 'forbidden') {
    if (action === 'update') {
      return text(
        'Losant refused the change: editing an organization needs the Administrator role in it, and a token with "org.patch" or "all.User". The user can run “Losant: Edit Organization…” from the Organizations view, which says which is missing and offers to sign in again for a missing scope, then ask again.',
      );
    }
    return action === 'create'
      ? text(
          'The stored Losant API token lacks the scope to create organizations (it needs "all.User" or "orgs.post"). The user must run “Losant: Set API Token” with such a token, then ask again.',
        )
      : text(
          'The stored Losant API token lacks the scope to list organizations (it needs "all.User.read", "orgs.get" or "all.User"). The user must run “Losant: Set API Token” with such a token, then ask again.',
        );
  }
  if (e.kind === 'cancelled') return text('The request to Losant was cancelled.');
  return text(
    'The request to Losant failed ({0}{1}). Trying again later may help; the Losant log (“Losant: Show Log”) has the details.',
    e.status ? `HTTP ${e.status}: ` : '',
    quoted(e),
  );
}
