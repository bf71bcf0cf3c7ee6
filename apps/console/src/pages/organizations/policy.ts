import type { Account, OrgNode, Schemas } from '../../api';
import { isAdmin } from '../../session';

/**
 * What the console offers on the organisation tree, as the server's policies decide it
 * (apps/organizations/src/hierarchy: `assertAdminFor` over the organisation, and over the new
 * parent for a move). The tree an account sees is its own subtree, so an admin holds every node
 * of it; the server has the last word and its refusals are shown in words.
 */
type OrgKind = Schemas['RegisterOrganizationDto']['kind'];

export const CHILD_KIND: Record<string, OrgKind | null> = {
  district: 'street',
  street: 'community',
  community: 'grid',
  grid: 'building',
  building: null,
};

/** The kind a node of `kind` hangs under. */
export const PARENT_KIND: Record<string, OrgKind | null> = {
  district: null,
  street: 'district',
  community: 'street',
  grid: 'community',
  building: 'grid',
};

const active = (node: OrgNode) => node.status === 'active' && node.id !== '';

/** Registers organisations under the node: an admin, on an active node with a level below it. */
export const mayAddChild = (account: Account, node: OrgNode) =>
  isAdmin(account) && active(node) && CHILD_KIND[node.kind] !== null;

export const mayRename = (account: Account, node: OrgNode) => isAdmin(account) && active(node);

/**
 * Moves the node under another parent of the level above: not a district, not the account's own
 * organisation, and only where the account holds more than one possible parent (a community admin
 * holds one community, so its grids have nowhere else to go).
 */
export const mayMove = (account: Account, node: OrgNode) =>
  isAdmin(account) &&
  active(node) &&
  node.kind !== 'district' &&
  node.id !== account.orgId &&
  account.role !== 'community_admin';

/** Dissolves the node (the server refuses while anything active hangs under it): not one's own organisation. */
export const mayDissolve = (account: Account, node: OrgNode) =>
  isAdmin(account) && active(node) && node.id !== account.orgId;

/** The keys expanded when the tree opens: the root, districts and streets; communities keep their grids folded. */
export function initiallyExpanded(tree: OrgNode | null): string[] {
  if (!tree) return [];
  const keys: string[] = [];
  const walk = (n: OrgNode, root: boolean) => {
    if (root || n.kind === 'district' || n.kind === 'street') keys.push(n.id);
    n.children.forEach((c) => walk(c, false));
  };
  walk(tree, true);
  return keys;
}

/** The node and the ids of its ancestors within `tree` (to unfold the way to a found node). */
export function pathTo(tree: OrgNode, id: string): string[] | null {
  if (tree.id === id) return [id];
  for (const child of tree.children) {
    const path = pathTo(child, id);
    if (path) return [tree.id, ...path];
  }
  return null;
}
