import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { assertMayActFor, directoryCollection, type DirectoryEntry, isAdmin, OrgTree } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import { DOCUMENT_STORE, type DocumentStore } from '@gongjian/read-models';

/** What the scope rule needs of a member record. */
export interface MemberScope {
  branchId: string;
  reportedTo: string | null;
  employerUnitId?: string | null;
  accountId?: string | null;
  /** the destination branch of a pending 组织关系转接 */
  pendingTransferTo?: string | null;
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
 * - `incoming`: an admin over the destination of a pending transfer: the request only (name and
 *   branches); accepts or declines (or cancels its own request).
 */
export type MemberAccess = 'administer' | 'self' | 'audit' | 'employer' | 'reported' | 'incoming';

/** The accesses that see only the reduced view of a member (no personal data, no ledger total). */
export const REDUCED_ACCESS: readonly MemberAccess[] = ['reported', 'incoming'];

/** Whether an id lies in the actor's subtree (memoised: a list asks it for every item). */
export type InScope = (id: string | null | undefined) => Promise<boolean>;

/** The members service's copy of the organisation tree, and the scope rules for members. */
@Injectable()
export class MembersTree extends OrgTree {
  constructor(@Inject(DOCUMENT_STORE) documents: DocumentStore) {
    super(documents.collection<DirectoryEntry>(directoryCollection('members')));
  }

  /** The subtree test of one request's actor: admins only (the bootstrap admin holds everything). */
  scopeOf(actor: Actor): InScope {
    const memo = new Map<string, Promise<boolean>>();
    return (id) => {
      if (!id || !isAdmin(actor)) return Promise.resolve(false);
      if (actor.orgId === null) return Promise.resolve(true);
      if (!memo.has(id)) memo.set(id, this.isWithin(id, actor.orgId));
      return memo.get(id)!;
    };
  }

  /** How `actor` stands to `member`, or null: the member is none of its business. */
  async accessTo(
    actor: Actor,
    member: MemberScope,
    inScope: InScope = this.scopeOf(actor),
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
    return null;
  }

  /** Reads of one member: any access at all (what is shown depends on it); else 403. */
  async assertMayRead(actor: Actor, member: MemberScope): Promise<MemberAccess> {
    const access = await this.accessTo(actor, member);
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
  async assertMayActForMember(actor: Actor, member: MemberScope): Promise<void> {
    if (actor.role === 'unit_contact') forbid('only administrators manage members');
    if (actor.role === 'member') forbid('a member account does not administer member records');
    await assertMayActFor(actor, member.branchId, this);
  }

  /** 双报到 is recorded by the member themself or by an admin over the member's branch. */
  async assertMayReport(actor: Actor, member: MemberScope): Promise<void> {
    if (isOwnRecord(actor, member)) return;
    await this.assertMayActForMember(actor, member);
  }

  /**
   * A report ends by the member, an admin over the branch, or the receiving community (the member
   * moved away or no longer serves there): ending it only takes the community's own view away.
   */
  async assertMayWithdrawReport(actor: Actor, member: MemberScope): Promise<void> {
    if (isOwnRecord(actor, member)) return;
    if (isAdmin(actor) && (await this.scopeOf(actor)(member.reportedTo))) return;
    await this.assertMayActForMember(actor, member);
  }

  /** Reading a list rooted at `rootId` (a branch, community, street…): the root must be in scope. */
  async assertMayReadUnder(actor: Actor, rootId: string): Promise<void> {
    if (actor.role === 'auditor' || actor.role === 'system') return;
    if (actor.role === 'unit_contact' && actor.orgId === rootId) return;
    if (!isAdmin(actor)) forbid(`the role ${actor.role} may not list members`);
    if (actor.orgId === null || (await this.isWithin(rootId, actor.orgId))) return;
    forbid(`${rootId} is outside the organisation scope of this account`);
  }
}

/** A `member` account linked to this member record (proposed by an admin, confirmed by the account). */
export function isOwnRecord(actor: Actor, member: { accountId?: string | null }): boolean {
  return actor.role === 'member' && !!member.accountId && member.accountId === actor.accountId;
}

export function forbid(message: string): never {
  throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', message });
}
