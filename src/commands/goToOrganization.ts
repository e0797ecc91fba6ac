// "Go to Organization…": a quick pick that searches every organization on the server by name as
// the user types (src/model/organizationSearch.ts), shows the pinned and recently opened ones
// before anything is typed, and on Enter reveals and selects the organization in the tree. One on a
// page not yet loaded is added at the end of the list (as a created one is): no page is loaded to
// get there.
import * as vscode from 'vscode';
import { appUrlFor, organizationPage, type ListedOrganization } from '../losant';
import { localize } from '../adapters/localize';
import { showStatus } from '../adapters/messages';
import { readSettings } from '../adapters/settings';
import { confirmAppUrlFromWorkspace } from '../adapters/workspaceUrls';
import type { ReadyClient } from '../model/clientState';
import { summaryExclude } from '../model/organizationsListing';
import { OrganizationSearch, searchEntry, searchProblem, type SearchRemedy, type SearchState } from '../model/organizationSearch';
import type { PinnedOrganization, PinOwner } from '../model/pins';
import type { CommandContext, Commands } from '../flows/commandContext';

/** How many organizations a search shows: enough to pick from, few enough to answer fast. */
const RESULTS_PER_SEARCH = 25;

type Item = vscode.QuickPickItem &
  (
    | { kind?: undefined; org: ListedOrganization }
    | { kind?: undefined; kept: PinnedOrganization }
    | { kind?: undefined; remedy: SearchRemedy }
    | { kind: vscode.QuickPickItemKind.Separator }
    | { kind?: undefined; note: true }
  );

const OPEN_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('link-external'), tooltip: vscode.l10n.t('Open in Losant') };
const COPY_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('copy'), tooltip: vscode.l10n.t('Copy Organization ID') };

const REMEDIES: Record<SearchRemedy, { label: () => string; command: string; args?: unknown[] }> = {
  signIn: { label: () => vscode.l10n.t('Sign In'), command: 'losant.signIn' },
  setApiToken: { label: () => vscode.l10n.t('Set API Token'), command: 'losant.setApiToken' },
  openSettings: { label: () => vscode.l10n.t('Open Settings'), command: 'workbench.action.openSettings', args: ['losant.apiUrl'] },
  tryAgain: { label: () => vscode.l10n.t('Try Again'), command: '' },
  showLog: { label: () => vscode.l10n.t('Show Log'), command: 'losant.showLog' },
};

function separator(label: string): Item {
  return { label, kind: vscode.QuickPickItemKind.Separator };
}

function orgItem(org: ListedOrganization): Item {
  return { ...searchEntry(org), org, alwaysShow: true, buttons: [OPEN_BUTTON, COPY_BUTTON] };
}

function keptItem(kept: PinnedOrganization, icon: string): Item {
  return {
    label: searchEntry({ id: kept.id, name: kept.name || kept.id }).label,
    detail: kept.id,
    iconPath: new vscode.ThemeIcon(icon),
    kept,
    alwaysShow: true,
    buttons: [OPEN_BUTTON, COPY_BUTTON],
  };
}

function problemItems(problem: ReturnType<typeof searchProblem>): Item[] {
  return [
    { label: `$(warning) ${localize(problem.message).replace(/\$\(/g, '$ (')}`, note: true, alwaysShow: true },
    ...problem.remedies.map((remedy): Item => ({ label: REMEDIES[remedy].label(), remedy, alwaysShow: true })),
  ];
}

/** Pinned, then recently opened (not also pinned), before anything is typed. */
function keptItems({ pins }: CommandContext, owner: PinOwner): Item[] {
  const pinned = pins.pinned(owner);
  const recent = pins.recent(owner).filter((r) => !pinned.some((p) => p.id === r.id));
  return [
    ...(pinned.length ? [separator(vscode.l10n.t('Pinned')), ...pinned.map((p) => keptItem(p, 'pinned'))] : []),
    ...(recent.length ? [separator(vscode.l10n.t('Recently opened')), ...recent.map((r) => keptItem(r, 'history'))] : []),
  ];
}

function itemsFor(context: CommandContext, owner: PinOwner, state: SearchState): Item[] {
  switch (state.kind) {
    case 'idle':
      return keptItems(context, owner);
    case 'searching':
      return [];
    case 'unusable':
      return [{ label: `$(warning) ${localize(state.problem)}`, note: true, alwaysShow: true }];
    case 'failed':
      return problemItems(searchProblem({ kind: 'failed', error: state.error }));
    case 'found': {
      if (state.organizations.length === 0)
        return [
          { label: vscode.l10n.t('No organization name contains “{0}”.', searchEntry({ id: '', name: state.text }).label), note: true, alwaysShow: true },
        ];
      const heading =
        state.totalCount > state.organizations.length
          ? vscode.l10n.t('{0} of {1} matching organizations: type more to narrow', state.organizations.length, state.totalCount)
          : vscode.l10n.t('Matching organizations');
      return [separator(heading), ...state.organizations.map(orgItem)];
    }
  }
}

