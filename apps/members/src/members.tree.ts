import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { assertMayActFor, directoryCollection, type DirectoryEntry, isAdmin, OrgTree } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import { DOCUMENT_STORE, type DocumentStore } from '@gongjian/read-models';
import type { OrgRef } from './registry/member.decider';

/** The members service's copy of the organisation tree, and the scope rules for members. */
@Injectable()
export class MembersTree extends OrgTree {
  constructor(@Inject(DOCUMENT_STORE) documents: DocumentStore) {
    super(documents.collection<DirectoryEntry>(directoryCollection('members')));
  }

  async ref(id: string | undefined | null): Promise<OrgRef | null> {
    if (!id) return null;
    const entry = await this.get(id);
    return entry && { id: entry._id, kind: entry.kind, status: entry.status };
  }

  /**
   * An admin acts for a member when the member's branch — or the community it reported to — lies
   * in the admin's subtree (the community where an in-service member lives manages the report).
   */
  async assertMayActForMember(actor: Actor, member: { branchId: string; reportedTo: string | null }): Promise<void> {
    if (member.reportedTo && isAdmin(actor) && actor.orgId && (await this.isWithin(member.reportedTo, actor.orgId)))
      return;
    if (actor.role === 'unit_contact') forbid('only administrators manage members');
    await assertMayActFor(actor, member.branchId, this);
  }

  /**
   * Reads: the auditor and admins in scope (as above); a unit contact for the members its unit
   * employs or whose branch it is. Another street's members stay invisible (DESIGN §4).
   */
  async assertMayRead(
    actor: Actor,
    member: { branchId: string; reportedTo: string | null; employerUnitId: string | null; accountId?: string | null },
  ): Promise<void> {
    if (actor.role === 'auditor' || actor.role === 'system') return;
    if (actor.role === 'member') {
      if (isOwnRecord(actor, member)) return;
      forbid('a member account reads only its own member record');
    }
    if (actor.role === 'unit_contact') {
      if (actor.orgId && (actor.orgId === member.employerUnitId || actor.orgId === member.branchId)) return;
      forbid('a unit contact reads only the members of its own unit');
    }
    if (!isAdmin(actor)) forbid(`the role ${actor.role} may not read members`);
    if (actor.orgId === null) return;
    if (await this.isWithin(member.branchId, actor.orgId)) return;
    if (member.reportedTo && (await this.isWithin(member.reportedTo, actor.orgId))) return;
    forbid('this member is outside the organisation scope of this account');
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

/** A `member` account linked to this member record (POST /members/:id/account). */
export function isOwnRecord(actor: Actor, member: { accountId?: string | null }): boolean {
  return actor.role === 'member' && !!member.accountId && member.accountId === actor.accountId;
}

function forbid(message: string): never {
  throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', message });
}
