import type { ActivityStatus } from '@gongjian/contracts';
import type { ActivityDocument } from '../read-models';
import type { MemberIdsViewer } from '../volunteering.policy';

/** The status an activity shows now. */
export function activityStatus(a: ActivityDocument, now = new Date().toISOString()): ActivityStatus {
  if (a.cancelled) return 'cancelled';
  if (now >= a.endsAt) return 'finished';
  return a.openSlots <= 0 ? 'full' : 'open';
}

/**
 * The activity as its query returns it. The sign-up and attendance lists (member ids) only to
 * the organisers (`viewer.full`); everyone else gets the counts and the verified hours, and a
 * member account `self`: whether it signed up and the hours verified for it (issue 16 item 5).
 */
export function activityResource(a: ActivityDocument, viewer: MemberIdsViewer) {
  const { _id, signedUp, attendance, ...rest } = a;
  const counts = {
    signedUpCount: signedUp.length,
    attendanceCount: attendance.length,
    verifiedHours: attendance.reduce((sum, x) => sum + x.hours, 0),
    status: activityStatus(a),
  };
  if (viewer.full) return { id: _id, ...rest, signedUp, attendance, ...counts };
  const { self } = viewer;
  if (!self) return { id: _id, ...rest, ...counts };
  const hours = attendance.find((x) => x.memberId === self)?.hours ?? null;
  return { id: _id, ...rest, ...counts, self: { memberId: self, signedUp: signedUp.includes(self), hours } };
}