/** What Enter on an organization does: reveals and selects it in the tree (added at the end when no loaded page has it), and remembers it as recently opened. */
export async function revealOrganization({ provider, treeView, pins }: CommandContext, org: ListedOrganization): Promise<boolean> {
  const node = provider.findOrganization(org.id) ?? (await provider.include(org));
  const owner = provider.owner();
  if (!node || !owner) return false;
  await treeView.reveal(node, { select: true, focus: true });
  await pins.opened(owner, { id: org.id, name: org.name });
  return true;
}

/** A pinned or recent organization, looked up by its name among all on the server (then by id). */
async function lookUp(ready: ReadyClient, kept: PinnedOrganization): Promise<ListedOrganization | undefined> {
  const page = await ready.client.listOrganizations({
    filter: kept.name.replace(/[*?]/g, '?'),
    perPage: RESULTS_PER_SEARCH,
    summaryExclude: summaryExclude(ready.settings.includePayloadCounts),
  });
  return page.items.find((o) => o.id === kept.id);
}

async function pressed(ready: ReadyClient, item: Item, button: vscode.QuickInputButton): Promise<void> {
  const id = 'org' in item ? item.org.id : 'kept' in item ? item.kept.id : undefined;
  if (!id) return;
  if (button === COPY_BUTTON) {
    await vscode.env.clipboard.writeText(id);
    showStatus(vscode.l10n.t('Copied the ID of “{0}”.', item.label));
    return;
  }
  if (!(await confirmAppUrlFromWorkspace())) return;
  await vscode.env.openExternal(vscode.Uri.from(organizationPage(appUrlFor(ready.apiUrl, readSettings().appUrl), id)));
}

async function goToOrganization(context: CommandContext): Promise<void> {
  const state = await context.clients.resolve();
  const pick = vscode.window.createQuickPick<Item>();
  pick.title = vscode.l10n.t('Go to Organization');
  pick.placeholder = vscode.l10n.t('Type part of an organization name (* matches any run of characters, ? any one)');
  pick.matchOnDescription = false;
  pick.matchOnDetail = false;
  const disposables: vscode.Disposable[] = [pick];
  try {
    if (state.kind !== 'ready') {
      pick.items = problemItems(searchProblem(state.kind === 'signedOut' ? { kind: 'signedOut' } : { kind: 'badApiUrl', reason: state.reason }));
      await choose(pick, async (item) => {
        if ('remedy' in item) await runRemedy(item.remedy);
        return true;
      });
      return;
    }
    const owner: PinOwner = { apiUrl: state.apiUrl, account: state.account?.key ?? '' };
    const { sortField, sortDirection, includePayloadCounts } = state.settings;
    const search = new OrganizationSearch((pattern, signal) =>
      state.client.listOrganizations(
        { filter: pattern, perPage: RESULTS_PER_SEARCH, sortField, sortDirection, summaryExclude: summaryExclude(includePayloadCounts) },
        { signal },
      ),
    );
    disposables.push(
      search,
      search.onDidChange((s) => {
        pick.busy = s.kind === 'searching';
        if (s.kind !== 'searching') pick.items = itemsFor(context, owner, s);
      }),
      pick.onDidChangeValue((value) => search.type(value)),
      pick.onDidTriggerItemButton((e) => void pressed(state, e.item, e.button)),
    );
    pick.items = itemsFor(context, owner, search.state);
    await choose(pick, async (item) => {
      if ('remedy' in item) {
        if (item.remedy !== 'tryAgain') {
          await runRemedy(item.remedy);
          return true;
        }
        search.type(pick.value);
        return false;
      }
      let org = 'org' in item ? item.org : undefined;
      if ('kept' in item) {
        pick.busy = true;
        org = await lookUp(state, item.kept).catch(() => undefined);
        pick.busy = false;
        if (!org) {
          pick.items = [
            {
              label: vscode.l10n.t('“{0}” is no longer available to you on this installation.', searchEntry({ id: '', name: item.kept.name }).label),
              note: true,
              alwaysShow: true,
            },
            ...pick.items,
          ];
          return false;
        }
      }
      if (!org) return false;
      pick.hide();
      await revealOrganization(context, org);
      return true;
    });
  } finally {
    for (const d of disposables) d.dispose();
  }
}

function runRemedy(remedy: SearchRemedy): Thenable<unknown> {
  const { command, args = [] } = REMEDIES[remedy];
  return vscode.commands.executeCommand(command, ...args);
}

/** Shows the pick until an accepted item's handler says it is done, or the pick is hidden. */
function choose(pick: vscode.QuickPick<Item>, accept: (item: Item) => Promise<boolean>): Promise<void> {
  return new Promise((resolve) => {
    const subscriptions = [
      pick.onDidAccept(() => {
        const item = pick.selectedItems[0] ?? pick.activeItems[0];
        if (!item || 'note' in item) return;
        void accept(item).then((done) => {
          if (done) pick.hide();
        });
      }),
      pick.onDidHide(() => {
        for (const s of subscriptions) s.dispose();
        resolve();
      }),
    ];
    pick.show();
  });
}

export const goToCommands: Commands = {
  'losant.goToOrganization': goToOrganization,
};
