// Tree item ids: VS Code refuses a tree with two items of one id, so no server data may make one.
import * as assert from 'node:assert/strict';
import { nodeId, type TreeNode } from '../../src/tree/nodes';

const org = (id: string): TreeNode => ({ kind: 'organization', org: { id, name: id } });
const detail = (orgId: string, key: string): TreeNode => ({ kind: 'detail', orgId, key, label: key, value: '1', icon: 'x' });

describe('tree item ids', () => {
  it('never collide, however odd the organization ids are', () => {
    const ids = ['aaa', 'aaa/id', 'aaa/id/id', 'aaa"', 'aaa\\', '["detail","aaa","id"]', 'organization:aaa', 'loadMore', 'error'];
    const nodes: TreeNode[] = [
      ...ids.map(org),
      ...ids.flatMap((id) => ['id', 'appCount', 'id/id'].map((key) => detail(id, key))),
      { kind: 'loadMore', loaded: 1, total: 2 },
      { kind: 'hint', id: 'clearFilter', label: 'Clear', icon: 'x', command: 'c' },
      { kind: 'creating', name: 'aaa' },
    ];
    const seen = new Map<string, TreeNode>();
    for (const node of nodes) {
      const id = nodeId(node);
      assert.ok(!seen.has(id), `${JSON.stringify(node)} and ${JSON.stringify(seen.get(id))} share the id ${id}`);
      seen.set(id, node);
    }
  });

  it('stay the same for the same organization, so selection survives a refresh', () => {
    assert.equal(nodeId(org('5f0c8a3b2d1e4f6a7b8c9d0e')), nodeId(org('5f0c8a3b2d1e4f6a7b8c9d0e')));
    assert.equal(nodeId(detail('5f0c8a3b2d1e4f6a7b8c9d0e', 'appCount')), nodeId(detail('5f0c8a3b2d1e4f6a7b8c9d0e', 'appCount')));
  });
});

describe('tree item ids of the Members rows', () => {
  it('never collide: one member or invitation under the list and under the Pinned group, and a member and an invitation of one id', () => {
    const orgId = '5f0c8a3b2d1e4f6a7b8c9d0e';
    const same = '0123456789abcdef01234567';
    const member = { userId: same, applicationRoles: [], dashboardRoles: [] };
    const invite = { id: same, email: 'x@example.com', applicationRoles: [], dashboardRoles: [] };
    const nodes: TreeNode[] = [false, true].flatMap((inPinned): TreeNode[] => [
      { kind: 'members', orgId, inPinned, count: 1, contextValue: undefined },
      { kind: 'member', orgId, inPinned, member, you: false, contextValue: 'member' },
      { kind: 'invitations', orgId, inPinned },
      { kind: 'invitation', orgId, inPinned, invite, contextValue: 'invitation' },
      { kind: 'invitationsNote', orgId, inPinned, note: { kind: 'none' } },
      { kind: 'member', orgId: same, inPinned, member: { ...member, userId: orgId }, you: false, contextValue: 'member' },
    ]);
    assert.equal(new Set(nodes.map(nodeId)).size, nodes.length);
  });
});
