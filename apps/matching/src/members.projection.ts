import type { EventEnvelope } from '@gongjian/eventing';
import { MEMBER_EVENTS, type MemberRegisteredV1, type MemberTransferredV1 } from '@gongjian/contracts';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';

/**
 * Who is a party member, as matching knows it from the members service's events (DESIGN §3:
 * members → matching): ids and branches only, no personal data to drop on erasure. Used to check
 * the members a completed project names as having served in it.
 */
export interface MatchingMember extends ReadModelDocument {
  branchId: string;
  employerUnitId: string | null;
}

export const MATCHING_MEMBERS_COLLECTION = 'matching.members';

export const matchingMembersProjection: Projection<MatchingMember> = {
  name: 'matching.members',
  collection: MATCHING_MEMBERS_COLLECTION,
  handles: [MEMBER_EVENTS.registered, MEMBER_EVENTS.transferred],
  apply(doc, event: EventEnvelope) {
    if (event.type === MEMBER_EVENTS.registered) {
      const d = event.data as MemberRegisteredV1;
      return { _id: d.memberId, branchId: d.branchId, employerUnitId: d.employerUnitId };
    }
    return doc && { ...doc, branchId: (event.data as MemberTransferredV1).toBranchId };
  },
};
