import { assertMayActFor, type Directory, forbid, isAdmin } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';

/**
 * Who may do what with a member record (issue 16; docs/security/members.md): plain functions over
 * the actor, the member and the service's `Directory`. Every refusal is `Forbidden` (403) with the
 * rule in words; test/members-authorization.e2e.spec.ts holds a row per route.
 */

/** What the scope rule needs of a member record. */
export interface MemberScope {
  branchId: string;
  reportedTo: string | null;
  employerUnitId?: string | null;
  accountId?: string | null;
  /** the destination branch of a pending 组织关系转接 */
  pendingTransferTo?: string | null;
  /** the community a pending 双报到 request is addressed to */
  pendingReportTo?: string | null;
}

/**
 * How an account stands to one member record — the one rule every members route asks (issue 16):
 * - `administer`: an admin whose subtree holds the member's branch (or the system): everything.
 * - `self`: the member's own `member` account, once the link is confirmed: reads its record,
 *   ledger, index and personal data; records and withdraws its own 双报到.
 * - `audit`: the auditor reads the member resource (phone masked) and writes nothing.
 * - `employer`: the unit contact of the member's employer unit (or unit branch) reads the resource.
 * - `reported`: an admin over the community the member reported to (and not over the branch):
 *   the reduced view only — name, the report, service done there; may end the report.
 * - `incoming`: an admin over the destination of a pending transfer, or over the community a
 *   pending 双报到 is addressed to: the request only (name, branch, status); accepts or declines
 *   (or cancels its own transfer request).
 */
export type MemberAccess = 'administer' | 'self' | 'audit' | 'employer' | 'reported' | 'incoming';

/** The accesses that see only the reduced view of a member (no personal data, no ledger total). */
export const REDUCED_ACCESS: readonly MemberAccess[] = ['reported', 'incoming'];

/** Whether an id lies in the actor's subtree (memoised: a list asks it for every item). */
export type InScope = (id: string | null | undefined) => Promise<boolean>;

/** The subtree test of one request's actor: admins only (the bootstrap admin holds everything). */
export function scopeOf(actor: Actor, directory: Directory): InScope {
  const memo = new Map<string, Promise<boolean>>();
  return (id) => {
    if (!id || !isAdmin(actor)) return Promise.resolve(false);
    if (actor.orgId === null) return Promise.resolve(true);
    if (!memo.has(id)) memo.set(id, directory.isWithin(id, actor.orgId));
    return memo.get(id)!;
  };
}

/** How `actor` stands to `member`, or null: the member is none of its business. */
export async function accessTo(
  actor: Actor,
  member: MemberScope,
  directory: Directory,
  inScope: InScope = scopeOf(actor, directory),
): Promise<MemberAccess | null> {
  switch (actor.role) {
    case 'system':
      return 'administer';
    case 'auditor':
      return 'audit';
    case 'member':
      return isOwnRecord(actor, member) ? 'self' : null;
    case 'unit_contact':
      return actor.orgId && (actor.orgId === member.employerUnitId || actor.orgId === member.branchId)
        ? 'employer'
        : null;
  }
  if (!isAdmin(actor)) return null;
  if (await inScope(member.branchId)) return 'administer';
  if (await inScope(member.reportedTo)) return 'reported';
  if (await inScope(member.pendingTransferTo)) return 'incoming';
  if (await inScope(member.pendingReportTo)) return 'incoming';
  return null;
}

/** A `member` account linked to this member record (proposed by an admin, confirmed by the account). */
export function isOwnRecord(actor: Actor, member: { accountId?: string | null }): boolean {
  return actor.role === 'member' && !!member.accountId && member.accountId === actor.accountId;
}

/** Reads of one member: any access at all (what is shown depends on it); else 403. */
export async function assertMayRead(actor: Actor, member: MemberScope, directory: Directory): Promise<MemberAccess> {
  const access = await accessTo(actor, member, directory);
  if (access) return access;
  if (actor.role === 'member') forbid('a member account reads only its own member record');
  if (actor.role === 'unit_contact') forbid('a unit contact reads only the members of its own unit');
  if (!isAdmin(actor)) forbid(`the role ${actor.role} may not read members`);
  forbid('this member is outside the organisation scope of this account');
}

