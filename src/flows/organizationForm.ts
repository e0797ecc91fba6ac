// The two-step form of Create Organization (name, then description) with Back, which keeps what
// was typed in the draft even when the user presses Escape.
import * as vscode from 'vscode';
import { checkOrganizationDescription, checkOrganizationName } from '../losant/index';
import { localize } from '../adapters/localize';
import { inputStep, type StepResult } from './inputStep';

export interface OrganizationDraft {
  name: string;
  description: string;
}

function step(
  draft: OrganizationDraft,
  field: keyof OrganizationDraft,
  index: number,
  options: { prompt: string; placeholder: string; check: (v: string) => string | undefined; back: boolean },
): Promise<StepResult> {
  return inputStep({
    ...options,
    title: vscode.l10n.t('Create Organization'),
    step: index,
    totalSteps: 2,
    value: draft[field],
    onChange: (v) => (draft[field] = v),
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
    if (result.kind === 'cancel') return undefined;
    index += result.kind === 'next' ? 1 : -1;
  }
  return { ...draft };
}
