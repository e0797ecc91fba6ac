// Which organization a command from the palette acts on: a pick of those the view has loaded (its
// pinned ones first), the selected one active. An organization on a page not loaded is found with
// Go to Organization, which adds it to the list.
import * as vscode from 'vscode';
import type { ListedOrganization } from '../losant/index';
import { showInfo } from '../adapters/messages';
import { searchEntry } from '../model/organizationSearch';
import type { CommandContext } from './commandContext';

type Item = vscode.QuickPickItem & { org?: ListedOrganization };

/** The organizations a pick offers: the pinned ones the view shows, then the list, each once. */
export async function loadedOrganizations({ provider, pins }: Pick<CommandContext, 'provider' | 'pins'>): Promise<ListedOrganization[]> {
  const state = await provider.listing.loaded();
  if (state.kind !== 'listed') return [];
  const owner = provider.owner();
  const pinned = (owner ? pins.pinned(owner) : []).flatMap((p) => provider.findOrganization(p.id)?.org ?? provider.findPinned(p.id) ?? []);
  const ids = new Set(pinned.map((o) => o.id));
  return [...pinned, ...state.listing.organizations.filter((o) => !ids.has(o.id))];
}

/** Asks which loaded organization `title` acts on; undefined when there is none or the person cancels. */
export async function pickOrganization(context: CommandContext, title: string): Promise<ListedOrganization | undefined> {
  const orgs = await loadedOrganizations(context);
  if (orgs.length === 0) {
    showInfo(vscode.l10n.t('The Organizations view lists no organization yet. Sign in, or refresh the view, then try again.'), {
      title: vscode.l10n.t('Show Organizations'),
      run: () => vscode.commands.executeCommand('losant.organizations.focus'),
    });
    return undefined;
  }
  const selected = context.treeView.selection[0];
  const selectedId = selected?.kind === 'organization' ? selected.org.id : selected?.kind === 'pinned' ? selected.entry.pin.id : undefined;
  const items: Item[] = orgs.map((org) => ({ ...searchEntry(org), org }));
  const pick = vscode.window.createQuickPick<Item>();
  pick.title = title;
  pick.placeholder = vscode.l10n.t('Pick an organization loaded in the view (Losant: Go to Organization… finds any other)');
  pick.items = items;
  pick.matchOnDescription = true;
  pick.activeItems = items.filter((i) => i.org?.id === selectedId).slice(0, 1);
  return new Promise((resolve) => {
    let picked: ListedOrganization | undefined;
    const disposables = [
      pick.onDidAccept(() => {
        picked = pick.selectedItems[0]?.org;
        if (picked) pick.hide();
      }),
      pick.onDidHide(() => {
        for (const d of disposables) d.dispose();
        pick.dispose();
        resolve(picked);
      }),
    ];
    pick.show();
  });
}
