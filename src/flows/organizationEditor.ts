// What the Edit Organization command and the agent's update tool share around the model's edit:
// one save of an organization at a time, counted as in flight (the auto-refresh waits), and
// afterwards the organization's row showing what Losant answered, in place and selected.
import type * as vscode from 'vscode';
import type { ListedOrganization, LosantClient, OrganizationPatch, SortField } from '../losant/index';
import { errorText } from '../adapters/localize';
import type { Log } from '../adapters/log';
import type { Activity } from '../model/activity';
import { asListed, editMayMove, updateOrganizationOnce, type EditOutcome, type FieldChange } from '../model/organizationEdit';
import type { TreeNode } from '../tree/nodes';
import type { OrganizationsProvider } from '../tree/organizationsProvider';

export class OrganizationEditor {
  /** The ids of the organizations being saved. */
  private readonly saving = new Set<string>();

  constructor(
    private readonly provider: OrganizationsProvider,
    private readonly treeView: vscode.TreeView<TreeNode>,
    private readonly log: Log,
    private readonly activity: Activity,
  ) {}

  /** Whether a save of this organization is in flight. */
  inFlight(orgId: string): boolean {
    return this.saving.has(orgId);
  }

  /** Sends PATCH /orgs/{orgId} once; undefined (nothing sent) while another save of it is in flight. */
  async update(
    client: LosantClient,
    orgId: string,
    patch: OrganizationPatch,
    sending?: <T>(send: () => Promise<T>) => PromiseLike<T>,
  ): Promise<EditOutcome | undefined> {
    if (this.saving.has(orgId)) return undefined;
    this.saving.add(orgId);
    try {
      return await this.activity.run(() =>
        updateOrganizationOnce(client, orgId, patch, {
          describe: errorText,
          sending,
          onLostAnswer: (reason) =>
            this.log.warn(`The answer to PATCH /orgs/${orgId} was lost (${reason}); reading the organization to learn whether it changed.`),
        }),
      );
    } finally {
      this.saving.delete(orgId);
    }
  }

  /**
   * Shows the organization as Losant answered it: in place of its row, which `reveal` selects (and
   * focuses, or leaves as VS Code keeps it: a pinned row edited stays the one selected).
   * Where the sort may put it elsewhere now (a new name under a sort by name; any edit under a sort
   * by last update), the loaded pages are reloaded in place, so the list keeps Losant's order and
   * Load more skips nothing; one that now sorts beyond them stays at the end of the list, as Go to
   * shows one.
   */
  async show(answered: ListedOrganization, changes: readonly FieldChange[], sortField: SortField, reveal: 'focus' | 'select' | 'none'): Promise<void> {
    this.log.info(`Updated organization ${answered.id} (${changes.map((c) => c.field).join(', ')}).`);
    // A reload in flight (a sign-in that added a scope starts one) may carry the old values: it lands first.
    await this.provider.listing.loaded();
    const listed = this.provider.findOrganization(answered.id)?.org ?? this.provider.findPinned(answered.id);
    const org = asListed(answered, listed);
    let node = await this.provider.replaceOrganization(org);
    if (node && editMayMove(sortField, changes) && (await this.activity.run(() => this.provider.listing.reloadInPlace()))) {
      node = this.provider.findOrganization(org.id) ?? (await this.provider.include(org));
    }
    // Revealing is a courtesy: a view that cannot show the item must not turn success into an error.
    if (node && reveal !== 'none') await this.treeView.reveal(node, { select: true, focus: reveal === 'focus' }).then(undefined, () => undefined);
  }
}
