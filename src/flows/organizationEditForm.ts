// The three-step form of Edit Organization (name, description, icon color) with Back, each step
// starting with the organization's current value, or with what was typed before a save failed.
import * as vscode from 'vscode';
import { boundText, inertText, type ListedOrganization } from '../losant/index';
import { localize } from '../adapters/localize';
import {
  checkEditedDescription,
  checkEditedIconColor,
  checkEditedName,
  descriptionFromBox,
  descriptionInBox,
  editableValues,
  ICON_COLOR_CHOICES,
  LINE_BREAK_SIGN,
  type EditableValues,
} from '../model/organizationEdit';
import { inputStep, pickStep, type StepResult } from './inputStep';

const STEPS = 3;

type ColorItem = vscode.QuickPickItem & { color?: string; custom?: true };

/** The icon color step: a pick of colors (the current one, a few others, none), or Custom… for a hex color typed. */
async function colorStep(title: string, current: string, start: string, icons: ReadonlyMap<string, vscode.Uri>): Promise<StepResult> {
  const marked = (color: string): string => (color === current ? vscode.l10n.t('{0} (current)', color) : color);
  const items: ColorItem[] = [];
  const listed = new Set<string>(ICON_COLOR_CHOICES.map((c) => c.color));
  // A color set elsewhere (in the web app, or typed here before) stays one Enter away.
  for (const color of new Set([current, start])) {
    if (color && !listed.has(color.toLowerCase())) {
      items.push({
        label: inertText(boundText(color, 64)),
        description: color === current ? vscode.l10n.t('current') : undefined,
        color,
        iconPath: icons.get(color),
      });
    }
  }
  for (const choice of ICON_COLOR_CHOICES) {
    const same = [current, start].find((c) => c.toLowerCase() === choice.color) ?? choice.color;
    items.push({ label: localize(choice.name), description: marked(same), color: same, iconPath: icons.get(choice.color) });
  }
  items.push({
    label: vscode.l10n.t('No icon color'),
    description: current === '' ? vscode.l10n.t('current') : undefined,
    color: '',
    iconPath: new vscode.ThemeIcon('organization'),
  });
  items.push({
    label: vscode.l10n.t('Custom…'),
    description: vscode.l10n.t('Type a hex color such as #1ab394'),
    custom: true,
    iconPath: new vscode.ThemeIcon('edit'),
  });

  for (;;) {
    const picked = await pickStep({
      title,
      step: STEPS,
      totalSteps: STEPS,
      placeholder: vscode.l10n.t('Icon color: the color of the organization’s icon in this view and in Losant'),
      items,
      active: items.find((i) => i.color === start),
      back: true,
    });
    if (picked.kind !== 'item') return picked;
    if (!picked.item.custom) return { kind: 'next', value: picked.item.color ?? '' };
    const typed = await inputStep({
      title,
      step: STEPS,
      totalSteps: STEPS,
      value: start,
      prompt: vscode.l10n.t('Icon color: a hex color (#rgb or #rrggbb, optionally with alpha); empty for none'),
      placeholder: '#1ab394',
      check: (v) => localize(checkEditedIconColor(v.trim(), current)),
      back: true,
    });
    // Back from the typed color returns to the pick of colors.
    if (typed.kind !== 'back') return typed.kind === 'next' ? { kind: 'next', value: typed.value.trim() } : typed;
  }
}

export interface EditFormOptions {
  /** Swatches for the colors offered, by color. */
  icons?: ReadonlyMap<string, vscode.Uri>;
}

/**
 * Asks for the new name, description and icon color of `org`, starting with `start` (its values, or
 * what was typed before); undefined when the person cancels.
 */
export async function askForEdit(org: ListedOrganization, start: EditableValues, options: EditFormOptions = {}): Promise<EditableValues | undefined> {
  const current = editableValues(org);
  const title = vscode.l10n.t('Edit Organization “{0}”', inertText(boundText(org.name, 80)));
  const typed = { name: start.name, description: descriptionInBox(start.description), iconColor: start.iconColor };
  let index = 1;
  while (index <= STEPS) {
    let result: StepResult;
    if (index === 1) {
      result = await inputStep({
        title,
        step: 1,
        totalSteps: STEPS,
        value: typed.name,
        prompt: vscode.l10n.t('Name (1–255 characters)'),
        placeholder: vscode.l10n.t('e.g. Acme Smart Buildings'),
        check: (v) => localize(checkEditedName(v, current.name)),
        back: false,
        onChange: (v) => (typed.name = v),
      });
    } else if (index === 2) {
      result = await inputStep({
        title,
        step: 2,
        totalSteps: STEPS,
        value: typed.description,
        prompt: vscode.l10n.t('Description (empty for none; {0} stands for a line break)', LINE_BREAK_SIGN),
        placeholder: vscode.l10n.t('What this organization is for'),
        check: (v) => localize(checkEditedDescription(descriptionFromBox(v, current.description), current.description)),
        back: true,
        onChange: (v) => (typed.description = v),
      });
    } else {
      result = await colorStep(title, current.iconColor, typed.iconColor, options.icons ?? new Map());
      if (result.kind === 'next') typed.iconColor = result.value;
    }
    if (result.kind === 'cancel') return undefined;
    index += result.kind === 'next' ? 1 : -1;
  }
  return { name: typed.name, description: descriptionFromBox(typed.description, current.description), iconColor: typed.iconColor };
}
