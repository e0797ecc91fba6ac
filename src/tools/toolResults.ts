// What every Losant tool answers with: a short sentence, or a framing sentence and JSON data, as
// one text part; and the ready client a tool needs, or the sentence saying what the user must do.
import * as vscode from 'vscode';
import { asLosantApiError, type LosantClient, type Text } from '../losant';
import { localize } from '../adapters/localize';
import type { Log } from '../adapters/log';
import { dataText } from '../model/organizationData';
import { failureText, inputProblemSentence, unavailableText, type ToolAction } from '../model/toolGuidance';
import type { ClientResolver } from '../adapters/clientResolver';
import type { ReadyClient } from '../model/clientState';

export function textResult(text: string): vscode.LanguageModelToolResult {
  return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(text)]);
}

/** Data from the server as JSON after a framing sentence; the token masked, should the server echo it. */
export function dataResult(client: LosantClient, framing: string, data: unknown): vscode.LanguageModelToolResult {
  return textResult(client.redact(dataText(framing, data)));
}

/** Input the model got wrong: nothing was sent. */
export function inputProblemResult(problem: Text): vscode.LanguageModelToolResult {
  return textResult(inputProblemSentence(problem, localize));
}

/** The ready client, or the answer telling the user to sign in or to fix the API URL. */
export async function readyClient(clients: ClientResolver): Promise<ReadyClient | vscode.LanguageModelToolResult> {
  const ready = await clients.resolve();
  if (ready.kind === 'ready') return ready;
  return textResult(localize(unavailableText(ready.kind === 'signedOut' ? { kind: 'signedOut' } : { kind: 'badApiUrl', insecure: ready.insecure })));
}

/** A failed request as the sentence saying what it means and what the user must do. */
export function failureResult(e: unknown, action: ToolAction, client: LosantClient, log: Log, tool: string): vscode.LanguageModelToolResult {
  const error = asLosantApiError(e);
  log.warn(`${tool} failed: ${error.message}`);
  return textResult(client.redact(localize(failureText(error, action))));
}

/** An AbortSignal that follows the tool's cancellation token. */
export function abortSignalFor(token: vscode.CancellationToken): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const listener = token.onCancellationRequested(() => controller.abort());
  if (token.isCancellationRequested) controller.abort();
  return { signal: controller.signal, dispose: () => listener.dispose() };
}
