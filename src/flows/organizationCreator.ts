// What the Create Organization command and the agent's create tool share around the model's
// create: one create at a time, a spinner row while it is sent, and afterwards the tree reloaded
// with the new organization revealed and selected.
import type * as vscode from 'vscode';
import type { ListedOrganization, LosantClient, OrganizationPost } from '../losant/index';
import { errorText } from '../adapters/localize';
import type { Log } from '../adapters/log';
import { Activity } from '../model/activity';
import { createOrganizationOnce, type CreateOutcome } from '../model/organizationCreate';
import type { TreeNode } from '../tree/nodes';
import type { OrganizationsProvider } from '../tree/organizationsProvider';

export class OrganizationCreator {
  private sendingName: string | undefined;

  constructor(
    private readonly provider: OrganizationsProvider,
    private readonly treeView: vscode.TreeView<TreeNode>,
    private readonly log: Log,
    private readonly activity = new Activity(),
  ) {}

  /** The name of the organization being sent, while a create is in flight. */
  get inFlight(): string | undefined {
    return this.sendingName;
  }

  /** Sends POST /orgs once, with a spinner row; undefined (nothing sent) while another create is in flight. */
  async create(client: LosantClient, body: OrganizationPost, sending?: <T>(post: () => Promise<T>) => PromiseLike<T>): Promise<CreateOutcome | undefined> {
    if (this.sendingName !== undefined) return undefined;
    this.sendingName = body.name;
    const hideSpinner = this.provider.showCreating(body.name);
    try {
      return await this.activity.run(() =>
        createOrganizationOnce(client, body, {
          describe: errorText,
          sending,
          onLostAnswer: (reason) => this.log.warn(`The answer to POST /orgs was lost (${reason}); asking whether "${body.name}" was created.`),
        }),
      );
    } finally {
      // Sending is over: another create may start while the tree reloads and reveals this one.
      hideSpinner();
      this.sendingName = undefined;
    }
  }

  /** Reloads the tree and reveals the created organization, selected and focused. */
  async reveal(org: ListedOrganization): Promise<void> {
    this.log.info(`Created organization ${org.id}.`);
    const node = await this.provider.reloadAndFind(org);
    // Revealing is a courtesy: a view that cannot show the item must not turn success into an error.
    if (node) await this.treeView.reveal(node, { select: true, focus: true }).then(undefined, () => undefined);
  }
}
