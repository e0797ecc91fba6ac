// Error notifications that always offer the log, without blocking the command that shows them.
import * as vscode from 'vscode';
import type { Log } from '../log';

export function showError(message: string, log: Log, ...actions: { title: string; run: () => unknown }[]): void {
  log.error(message);
  const showLog = vscode.l10n.t('Show Log');
  void vscode.window.showErrorMessage(message, ...actions.map((a) => a.title), showLog).then((picked) => {
    if (picked === showLog) log.show();
    else actions.find((a) => a.title === picked)?.run();
  });
}
