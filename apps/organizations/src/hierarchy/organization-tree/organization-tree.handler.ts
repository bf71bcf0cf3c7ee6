import { Injectable } from '@nestjs/common';
import { Directory, type DirectoryEntry } from '@gongjian/auth';
import { OrganizationsReadModels } from '../../read-models';
import { isArea, ListOrganizationsHandler } from '../list-organizations/list-organizations.handler';
import { type OrgResource, toOrgResource } from '../organization.resource';

/** What lies at and below a node: organisations under it, units located there, party members, open needs. */
interface Counts {
  organizations: number;
  units: number;
  members: number;
  openNeeds: number;
}

type TreeNode = OrgResource & {
  children: TreeNode[];
  units: OrgResource[];
  counts?: Counts;
  /** the party branches under the node (not shown: GET /party-organizations), whose members count here */
  branches?: string[];
};

@Injectable()
export class OrganizationTreeHandler {
  constructor(
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
    private readonly organizations: ListOrganizationsHandler,
  ) {}

  /**
   * The subtree of `rootId` nested, units under their location, each node with the totals at and
   * below it (members of a unit's branch count where the unit is located, members of a party
   * branch at its community).
   */
  async subtree(rootId: string) {
    const root = await this.organizations.get(rootId);
    const ids = await this.directory.subtreeIds(rootId, { includeUnits: true });
    const entries = await this.readModels.organizations.find({ _id: { $in: ids } }, { sort: { _id: 1 } });
    const tree = nest(rootId, entries);
    const [needs, members] = await Promise.all([
      this.readModels.openNeeds.find({ communityId: { $in: ids }, open: true }),
      this.readModels.memberBranches.find({ branchId: { $in: ids } }),
    ]);
    const openNeedsAt = tally(needs.map((n) => n.communityId));
    const membersAt = tally(members.map((m) => m.branchId));
    count(tree, {
      openNeeds: (node) => openNeedsAt.get(node.id) ?? 0,
      members: (node) =>
        [node.id, ...node.units.map((u) => u.id), ...(node.branches ?? [])].reduce(
          (n, id) => n + (membersAt.get(id) ?? 0),
          0,
        ),
    });
    return { ...strip(tree), lineage: root.lineage };
  }
}

/** How many times each id occurs. */
function tally(ids: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/**
 * The entries as a tree under `rootId` (sorted entries give children in a stable order): areas as
 * nodes, units under their location, party branches noted at their community.
 */
function nest(rootId: string, entries: DirectoryEntry[]): TreeNode {
  const nodes = new Map<string, TreeNode>(
    entries.filter(isArea).map((e) => [e._id, { ...toOrgResource(e), children: [], units: [] }]),
  );
  for (const e of entries) {
    if (e._id === rootId || !e.parentId) continue;
    const parent = nodes.get(e.parentId);
    if (e.kind === 'unit') parent?.units.push(toOrgResource(e));
    else if (isArea(e)) parent?.children.push(nodes.get(e._id)!);
    else if (e.kind === 'branch' && parent) parent.branches = [...(parent.branches ?? []), e._id];
  }
  return nodes.get(rootId)!;
}

/** The tree as it answers: without the branches noted for the counts. */
function strip({ branches: _branches, children, ...node }: TreeNode): TreeNode {
  return { ...node, children: children.map(strip) };
}

/**
 * Sets `counts` on every node: organisations, units, members and open needs at and below it. The
 * tree shows dissolved organisations (their history stays); the counts are of active ones.
 */
function count(node: TreeNode, at: Record<'openNeeds' | 'members', (node: TreeNode) => number>): Counts {
  const below = node.children.map((child) => count(child, at));
  const sum = (key: keyof Counts) => below.reduce((n, c) => n + c[key], 0);
  const active = (entries: OrgResource[]) => entries.filter((e) => e.status === 'active').length;
  const totals = {
    organizations: active(node.children) + sum('organizations'),
    units: active(node.units) + sum('units'),
    members: at.members(node) + sum('members'),
    openNeeds: at.openNeeds(node) + sum('openNeeds'),
  };
  node.counts = totals;
  return totals;
}
