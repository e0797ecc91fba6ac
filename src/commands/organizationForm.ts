// The two-step form of Create Organization (name, then description) with Back, which keeps what
// was typed in the draft even when the user presses Escape.
import * as vscode from 'vscode';
import { checkOrganizationDescription, checkOrganizationName } from '../losant';
import { localize } from '../localize';

export interface OrganizationDraft {
  name: string;
  description: string;
}

type StepResult = 'next' | 'back' | 'cancel';

function step(
  draft: OrganizationDraft,
  field: keyof OrganizationDraft,
  index: number,
  options: { prompt: string; placeholder: string; check: (v: string) => string | undefined; back: boolean },
): Promise<StepResult> {
  return new Promise((resolve) => {
    const input = vscode.window.createInputBox();
    input.title = vscode.l10n.t('Create Organization');
    input.step = index;
    input.totalSteps = 2;
    input.value = draft[field];
    input.prompt = options.prompt;
    input.placeholder = options.placeholder;
    input.ignoreFocusOut = true;
    input.buttons = options.back ? [vscode.QuickInputButtons.Back] : [];
    let result: StepResult = 'cancel';
    const disposables = [
      input.onDidChangeValue((v) => {
        draft[field] = v;
        input.validationMessage = options.check(v);
      }),
      input.onDidAccept(() => {
        const problem = options.check(input.value);
        input.validationMessage = problem;
        if (problem) return;
        result = 'next';
        input.hide();
      }),
      input.onDidTriggerButton((b) => {
        if (b === vscode.QuickInputButtons.Back) {
          result = 'back';
          input.hide();
        }
      }),
      input.onDidHide(() => {
        for (const d of disposables) d.dispose();
        input.dispose();
        resolve(result);
      }),
    ];
    // A prefilled value (from a failed attempt) is checked at once, so a problem is visible.
    if (draft[field]) input.validationMessage = options.check(draft[field]);
    input.show();
  });
}

/** Asks for the name and the description; undefined when the user cancels (the draft keeps the values). */
export async function askForOrganization(draft: OrganizationDraft): Promise<OrganizationDraft | undefined> {
  let index = 1;
  while (index <= 2) {
    const result =
      index === 1
        ? await step(draft, 'name', 1, {
            prompt: vscode.l10n.t('Name of the new organization (1–255 characters)'),
            placeholder: vscode.l10n.t('e.g. Acme Smart Buildings'),
            check: (v) => localize(checkOrganizationName(v)),
            back: false,
          })
        : await step(draft, 'description', 2, {
            prompt: vscode.l10n.t('Description (optional; press Enter to skip)'),
            placeholder: vscode.l10n.t('What this organization is for'),
            check: (v) => localize(checkOrganizationDescription(v)),
            back: true,
          });
    if (result === 'cancel') return undefined;
    index += result === 'next' ? 1 : -1;
  }
  return { ...draft };
}
