// The Organizations view's own commands: Refresh, Load More, Filter, Clear Filter, Sort By.
import * as vscode from 'vscode';
import { checkNameFilter, SORT_DIRECTIONS, SORT_FIELDS, type SortDirection, type SortField } from '../losant';
import { localize } from '../adapters/localize';
import { readSettings, writeSetting } from '../adapters/settings';
import { requireApiUrl, type CommandContext, type Commands } from '../flows/commandContext';
import { showError } from '../adapters/messages';

const FIELD_LABELS: Record<SortField, () => string> = {
  name: () => vscode.l10n.t('Name'),
  id: () => vscode.l10n.t('ID'),
  creationDate: () => vscode.l10n.t('Creation date'),
  lastUpdated: () => vscode.l10n.t('Last updated'),
};

const DIRECTION_LABELS: Record<SortDirection, (f: SortField) => string> = {
  asc: (f) => (f === 'name' || f === 'id' ? vscode.l10n.t('ascending (A → Z)') : vscode.l10n.t('ascending (oldest first)')),
  desc: (f) => (f === 'name' || f === 'id' ? vscode.l10n.t('descending (Z → A)') : vscode.l10n.t('descending (newest first)')),
};

function checkFilter(value: string): string | undefined {
  return localize(checkNameFilter(value));
}

async function setFilter({ filters, provider }: CommandContext, apiUrl: string, value: string | undefined): Promise<void> {
  await filters.set(apiUrl, value?.trim() || undefined);
  provider.refresh();
}

async function filter(context: CommandContext, arg?: unknown): Promise<void> {
  const apiUrl = requireApiUrl(context);
  if (!apiUrl) return;
  let value = typeof arg === 'string' ? arg : undefined;
  if (value === undefined) {
    value = await vscode.window.showInputBox({
      title: vscode.l10n.t('Filter Organizations'),
      prompt: vscode.l10n.t('Organization names to show; * matches any run of characters, ? any one character, case does not matter. Leave empty to show all.'),
      placeHolder: vscode.l10n.t('e.g. acme* or *cold?chain*'),
      value: context.filters.get(apiUrl) ?? '',
      validateInput: checkFilter,
    });
    if (value === undefined) return;
  }
  const problem = checkFilter(value);
  if (problem) {
    showError(problem, context.log);
    return;
  }
  await setFilter(context, apiUrl, value);
}

async function clearFilter(context: CommandContext): Promise<void> {
  const apiUrl = requireApiUrl(context);
  if (apiUrl) await setFilter(context, apiUrl, undefined);
}

async function sortBy(): Promise<void> {
  const { sortField, sortDirection } = readSettings();
  type Item = vscode.QuickPickItem & { field: SortField; direction: SortDirection };
  const items: Item[] = SORT_FIELDS.flatMap((field) =>
    SORT_DIRECTIONS.map((direction) => {
      const current = field === sortField && direction === sortDirection;
      return {
        field,
        direction,
        label: `${current ? '$(check)' : '$(blank)'} ${FIELD_LABELS[field]()}`,
        description: DIRECTION_LABELS[direction](field),
        detail: current ? vscode.l10n.t('current order') : undefined,
      };
    }),
  );
  const picked = await new Promise<Item | undefined>((resolve) => {
    const pick = vscode.window.createQuickPick<Item>();
    pick.title = vscode.l10n.t('Sort Organizations By');
    pick.placeholder = vscode.l10n.t('Pick a field and a direction');
    pick.items = items;
    pick.activeItems = items.filter((i) => i.field === sortField && i.direction === sortDirection);
    let chosen: Item | undefined;
    pick.onDidAccept(() => {
      chosen = pick.selectedItems[0] ?? pick.activeItems[0];
      pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(chosen);
    });
    pick.show();
  });
  if (!picked) return;
  // Both settings are written, so the view and the Settings editor never disagree.
  await writeSetting('organizations.sortField', picked.field);
  await writeSetting('organizations.sortDirection', picked.direction);
}

export const viewCommands: Commands = {
  'losant.refreshOrganizations': ({ provider }) => provider.refresh(),
  'losant.loadMoreOrganizations': ({ provider }) => provider.loadMore(),
  'losant.filterOrganizations': filter,
  'losant.clearOrganizationsFilter': clearFilter,
  'losant.sortOrganizations': sortBy,
};
