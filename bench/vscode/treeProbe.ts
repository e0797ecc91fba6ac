// Wraps the provider's getChildren and getTreeItem (on the instance VS Code holds) to add up the
// extension-host time VS Code spends in them, and count the items it asks for. Measuring only.
import type { OrganizationsProvider } from '../../src/tree/organizationsProvider';

export interface TreeProbe {
  /** Root getChildren calls VS Code made so far, with when they started (performance.now()). */
  readonly rootCalls: number[];
  providerMs: number;
  treeItemCalls: number;
  reset(): void;
}

export function probeProvider(provider: OrganizationsProvider): TreeProbe {
  const probe: TreeProbe = {
    rootCalls: [],
    providerMs: 0,
    treeItemCalls: 0,
    reset() {
      this.rootCalls.length = 0;
      this.providerMs = 0;
      this.treeItemCalls = 0;
    },
  };
  const getChildren = provider.getChildren.bind(provider);
  const getTreeItem = provider.getTreeItem.bind(provider);
  provider.getChildren = async (node) => {
    const started = performance.now();
    if (!node) probe.rootCalls.push(started);
    const children = await getChildren(node);
    // After "Load more" the page is already loaded, so this is the provider's own work, not the network's.
    probe.providerMs += performance.now() - started;
    return children;
  };
  provider.getTreeItem = (node) => {
    const started = performance.now();
    const item = getTreeItem(node);
    probe.providerMs += performance.now() - started;
    probe.treeItemCalls++;
    return item;
  };
  return probe;
}
