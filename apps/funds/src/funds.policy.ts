import { assertAdminFor, type Directory, forbid } from '@gongjian/auth';
import { type Actor, DomainRuleViolation } from '@gongjian/eventing';
import type { Filter } from '@gongjian/read-models';

/**
 * Who may do what with money (issue 19; DESIGN §4): a fund is opened by the organisation above its
 * owner, its allocations are approved by the owner's admins, budgets are spent by the admins of
 * the organisation that runs the project, units record their own 认捐; the auditor reads every
 * fund and ledger and writes nothing. Members, residents and grid workers see no fund.
 */

/** A fund is opened for an organisation by an admin above it (the district opens its own). */
export async function assertOpensFund(
  actor: Actor,
  owner: { _id: string; kind: string },
  directory: Directory,
): Promise<void> {
  await assertAdminFor(actor, owner._id, directory);
  if (actor.orgId === owner._id && owner.kind !== 'district')
    forbid('a fund is opened by the organisation above its owner');
}

/** The organisations whose funds an account reads: its subtree and the line above it. */
export async function readableOwners(actor: Actor, directory: Directory): Promise<string[] | 'all'> {
  if (actor.role === 'auditor' || actor.role === 'system') return 'all';
  if (actor.role === 'district_admin' || actor.role === 'street_admin' || actor.role === 'community_admin') {
    if (actor.orgId === null) return 'all';
    const [below, above] = await Promise.all([directory.subtreeIds(actor.orgId), directory.lineage(actor.orgId)]);
    return [...new Set([...below, ...above])];
  }
  forbid(`the role ${actor.role} does not read funds`);
}

/** The filter of the funds (or what a fund's stream records) an account reads, on `field`. */
export async function fundScope(actor: Actor, directory: Directory, field = 'ownerOrgId'): Promise<Filter> {
  const owners = await readableOwners(actor, directory);
  return owners === 'all' ? {} : { [field]: { $in: owners } };
}

export async function assertReadsFund(actor: Actor, fund: { ownerOrgId: string }, directory: Directory) {
  const owners = await readableOwners(actor, directory);
  if (owners !== 'all' && !owners.includes(fund.ownerOrgId)) forbid('this fund is outside the scope of this account');
}

/** The owner's admins (or those above) approve or reject what is asked of a fund. */
export async function assertDecidesAllocation(actor: Actor, fund: { ownerOrgId: string }, directory: Directory) {
  await assertAdminFor(actor, fund.ownerOrgId, directory);
}

/**
 * An allocation is asked for by an admin of the organisation that runs the target, which lies in
 * the fund owner's area (422 `target_outside_fund`).
 */
export async function assertRequestsAllocation(
  actor: Actor,
  fund: { ownerOrgId: string },
  targetOrgId: string,
  directory: Directory,
) {
  await assertAdminFor(actor, targetOrgId, directory);
  if (!(await directory.isWithin(targetOrgId, fund.ownerOrgId)))
    throw new DomainRuleViolation('the project lies outside the area of this fund', 'target_outside_fund', {
      field: 'targetId',
    });
}

/** 认捐 is recorded by the fund owner's admins, or by the unit's own contact for its unit. */
export async function assertRecordsContribution(
  actor: Actor,
  fund: { ownerOrgId: string },
  unitId: string,
  directory: Directory,
) {
  if (actor.role === 'unit_contact') {
    if (actor.orgId === unitId) return;
    forbid('a unit contact records only its own unit’s 认捐');
  }
  await assertAdminFor(actor, fund.ownerOrgId, directory);
}

/** A budget is spent by the admins of the organisation running the project (or above it). */
export async function assertSpends(actor: Actor, allocation: { targetOrgId: string }, directory: Directory) {
  await assertAdminFor(actor, allocation.targetOrgId, directory);
}

/** The contributions an account reads: a unit contact its unit's, admins and auditors by fund scope. */
export async function contributionScope(actor: Actor, directory: Directory): Promise<Filter> {
  if (actor.role === 'unit_contact') return { unitId: actor.orgId ?? '' };
  return fundScope(actor, directory, 'fundOwnerOrgId');
}

/**
 * What the report of units' contributions (issue 19) shows an account: a unit contact its own
 * unit's row; admins and auditors the 认捐 into the funds they read and the co-build projects of
 * the communities they read (the readers of funds: fundScope). Other roles read no report (403).
 */
export async function unitReportScope(
  actor: Actor,
  directory: Directory,
): Promise<{ contributions: Filter; projects: Filter }> {
  if (actor.role === 'unit_contact') {
    const unit = { unitId: actor.orgId ?? '' };
    return { contributions: unit, projects: unit };
  }
  const owners = await readableOwners(actor, directory);
  if (owners === 'all') return { contributions: {}, projects: {} };
  return { contributions: { fundOwnerOrgId: { $in: owners } }, projects: { communityId: { $in: owners } } };
}
