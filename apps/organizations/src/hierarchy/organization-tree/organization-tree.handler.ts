import { Injectable } from '@nestjs/common';
import { Directory, type DirectoryEntry } from '@gongjian/auth';
import { OrganizationsReadModels } from '../../read-models';
import { ListOrganizationsHandler } from '../list-organizations/list-organizations.handler';
import { type OrgResource, toOrgResource } from '../organization.resource';

interface Counts {
  organizations: number;
  units: number;
  openNeeds: number;
}

type TreeNode = OrgResource & { children: TreeNode[]; units: OrgResource[]; counts?: Counts };

@Injectable()
export class OrganizationTreeHandler {
  constructor(
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
    private readonly organizations: ListOrganizationsHandler,
  ) {}

  /** The subtree of `rootId` nested, units under their location, each node with the totals below it. */
  async subtree(rootId: string) {
    const root = await this.organizations.get(rootId);
    const ids = await this.directory.subtreeIds(rootId, { includeUnits: true });
    const entries = await this.readModels.organizations.find({ _id: { $in: ids } }, { sort: { _id: 1 } });
    const tree = nest(rootId, entries);
    const needs = await this.readModels.openNeeds.find({ communityId: { $in: ids }, open: true });
    const openNeedsAt = new Map<string, number>();
    for (const need of needs) openNeedsAt.set(need.communityId, (openNeedsAt.get(need.communityId) ?? 0) + 1);
    count(tree, (orgId) => openNeedsAt.get(orgId) ?? 0);
    return { ...tree, lineage: root.lineage };
  }
}

/** The entries as a tree under `rootId` (sorted entries give children in a stable order). */
function nest(rootId: string, entries: DirectoryEntry[]): TreeNode {
  const nodes = new Map<string, TreeNode>(
    entries.filter((e) => e.kind !== 'unit').map((e) => [e._id, { ...toOrgResource(e), children: [], units: [] }]),
  );
  for (const e of entries) {
    if (e._id === rootId || !e.parentId) continue;
    const parent = nodes.get(e.parentId);
    if (e.kind === 'unit') parent?.units.push(toOrgResource(e));
    else parent?.children.push(nodes.get(e._id)!);
  }
  return nodes.get(rootId)!;
}

/** Sets `counts` on every node: organisations, units and open needs at and below it. */
function count(node: TreeNode, openNeedsAt: (orgId: string) => number): Counts {
  const below = node.children.map((child) => count(child, openNeedsAt));
  const totals = {
    organizations: node.children.length + below.reduce((n, c) => n + c.organizations, 0),
    units: node.units.length + below.reduce((n, c) => n + c.units, 0),
    openNeeds: openNeedsAt(node.id) + below.reduce((n, c) => n + c.openNeeds, 0),
  };
  node.counts = totals;
  return totals;
}
