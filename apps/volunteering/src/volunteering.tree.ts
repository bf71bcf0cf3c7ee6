import { Inject, Injectable } from '@nestjs/common';
import { directoryCollection, type DirectoryEntry, OrgTree, seesMemberIdsOf } from '@gongjian/auth';
import { type Actor, DomainRuleViolation, NotFound } from '@gongjian/eventing';
import { DOCUMENT_STORE, type DocumentStore } from '@gongjian/read-models';
import { VOLUNTEERING_MEMBERS_COLLECTION, type VolunteerMember } from './members.projection';

/** The volunteering service's copy of the organisation tree and of who is a member where. */
@Injectable()
export class VolunteeringTree extends OrgTree {
  constructor(@Inject(DOCUMENT_STORE) private readonly documents: DocumentStore) {
    super(documents.collection<DirectoryEntry>(directoryCollection('volunteering')));
  }

  /** An active grid or community (the organisations that run activities and post wishes). */
  async requireOrg(id: string, kinds: Array<DirectoryEntry['kind']>, field: string): Promise<DirectoryEntry> {
    const entry = await this.get(id);
    if (!entry || !kinds.includes(entry.kind))
      throw new DomainRuleViolation(`${id} is not a known ${kinds.join(' or ')}`, `unknown_${kinds[0]}`, { field });
    if (entry.status !== 'active')
      throw new DomainRuleViolation(`${id} is dissolved`, 'organisation_dissolved', { field });
    return entry;
  }

  /** The community an organisation belongs to (itself for a community; the parent of a grid). */
  async communityOf(orgId: string): Promise<string> {
    for (const id of (await this.lineage(orgId)).reverse()) {
      const entry = await this.get(id);
      if (entry?.kind === 'community') return id;
    }
    throw new NotFound(`no community above ${orgId}`);
  }

  member(memberId: string): Promise<VolunteerMember | null> {
    return this.documents.collection<VolunteerMember>(VOLUNTEERING_MEMBERS_COLLECTION).get(memberId);
  }

  /**
   * Whether a member may serve in `communityId`: their branch lies in it, or they reported to it
   * (双报到). A member the service does not know (yet, or at all) may not.
   */
  async mayServeIn(memberId: string, communityId: string): Promise<{ ok: boolean; reason: string }> {
    const member = await this.member(memberId);
    if (!member) return { ok: false, reason: 'unknown_member' };
    if (member.reportedTo === communityId) return { ok: true, reason: 'reported' };
    if (await this.isWithin(member.branchId, communityId)) return { ok: true, reason: 'branch' };
    return { ok: false, reason: 'not_in_community' };
  }

  /**
   * Who reads the member ids of a list kept by `orgId` (sign-ups, attendance, claimer, roster):
   * `full` for its organisers (admins over it) and the auditor; otherwise counts only, and `self`
   * — the member a `member` account is linked to — so that account sees itself.
   */
  async viewer(actor: Actor, orgId: string, self?: string | null): Promise<MemberIdsViewer> {
    const full = await seesMemberIdsOf(actor, [orgId], this);
    return { full, self: self === undefined ? await this.selfOf(actor) : self };
  }

  /** The member a `member` account is linked to, as volunteering knows it (null otherwise). */
  async selfOf(actor: Actor): Promise<string | null> {
    if (actor.role !== 'member') return null;
    const [member] = await this.documents
      .collection<VolunteerMember>(VOLUNTEERING_MEMBERS_COLLECTION)
      .find({ accountId: actor.accountId });
    return member?._id ?? null;
  }
}

export interface MemberIdsViewer {
  full: boolean;
  self: string | null;
}
