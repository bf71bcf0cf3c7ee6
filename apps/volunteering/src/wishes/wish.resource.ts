import type { WishDocument } from '../read-models';
import type { MemberIdsViewer } from '../volunteering.policy';

/**
 * The wish as its query returns it: who claimed it (a member id) only to the community's admins
 * and the auditor; others see the status, and a member account `self.claimed` (issue 16 item 5).
 */
export function wishResource({ _id, claimedBy, ...rest }: WishDocument, viewer: MemberIdsViewer) {
  if (viewer.full) return { id: _id, ...rest, claimedBy };
  if (!viewer.self) return { id: _id, ...rest };
  return { id: _id, ...rest, self: { memberId: viewer.self, claimed: claimedBy === viewer.self } };
}
