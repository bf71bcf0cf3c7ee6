import type { EventEnvelope } from '@gongjian/eventing';
import {
  MEMBER_EVENTS,
  type MemberAccountLinkedV1,
  type MemberRegisteredV1,
  type MemberReportedToCommunityV1,
  type MemberTransferredV1,
} from '@gongjian/contracts';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';

/**
 * Who may serve where, from the members service's events (DESIGN §3: members → volunteering):
 * the branch and the community a member reported to; and the member's own login account, so that
 * a member account sees itself in sign-ups, wishes and teams. Ids only — no personal data is
 * copied; MemberErased marks the member `erased`: they sign up and claim nothing more (as matching
 * credits them with no more projects), so an erased member earns no points after the erasure.
 */
export interface VolunteerMember extends ReadModelDocument {
  branchId: string;
  reportedTo: string | null;
  /** the `member` account linked to this member (MemberAccountLinked), if any */
  accountId?: string | null;
  /** the member's personal data was erased (crypto-shredded): they serve no more */
  erased?: boolean;
}

export const VOLUNTEERING_MEMBERS_COLLECTION = 'volunteering.members';

export const volunteerMembersProjection: Projection<VolunteerMember> = {
  name: 'volunteering.members',
  collection: VOLUNTEERING_MEMBERS_COLLECTION,
  handles: [
    MEMBER_EVENTS.registered,
    MEMBER_EVENTS.transferred,
    MEMBER_EVENTS.reportedToCommunity,
    MEMBER_EVENTS.reportWithdrawn,
    MEMBER_EVENTS.accountLinked,
    MEMBER_EVENTS.erased,
  ],
  indexes: [{ fields: { accountId: 1 } }],
  apply(doc, event: EventEnvelope) {
    switch (event.type) {
      case MEMBER_EVENTS.registered: {
        const d = event.data as MemberRegisteredV1;
        return { _id: d.memberId, branchId: d.branchId, reportedTo: null, accountId: null };
      }
      case MEMBER_EVENTS.transferred:
        return doc && { ...doc, branchId: (event.data as MemberTransferredV1).toBranchId };
      case MEMBER_EVENTS.reportedToCommunity:
        return doc && { ...doc, reportedTo: (event.data as MemberReportedToCommunityV1).communityId };
      case MEMBER_EVENTS.reportWithdrawn:
        return doc && { ...doc, reportedTo: null };
      case MEMBER_EVENTS.accountLinked:
        return doc && { ...doc, accountId: (event.data as MemberAccountLinkedV1).accountId };
      case MEMBER_EVENTS.erased:
        return doc && { ...doc, erased: true };
      default:
        return null;
    }
  },
};