/**
 * Administering a member (personal data, redemptions, transfer, status, erasure, account link):
 * only the admins over the member's own branch (and above). A community the member reported
 * to never administers them (issue 16).
 */
export async function assertMayActForMember(actor: Actor, member: MemberScope, directory: Directory): Promise<void> {
  if (actor.role === 'unit_contact') forbid('only administrators manage members');
  if (actor.role === 'member') forbid('a member account does not administer member records');
  await assertMayActFor(actor, member.branchId, directory);
}

/**
 * A disputed redemption is reversed by the admins over the member's branch (who record
 * redemptions) or by the admins of the merchant's alliance organisation (who hear the merchant's
 * side); the auditor, members and unit contacts never (docs/DECISIONS.md 76).
 */
export async function assertMayReverseRedemption(
  actor: Actor,
  member: MemberScope,
  merchant: { orgId: string } | null,
  directory: Directory,
): Promise<void> {
  if (merchant && isAdmin(actor) && actor.orgId !== null && (await directory.isWithin(merchant.orgId, actor.orgId)))
    return;
  await assertMayActForMember(actor, member, directory);
}

/**
 * Registering a member in a branch is administering a member there. A branch the directory does
 * not know is no scope question for an admin: the decider answers it (422 `unknown_branch`).
 */
export async function assertMayRegister(
  actor: Actor,
  branchId: string,
  branchKnown: boolean,
  directory: Directory,
): Promise<void> {
  if (!branchKnown && isAdmin(actor)) return;
  await assertMayActForMember(actor, { branchId, reportedTo: null }, directory);
}

/** The clear personal data: the member themself, or an admin over the member's branch. */
export async function assertMayReadPersonalData(actor: Actor, member: MemberScope, directory: Directory) {
  if (isOwnRecord(actor, member)) return;
  await assertMayActForMember(actor, member, directory);
}

/**
 * 双报到 is asked for by the member themself or by an admin over the member's branch; never by the
 * receiving community, which could otherwise name itself for another street's member (issue 16).
 * `direct`: the asker administers the receiving community too (or is the system), so the report
 * needs no one else's confirmation (docs/DECISIONS.md).
 */
export async function assertMayReport(
  actor: Actor,
  member: MemberScope,
  communityId: string,
  directory: Directory,
): Promise<{ direct: boolean }> {
  if (isOwnRecord(actor, member)) return { direct: false };
  await assertMayActForMember(actor, member, directory);
  return { direct: actor.role === 'system' || (await scopeOf(actor, directory)(communityId)) };
}

/**
 * The receiving community confirms or declines a pending 双报到: an admin over the community it is
 * addressed to (and above), never a community of somewhere else, nor the member's branch alone.
 * No pending request: the member's own admins and the community reported to learn so (409 from
 * the decider), anyone else gets 403.
 */
export async function assertMayDecideReport(actor: Actor, member: MemberScope, directory: Directory): Promise<void> {
  if (!member.pendingReportTo) {
    // the community that confirmed (or the member's own admins) learns there is nothing to decide
    if (isAdmin(actor) && (await scopeOf(actor, directory)(member.reportedTo))) return;
    await assertMayActForMember(actor, member, directory);
    return;
  }
  if (actor.role === 'system' || (await scopeOf(actor, directory)(member.pendingReportTo))) return;
  if (actor.role === 'member') forbid('the community a report is addressed to confirms it, not the member');
  forbid('only the community a report is addressed to may confirm or decline it');
}

/** A pending 双报到 is cancelled by whoever may ask for it: the member, or an admin over the branch. */
export async function assertMayCancelReport(actor: Actor, member: MemberScope, directory: Directory): Promise<void> {
  if (isOwnRecord(actor, member)) return;
  await assertMayActForMember(actor, member, directory);
}

/** The pending 双报到 addressed to a community (and what lies under it): its admins and the auditor. */
export async function assertMayListReportsTo(actor: Actor, communityId: string, directory: Directory): Promise<void> {
  if (actor.role === 'auditor' || actor.role === 'system') return;
  if (!isAdmin(actor)) forbid(`the role ${actor.role} may not list the reports addressed to a community`);
  if (actor.orgId === null || (await directory.isWithin(communityId, actor.orgId))) return;
  forbid(`${communityId} is outside the organisation scope of this account`);
}

