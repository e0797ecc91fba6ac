// The sentences the agent's tools answer with when they send nothing or fail, word for word as the
// model (and the person reading the chat) gets them: input the model got wrong, for each tool; no
// client to send with; a failed request, the token masked should Losant's answer echo it.
import * as assert from 'node:assert/strict';
import { LosantApiError, LosantClient, render, text, type Localize, type Text } from '../../src/losant';
import { createRequest } from '../../src/model/organizationCreate';
import { lookupRequest } from '../../src/model/organizationLookup';
import { failureText, inputProblemSentence, unavailableText } from '../../src/model/toolGuidance';
import { listRequest } from '../../src/model/toolListing';

const defaults = { sortField: 'name', sortDirection: 'asc', pageSize: 100, includePayloadCounts: false } as const;

/** The answer to input a tool refuses: what its request check found, as the tool says it. */
function answer(checked: { problem: Text } | object): string {
  assert.ok('problem' in checked, `the input was accepted: ${JSON.stringify(checked)}`);
  return inputProblemSentence(checked.problem as Text, render);
}

describe('what the agent tools answer', () => {
  it('the list tool, given input it cannot send: nothing was sent, and the first problem', () => {
    assert.equal(answer(listRequest({ nameFilter: 'tab\there' }, defaults)), 'Nothing was sent to Losant: The filter must not contain control characters.');
    assert.equal(
      answer(listRequest({ nameFilter: 'x'.repeat(256) }, defaults)),
      'Nothing was sent to Losant: A filter longer than a name (255 characters) cannot match anything.',
    );
    assert.equal(answer(listRequest({ sortDirection: 'sideways' }, defaults)), 'Nothing was sent to Losant: "sortDirection" must be one of asc, desc.');
    assert.equal(answer(listRequest('all of them', defaults)), 'Nothing was sent to Losant: The input must be an object.');
  });

  it('the get tool: an id that is no Losant id, or neither id nor name', () => {
    assert.equal(answer(lookupRequest({ id: '../settings' })), 'Nothing was sent to Losant: "id" must be a Losant organization ID: 24 hexadecimal characters.');
    assert.equal(answer(lookupRequest({})), 'Nothing was sent to Losant: Give the "id" or the exact "name" of the organization.');
  });

  it('the create tool: the name checked as the command checks what is typed', () => {
    assert.equal(answer(createRequest({ name: '   ' })), 'Nothing was sent to Losant: Enter a name for the organization.');
    assert.equal(
      answer(createRequest({ name: 'n'.repeat(256) })),
      'Nothing was sent to Losant: The name is 256 characters long; the most Losant allows is 255.',
    );
    assert.equal(answer(createRequest({ name: 42 })), 'Nothing was sent to Losant: "name" must be a string.');
  });

  it("in the translator's words, the problem too (vscode.l10n in the extension)", () => {
    const shout: Localize = (t) => render(t).toUpperCase();
    assert.equal(inputProblemSentence(text('The input must be an object.'), shout), 'NOTHING WAS SENT TO LOSANT: THE INPUT MUST BE AN OBJECT.');
  });

  it('signed out, or an unusable API URL: what the user must do, in full', () => {
    assert.equal(
      render(unavailableText({ kind: 'signedOut' })),
      'Not signed in to Losant: no API token is set. The user must run “Losant: Set API Token” from the Command Palette (or click Set API Token in the Losant Organizations view), then ask again.',
    );
    assert.equal(
      render(unavailableText({ kind: 'badApiUrl', insecure: true })),
      'The “losant.apiUrl” setting uses plain http:// to another machine, so the API token is not sent. The user must change it to https:// (Open Settings in the Losant Organizations view), then ask again.',
    );
  });

  it('a failed request: what it means, and the token masked should the answer echo it', () => {
    const token = 'not-a-real-token-0123456789';
    const client = new LosantClient({ apiUrl: 'https://api.losant.com', token });
    const echoed = new LosantApiError({ kind: 'server', status: 500, message: `No such session: ${token}` });
    const sentence = client.redact(render(failureText(echoed, 'list')));
    assert.equal(
      sentence,
      'The request to Losant failed (HTTP 500: "No such session: ***"). Trying again later may help; the Losant log (“Losant: Show Log”) has the details.',
    );
    assert.equal(render(failureText(new LosantApiError({ kind: 'cancelled', message: 'cancelled' }), 'create')), 'The request to Losant was cancelled.');
  });
});
