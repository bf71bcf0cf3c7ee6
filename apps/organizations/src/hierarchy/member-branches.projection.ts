import { MEMBER_EVENTS, type MemberRegisteredV1, type MemberTransferredV1 } from '@gongjian/contracts';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';

/**
 * What the organizations service knows of each party member: the branch (a party branch or a
 * unit's; before issue 18, a grid or a building) that holds the member's organisation
 * relationship, from the members service's public events — enough to count members at every node
 * of the tree and to seat them in a branch's party groups — and the name (public in
 * MemberRegistered, dropped when the member's data is erased), which a grid's roster shows.
 */
export interface MemberBranchDocument extends ReadModelDocument {
  branchId: string;
  name?: string | null;
  /**
   * the grid or building the member was registered in before issue 18, when the migration moved
   * them to the branch covering it: the party group that covers such a building seats them
   */
  legacyBranchId?: string | null;
}

export const MEMBER_BRANCHES_COLLECTION = 'organizations.member-branches';

export const memberBranchesProjection: Projection<MemberBranchDocument> = {
  name: 'organizations.member-branches',
  collection: MEMBER_BRANCHES_COLLECTION,
  handles: [MEMBER_EVENTS.registered, MEMBER_EVENTS.transferred, MEMBER_EVENTS.erased],
  indexes: [{ fields: { branchId: 1 } }, { fields: { legacyBranchId: 1 } }],
  apply(doc, event) {
    if (event.type === MEMBER_EVENTS.registered) {
      const { memberId, branchId, name } = event.data as MemberRegisteredV1;
      return { _id: memberId, branchId, name };
    }
    if (!doc) return null;
    if (event.type === MEMBER_EVENTS.erased) return { ...doc, name: null };
    const { toBranchId, fromBranchId, reason } = event.data as MemberTransferredV1;
    // a member moved by the migration keeps where they were; a transfer proper forgets it
    const legacyBranchId = reason === 'branch_formed' ? (doc.legacyBranchId ?? fromBranchId) : null;
    return { ...doc, branchId: toBranchId, legacyBranchId };
  },
};
