import type { EventEnvelope } from '@gongjian/eventing';
import {
  type CommunityReportWithdrawnV1,
  MEMBER_EVENTS,
  type MemberRegisteredV1,
  type MemberReportedToCommunityV1,
  type MemberTransferredV1,
} from '@gongjian/contracts';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';

/**
 * Who is a party member, and on which side of a project they may serve, as matching knows it from
 * the members service's public events (DESIGN §3: members → matching): the branch, the employing
 * unit and the community reported to (双报到). Ids only, no name or personal data, so erasure
 * leaves nothing here to drop; an erased record is marked so that it earns nothing more.
 */
export interface MatchingMember extends ReadModelDocument {
  branchId: string;
  employerUnitId: string | null;
  /** the community the member reported to (双报到), if any */
  reportedTo: string | null;
  status: 'active' | 'erased';
}

export const MATCHING_MEMBERS_COLLECTION = 'matching.members';

export const matchingMembersProjection: Projection<MatchingMember> = {
  name: 'matching.members',
  collection: MATCHING_MEMBERS_COLLECTION,
  handles: [
    MEMBER_EVENTS.registered,
    MEMBER_EVENTS.transferred,
    MEMBER_EVENTS.reportedToCommunity,
    MEMBER_EVENTS.reportWithdrawn,
    MEMBER_EVENTS.erased,
  ],
  apply(doc, event: EventEnvelope) {
    if (event.type === MEMBER_EVENTS.registered) {
      const d = event.data as MemberRegisteredV1;
      return {
        _id: d.memberId,
        branchId: d.branchId,
        employerUnitId: d.employerUnitId ?? null,
        reportedTo: null,
        status: 'active',
      };
    }
    if (!doc) return null;
    switch (event.type) {
      case MEMBER_EVENTS.transferred:
        return { ...doc, branchId: (event.data as MemberTransferredV1).toBranchId };
      case MEMBER_EVENTS.reportedToCommunity:
        return { ...doc, reportedTo: (event.data as MemberReportedToCommunityV1).communityId };
      case MEMBER_EVENTS.reportWithdrawn:
        // a withdrawal names its community: an older report's withdrawal leaves a newer one
        return doc.reportedTo === (event.data as CommunityReportWithdrawnV1).communityId
          ? { ...doc, reportedTo: null }
          : doc;
      case MEMBER_EVENTS.erased:
        return { ...doc, status: 'erased' };
      default:
        return doc;
    }
  },
};
