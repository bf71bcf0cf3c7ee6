import type { EventEnvelope } from '@gongjian/eventing';
import type { HoursVerification, VolunteerHoursVerifiedV1, VolunteerKind } from '@gongjian/contracts';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import { VOLUNTEERING_EVENTS as V } from '../volunteering-events';
import type { ActivityDetails, CheckInData, OrganisationHoursData, ResidentHoursData } from './activity.decider';
import { withDefaults } from './activity.decider';
import { type CheckInRecord, measuredHours } from './attendance';

/** 招募令 as the lists show it: who signed up, checked in and out, and the hours verified. */
export interface ActivityDocument extends ReadModelDocument, Omit<ActivityDetails, 'activityId'> {
  openTo: VolunteerKind[];
  hoursVerification: HoursVerification;
  cancelled: boolean;
  cancelReason: string | null;
  /** members signed up, and their verified hours (points follow) */
  signedUp: string[];
  attendance: Array<{ memberId: string; hours: number; verifiedAt: string }>;
  /** resident volunteers signed up, and their verified hours (no points) */
  residents: string[];
  residentAttendance: Array<{ residentId: string; hours: number; verifiedAt: string }>;
  /** social organisations taking the activity on as a whole */
  organisations: Array<{ unitId: string; headcount: number }>;
  organisationAttendance: Array<{ unitId: string; headcount: number; hours: number; verifiedAt: string }>;
  /** 扫码签到, with the hours each check-out measured */
  checkIns: Array<CheckInRecord & { hours: number | null }>;
  openSlots: number;
  publishedAt: string;
}

/** Places taken: members and residents one each, an organisation its headcount. */
const taken = (doc: Pick<ActivityDocument, 'signedUp' | 'residents' | 'organisations'>) =>
  doc.signedUp.length + doc.residents.length + doc.organisations.reduce((sum, o) => sum + o.headcount, 0);

/** The document with its places recounted after a sign-up changed. */
const recount = <D extends Pick<ActivityDocument, 'slots' | 'signedUp' | 'residents' | 'organisations'>>(
  doc: D,
): D => ({
  ...doc,
  openSlots: doc.slots - taken(doc),
});

export const activitiesProjection: Projection<ActivityDocument> = {
  name: 'activities',
  collection: 'volunteering.activities',
  handles: [
    V.activityPublished,
    V.signedUp,
    V.signUpCancelled,
    V.residentSignedUp,
    V.residentSignUpCancelled,
    V.organisationSignedUp,
    V.organisationSignUpCancelled,
    V.activityCancelled,
    V.checkedIn,
    V.checkedOut,
    V.hoursVerified,
    V.residentHoursVerified,
    V.organisationHoursVerified,
  ],
  indexes: [{ fields: { orgId: 1 } }, { fields: { communityId: 1 } }],
  apply(doc, event: EventEnvelope) {
    if (event.type === V.activityPublished) {
      const { activityId, ...details } = withDefaults(event.data as ActivityDetails);
      return {
        _id: activityId,
        ...details,
        cancelled: false,
        cancelReason: null,
        signedUp: [],
        attendance: [],
        residents: [],
        residentAttendance: [],
        organisations: [],
        organisationAttendance: [],
        checkIns: [],
        openSlots: details.slots,
        publishedAt: event.occurredAt,
      };
    }
    if (!doc) return null;
    const data = event.data as { memberId: string; residentId: string; unitId: string; headcount: number };
    switch (event.type) {
      case V.signedUp:
        return recount({ ...doc, signedUp: [...doc.signedUp, data.memberId] });
      case V.signUpCancelled:
        return recount({ ...doc, signedUp: doc.signedUp.filter((m) => m !== data.memberId) });
      case V.residentSignedUp:
        return recount({ ...doc, residents: [...doc.residents, data.residentId] });
      case V.residentSignUpCancelled:
        return recount({ ...doc, residents: doc.residents.filter((r) => r !== data.residentId) });
      case V.organisationSignedUp:
        return recount({
          ...doc,
          organisations: [...doc.organisations, { unitId: data.unitId, headcount: data.headcount }],
        });
      case V.organisationSignUpCancelled:
        return recount({ ...doc, organisations: doc.organisations.filter((o) => o.unitId !== data.unitId) });
      case V.activityCancelled:
        return { ...doc, cancelled: true, cancelReason: (event.data as { reason: string }).reason };
      case V.checkedIn: {
        const { kind, volunteerId, at } = event.data as CheckInData;
        return {
          ...doc,
          checkIns: [...doc.checkIns, { kind, volunteerId, checkedInAt: at, checkedOutAt: null, hours: null }],
        };
      }
      case V.checkedOut: {
        const { volunteerId, at } = event.data as CheckInData;
        const checkIns = doc.checkIns.map((c) =>
          c.volunteerId === volunteerId ? { ...c, checkedOutAt: at, hours: measuredHours(doc, c.checkedInAt, at) } : c,
        );
        return { ...doc, checkIns };
      }
      case V.hoursVerified: {
        const { memberId, hours, verifiedAt } = event.data as VolunteerHoursVerifiedV1;
        return { ...doc, attendance: [...doc.attendance, { memberId, hours, verifiedAt }] };
      }
      case V.residentHoursVerified: {
        const { residentId, hours, verifiedAt } = event.data as ResidentHoursData;
        return { ...doc, residentAttendance: [...doc.residentAttendance, { residentId, hours, verifiedAt }] };
      }
      case V.organisationHoursVerified: {
        const { unitId, headcount, hours, verifiedAt } = event.data as OrganisationHoursData;
        return {
          ...doc,
          organisationAttendance: [...doc.organisationAttendance, { unitId, headcount, hours, verifiedAt }],
        };
      }
      default:
        return null;
    }
  },
};

/** Verified person-hours of an activity: members', residents', and each organisation's headcount × hours. */
export function personHours(a: Pick<ActivityDocument, 'attendance' | 'residentAttendance' | 'organisationAttendance'>) {
  return (
    a.attendance.reduce((sum, x) => sum + x.hours, 0) +
    (a.residentAttendance ?? []).reduce((sum, x) => sum + x.hours, 0) +
    (a.organisationAttendance ?? []).reduce((sum, x) => sum + x.headcount * x.hours, 0)
  );
}
