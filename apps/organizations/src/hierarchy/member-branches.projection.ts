import { MEMBER_EVENTS, type MemberRegisteredV1, type MemberTransferredV1 } from '@gongjian/contracts';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';

/**
 * What the organizations service knows of each party member: the branch (a grid, a building or a
 * unit) that holds the member's organisation relationship, from the members service's public
 * events — enough to count members at every node of the tree, nothing personal.
 */
export interface MemberBranchDocument extends ReadModelDocument {
  branchId: string;
}

export const MEMBER_BRANCHES_COLLECTION = 'organizations.member-branches';

export const memberBranchesProjection: Projection<MemberBranchDocument> = {
  name: 'organizations.member-branches',
  collection: MEMBER_BRANCHES_COLLECTION,
  handles: [MEMBER_EVENTS.registered, MEMBER_EVENTS.transferred],
  indexes: [{ fields: { branchId: 1 } }],
  apply(doc, event) {
    if (event.type === MEMBER_EVENTS.registered) {
      const { memberId, branchId } = event.data as MemberRegisteredV1;
      return { _id: memberId, branchId };
    }
    return doc && { ...doc, branchId: (event.data as MemberTransferredV1).toBranchId };
  },
};
