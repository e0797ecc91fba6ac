// Turns the client's English templates into the user's language through vscode.l10n.
import * as vscode from 'vscode';
import type { LosantApiError, Text } from '../losant/index';

export function localize(t: Text): string;
export function localize(t: Text | undefined): string | undefined;
export function localize(t: Text | undefined): string | undefined {
  return t === undefined ? undefined : vscode.l10n.t(t.template, ...t.args);
}

/** An API error's message, localized. */
export function errorText(e: LosantApiError): string {
  return localize(e.text);
}
