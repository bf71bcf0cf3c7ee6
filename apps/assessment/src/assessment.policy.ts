import { type Directory, forbid } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import type { Tally } from './scoring/tally';

/**
 * Who may do what with assessment (issue 20): the district's admins draft, replay, publish and
 * confirm; street and community admins read the figures and awards of their subtree; the auditor
 * reads everything; a member reads its own figures and awards. Everything else is 403.
 */

export function assertDistrictAdmin(actor: Actor): void {
  if (actor.role !== 'district_admin' && actor.role !== 'system')
    forbid('only the district’s administrators set indicators and confirm awards');
}

/** The organisations (units included) whose figures an account reads, or 'all'. */
export async function figureScope(actor: Actor, directory: Directory): Promise<'all' | Set<string>> {
  if (actor.role === 'auditor' || actor.role === 'system') return 'all';
  if (actor.role === 'district_admin' || actor.role === 'street_admin' || actor.role === 'community_admin') {
    if (actor.orgId === null) return 'all';
    return new Set(await directory.subtreeIds(actor.orgId, { includeUnits: true }));
  }
  forbid(`the role ${actor.role} does not read rankings`);
}

export const inScope = (scope: 'all' | Set<string>, orgId: string | null | undefined) =>
  scope === 'all' || (orgId !== null && orgId !== undefined && scope.has(orgId));

/** A member's figures and awards: the member's own account, or the admins over its branch. */
export async function assertReadsMember(actor: Actor, memberId: string, tally: Tally, directory: Directory) {
  if (actor.role === 'member') {
    if (tally.accounts.get(actor.accountId) === memberId) return;
    forbid('a member reads its own figures only');
  }
  const scope = await figureScope(actor, directory);
  if (!inScope(scope, tally.members.get(memberId)?.branchId))
    forbid('this member is outside the scope of this account');
}

/** An organisation's figures and awards: the admins over it, the auditor, a unit's own contact. */
export async function assertReadsOrganization(actor: Actor, orgId: string, directory: Directory) {
  if (actor.role === 'unit_contact') {
    if (actor.orgId === orgId) return;
    forbid('a unit contact reads its own unit only');
  }
  const scope = await figureScope(actor, directory);
  if (!inScope(scope, orgId)) forbid('this organisation is outside the scope of this account');
}
