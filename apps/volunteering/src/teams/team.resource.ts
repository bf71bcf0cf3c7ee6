import type { TeamDocument } from '../read-models';
import type { MemberIdsViewer } from '../volunteering.policy';

/**
 * The team as its query returns it: the roster (member ids) only to the admins over the team's
 * organisation and the auditor; others see `memberCount`, and a member account `self.member`
 * (issue 16 item 5).
 */
export function teamResource({ _id, memberIds, ...rest }: TeamDocument, viewer: MemberIdsViewer) {
  const memberCount = memberIds.length;
  if (viewer.full) return { id: _id, ...rest, memberIds, memberCount };
  if (!viewer.self) return { id: _id, ...rest, memberCount };
  return { id: _id, ...rest, memberCount, self: { memberId: viewer.self, member: memberIds.includes(viewer.self) } };
}