/**
 * A report ends by the member, an admin over the branch, or the receiving community (the member
 * moved away or no longer serves there): ending it only takes the community's own view away.
 */
export async function assertMayWithdrawReport(actor: Actor, member: MemberScope, directory: Directory): Promise<void> {
  if (isOwnRecord(actor, member)) return;
  if (isAdmin(actor) && (await scopeOf(actor, directory)(member.reportedTo))) return;
  await assertMayActForMember(actor, member, directory);
}

/** Reading a list rooted at `rootId` (a branch, community, street…): the root must be in scope. */
export async function assertMayReadUnder(actor: Actor, rootId: string, directory: Directory): Promise<void> {
  if (actor.role === 'auditor' || actor.role === 'system') return;
  if (actor.role === 'unit_contact' && actor.orgId === rootId) return;
  if (!isAdmin(actor)) forbid(`the role ${actor.role} may not list members`);
  if (actor.orgId === null || (await directory.isWithin(rootId, actor.orgId))) return;
  forbid(`${rootId} is outside the organisation scope of this account`);
}

/** The routes of a member account about its own record (`/members/me…`): member accounts only. */
export function assertMemberAccount(actor: Actor, refusal: string): void {
  if (actor.role !== 'member') forbid(refusal);
}

/** The destination of a pending transfer sees who is coming, not their points, until it accepts. */
export function assertMayReadPoints(access: MemberAccess): void {
  if (access === 'incoming') forbid('the points of a member are read once the transfer is accepted');
}

/** The account named for a link lies in the linking admin's own scope (the system: any account). */
export async function assertAccountInScope(
  actor: Actor,
  account: { _id: string; orgId: string | null },
  directory: Directory,
): Promise<void> {
  if (actor.role === 'system' || (await scopeOf(actor, directory)(account.orgId))) return;
  forbid(`the account ${account._id} belongs outside the organisation scope of this account`);
}

/** Which sides of a 组织关系转接 the actor administers: the member's branch, the destination. */
export interface TransferSides {
  source: boolean;
  destination: boolean;
}

async function transferSides(
  actor: Actor,
  member: MemberScope,
  toBranchId: string | null | undefined,
  directory: Directory,
): Promise<TransferSides> {
  const inScope = scopeOf(actor, directory);
  const source = (await accessTo(actor, member, directory, inScope)) === 'administer';
  const destination = actor.role === 'system' || (await inScope(toBranchId));
  return { source, destination };
}

/**
 * Asking for a transfer: an admin over either side. Over both, it happens at once; over one, the
 * request waits for the other side (docs/security/members.md).
 */
export async function assertMayTransfer(
  actor: Actor,
  member: MemberScope,
  toBranchId: string | null | undefined,
  directory: Directory,
): Promise<TransferSides> {
  const sides = await transferSides(actor, member, toBranchId, directory);
  if (!sides.source && !sides.destination) await assertMayActForMember(actor, member, directory);
  return sides;
}

/** A member record with its transfer requests, the last one pending or decided. */
type WithTransfers = MemberScope & { transfers?: Array<{ status: string; direction: string }> };

/**
 * The side that may take the next step of the pending transfer: the one that did not ask
 * accepts or declines, the one that asked cancels (an admin over both may do either). No
 * pending request: the member's own admins learn so (409 from the decider), anyone else gets 403.
 */
export async function assertMayTakeTransferStep(
  actor: Actor,
  member: WithTransfers,
  step: 'accepting' | 'requesting',
  directory: Directory,
): Promise<void> {
  const pending = member.transfers?.at(-1);
  const { source, destination } = await transferSides(actor, member, member.pendingTransferTo, directory);
  if (!pending || pending.status !== 'pending') {
    if (!source) await assertMayActForMember(actor, member, directory);
    return;
  }
  const askedBySource = pending.direction === 'out';
  const allowed = step === 'requesting' ? (askedBySource ? source : destination) : askedBySource ? destination : source;
  if (allowed) return;
  forbid(
    step === 'requesting'
      ? 'only the side that asked for this transfer may cancel it'
      : 'only the other side of this transfer may accept or decline it',
  );
}
