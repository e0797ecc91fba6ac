// One step of a multi-step input (an input box with "n/m" and a Back button), shared by the
// Create Organization form and the sign-in form.
import * as vscode from 'vscode';

export interface InputStepOptions {
  title: string;
  step: number;
  totalSteps: number;
  /** What the box starts with (what was typed before). */
  value: string;
  prompt: string;
  placeholder: string;
  /** Hidden input, for a password or a code. */
  password?: boolean;
  /** The problem with a value, shown while typing; Enter is refused while there is one. */
  check: (value: string) => string | undefined;
  /** Offer Back (every step but the first). */
  back: boolean;
  /** Told each change, so a form can remember what is typed even after Escape. */
  onChange?: (value: string) => void;
}

export type StepResult = { kind: 'next'; value: string } | { kind: 'back' } | { kind: 'cancel' };

/** Shows the step; resolves with the accepted value, Back, or cancel (Escape, or focus taken away). */
export function inputStep(options: InputStepOptions): Promise<StepResult> {
  return new Promise((resolve) => {
    const input = vscode.window.createInputBox();
    input.title = options.title;
    input.step = options.step;
    input.totalSteps = options.totalSteps;
    input.value = options.value;
    input.prompt = options.prompt;
    input.placeholder = options.placeholder;
    input.password = options.password === true;
    input.ignoreFocusOut = true;
    input.buttons = options.back ? [vscode.QuickInputButtons.Back] : [];
    let result: StepResult = { kind: 'cancel' };
    const disposables = [
      input.onDidChangeValue((v) => {
        options.onChange?.(v);
        input.validationMessage = options.check(v);
      }),
      input.onDidAccept(() => {
        const problem = options.check(input.value);
        input.validationMessage = problem;
        if (problem) return;
        result = { kind: 'next', value: input.value };
        input.hide();
      }),
      input.onDidTriggerButton((b) => {
        if (b === vscode.QuickInputButtons.Back) {
          result = { kind: 'back' };
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
    if (options.value) input.validationMessage = options.check(options.value);
    input.show();
  });
}
