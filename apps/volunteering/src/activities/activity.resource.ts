import type { ActivityStatus } from '@gongjian/contracts';
import type { ActivityDocument } from '../read-models';
import type { MemberIdsViewer } from '../volunteering.policy';
import { personHours } from './activities.projection';

/** The status an activity shows now. */
export function activityStatus(a: ActivityDocument, now = new Date().toISOString()): ActivityStatus {
  if (a.cancelled) return 'cancelled';
  if (now >= a.endsAt) return 'finished';
  return a.openSlots <= 0 ? 'full' : 'open';
}

/**
 * The activity as its query returns it. The lists of people — members and residents signed up,
 * their attendance, check-ins — only to the organisers (`viewer.full`); everyone else gets the
 * counts, the verified hours and the social organisations taking it on (units, not people), and a
 * member or resident account `self`: whether it signed up, when it checked in and out, and the
 * hours verified for it (issue 16 item 5).
 */
export function activityResource(a: ActivityDocument, viewer: MemberIdsViewer) {
  const {
    _id,
    signedUp,
    attendance,
    residents = [],
    residentAttendance = [],
    checkIns = [],
    organisations = [],
    organisationAttendance = [],
    ...rest
  } = a;
  const counts = {
    signedUpCount: a.slots - a.openSlots,
    attendanceCount: attendance.length + residentAttendance.length + organisationAttendance.length,
    checkInCount: checkIns.length,
    verifiedHours: personHours({ attendance, residentAttendance, organisationAttendance }),
    status: activityStatus(a),
  };
  const base = { id: _id, ...rest, organisations, organisationAttendance, ...counts };
  if (viewer.full) return { ...base, signedUp, attendance, residents, residentAttendance, checkIns };
  const self = selfIn(a, viewer);
  return self ? { ...base, self } : base;
}

/** Where a member or resident account stands in the activity, or null for other accounts. */
function selfIn(a: ActivityDocument, viewer: MemberIdsViewer) {
  const checkIn = (id: string) => (a.checkIns ?? []).find((c) => c.volunteerId === id);
  const times = (id: string) => ({
    checkedInAt: checkIn(id)?.checkedInAt ?? null,
    checkedOutAt: checkIn(id)?.checkedOutAt ?? null,
  });
  if (viewer.self) {
    const memberId = viewer.self;
    const hours = a.attendance.find((x) => x.memberId === memberId)?.hours ?? null;
    return { memberId, signedUp: a.signedUp.includes(memberId), hours, ...times(memberId) };
  }
  if (viewer.resident) {
    const residentId = viewer.resident;
    const hours = (a.residentAttendance ?? []).find((x) => x.residentId === residentId)?.hours ?? null;
    return { residentId, signedUp: (a.residents ?? []).includes(residentId), hours, ...times(residentId) };
  }
  return null;
}
