// One step of a multi-step input (an input box, or a pick, with "n/m" and a Back button), shared by
// the forms: Create and Edit Organization, Sign In, Invite Member and Change Role.
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

export interface PickStepOptions<T extends vscode.QuickPickItem> {
  title: string;
  /** "n/m" in the title; none for a pick on its own. */
  step?: number;
  totalSteps?: number;
  placeholder: string;
  items: readonly T[];
  /** The item the pick starts on (the current value). */
  active?: T;
  matchOnDetail?: boolean;
  /** Offer Back (every step but the first). */
  back: boolean;
}

export type PickResult<T> = { kind: 'item'; item: T } | { kind: 'back' } | { kind: 'cancel' };

/** One step of a multi-step input that picks an item, with Back; resolves with the item, Back, or cancel. */
export function pickStep<T extends vscode.QuickPickItem>(options: PickStepOptions<T>): Promise<PickResult<T>> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<T>();
    pick.title = options.title;
    pick.step = options.step;
    pick.totalSteps = options.totalSteps;
    pick.placeholder = options.placeholder;
    pick.items = options.items;
    pick.matchOnDetail = options.matchOnDetail === true;
    pick.ignoreFocusOut = true;
    if (options.active) pick.activeItems = [options.active];
    pick.buttons = options.back ? [vscode.QuickInputButtons.Back] : [];
    let result: PickResult<T> = { kind: 'cancel' };
    const disposables = [
      pick.onDidAccept(() => {
        const [item] = pick.selectedItems;
        if (!item) return;
        result = { kind: 'item', item };
        pick.hide();
      }),
      pick.onDidTriggerButton((b) => {
        if (b !== vscode.QuickInputButtons.Back) return;
        result = { kind: 'back' };
        pick.hide();
      }),
      pick.onDidHide(() => {
        for (const d of disposables) d.dispose();
        pick.dispose();
        resolve(result);
      }),
    ];
    pick.show();
  });
}
