// The extension's entry point. activate() returns nothing: no token, tool or way to act without
// the person reaches another extension through `vscode.extensions.getExtension(…).exports`. Other
// extensions get Losant sessions only through VS Code's authentication API, after the person
// allowed it.
import type * as vscode from 'vscode';
import { startExplorer } from './explorer';

export function activate(context: vscode.ExtensionContext): void {
  startExplorer(context);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
