// Every notification the extension shows goes through here. Messages often carry text from the
// server or the user (an organization's name, Losant's error message), and VS Code renders
// `[label](command:…)` in a notification as a runnable link, so all of it is made inert first.
import * as vscode from 'vscode';
import { inertText } from '../losant/index';
import type { Log } from './log';

export interface MessageAction {
  title: string;
  run: () => unknown;
}

/** An error notification that always offers the log; does not block the command that shows it. */
export function showError(message: string, log: Log, ...actions: MessageAction[]): void {
  log.error(message);
  const showLog = vscode.l10n.t('Show Log');
  void vscode.window.showErrorMessage(inertText(message), ...actions.map((a) => a.title), showLog).then((picked) => {
    if (picked === showLog) log.show();
    else actions.find((a) => a.title === picked)?.run();
  });
}

/** An information notification, with actions to offer; does not block the command that shows it. */
export function showInfo(message: string, ...actions: MessageAction[]): void {
  void vscode.window
    .showInformationMessage(inertText(message), ...actions.map((a) => a.title))
    .then((picked) => actions.find((a) => a.title === picked)?.run());
}

/** A transient status-bar message ($(name) there would render as an icon). */
export function showStatus(message: string, ms = 3000): void {
  vscode.window.setStatusBarMessage(inertText(message), ms);
}

/** A modal question with one action besides Cancel, and what it will do in `detail`; true when the person picks it. */
export async function askModal(message: string, action: string, detail?: string): Promise<boolean> {
  const options = detail === undefined ? { modal: true } : { modal: true, detail: inertText(detail) };
  return (await vscode.window.showWarningMessage(inertText(message), options, action)) === action;
}

/**
 * A modal question before a command acts on values another extension or a link handed it:
 * `detail` says what will happen. The safe answer is the first button, the one VS Code focuses,
 * so Enter, like Escape, changes nothing; true only when the person picks `action`.
 */
export async function confirmHandedValues(message: string, detail: string, safe: string, action: string): Promise<boolean> {
  return (await vscode.window.showWarningMessage(inertText(message), { modal: true, detail: inertText(detail) }, safe, action)) === action;
}

/**
 * Progress shown while `task` runs: a notification's title renders `[label](command:…)` as a
 * runnable link too (and the status bar `$(name)` as an icon), so the title is made inert first.
 */
export function showProgress<T>(title: string, task: () => Thenable<T>, where: 'notification' | 'window' = 'notification'): Thenable<T> {
  const location = where === 'notification' ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
  return vscode.window.withProgress({ location, title: inertText(title) }, task);
}
