import type { HoursVerification, VolunteerKind } from '@gongjian/contracts';
import type { ActivityDetails, PublishedActivity } from './activity.decider';

/**
 * Who serves in an activity: a party member (`memberId`, hours earn points), a resident volunteer
 * (`residentId`, hours recorded, no points) or a social organisation as a whole (`unitId`, with a
 * headcount). Ids of the three kinds are made by different services and never coincide.
 */
export type VolunteerRef =
  { kind: 'member'; id: string } | { kind: 'resident'; id: string } | { kind: 'organisation'; id: string };

/** The people who check in by code themselves: members and residents (an organisation does not). */
export type PersonRef = Extract<VolunteerRef, { kind: 'member' | 'resident' }>;

/** Which `openTo` entry lets a volunteer of this kind sign up. */
export const KIND_OPEN_TO: Record<VolunteerRef['kind'], VolunteerKind> = {
  member: 'members',
  resident: 'residents',
  organisation: 'organisations',
};

/** What an activity published before issue 18 is: open to members, hours confirmed by the organiser. */
export const DEFAULT_OPEN_TO: VolunteerKind[] = ['members'];
export const DEFAULT_HOURS_VERIFICATION: HoursVerification = 'organiser';

/** Check-in opens this long before the activity starts. */
export const CHECK_IN_OPENS_BEFORE_MS = 30 * 60_000;
/** Check-out (and the organiser's code) stays open this long after the activity ends. */
export const CHECK_OUT_CLOSES_AFTER_MS = 2 * 3_600_000;

const QUARTER_HOUR_MS = 15 * 60_000;

/**
 * The hours a check-in and check-out measure: the time between them that lies within the
 * activity, rounded down to quarter hours (so never more than the activity's length).
 */
export function measuredHours(
  activity: { startsAt: string; endsAt: string },
  checkedInAt: string,
  checkedOutAt: string,
): number {
  const from = Math.max(Date.parse(checkedInAt), Date.parse(activity.startsAt));
  const to = Math.min(Date.parse(checkedOutAt), Date.parse(activity.endsAt));
  if (!(to > from)) return 0;
  return Math.floor((to - from) / QUARTER_HOUR_MS) / 4;
}

/** One person's check-in and check-out, as the activity records them. */
export interface CheckInRecord {
  kind: PersonRef['kind'];
  volunteerId: string;
  checkedInAt: string;
  checkedOutAt: string | null;
}

/** Hours an activity lasts (the most anyone can be credited for it). */
export const durationHours = (d: Pick<ActivityDetails, 'startsAt' | 'endsAt'>) =>
  (Date.parse(d.endsAt) - Date.parse(d.startsAt)) / 3_600_000;

/** The details with what events before issue 18 left out. */
export function withDefaults(d: ActivityDetails): Required<ActivityDetails> {
  return {
    ...d,
    openTo: d.openTo ?? DEFAULT_OPEN_TO,
    hoursVerification: d.hoursVerification ?? DEFAULT_HOURS_VERIFICATION,
  };
}

/** The places taken: members and residents one each, an organisation its headcount. */
export const placesTaken = (s: Pick<PublishedActivity, 'signedUp' | 'residents' | 'organisations'>) =>
  s.signedUp.length + s.residents.length + Object.values(s.organisations).reduce((sum, n) => sum + n, 0);

export const listOf = (s: PublishedActivity, kind: VolunteerRef['kind']) =>
  kind === 'member' ? s.signedUp : kind === 'resident' ? s.residents : Object.keys(s.organisations);
export const attendedOf = (s: PublishedActivity, kind: VolunteerRef['kind']) =>
  kind === 'member' ? s.attended : kind === 'resident' ? s.residentsAttended : s.organisationsAttended;
/** the DTO field that names a volunteer of each kind */
export const FIELD: Record<VolunteerRef['kind'], string> = {
  member: 'memberId',
  resident: 'residentId',
  organisation: 'unitId',
};
export const WHO: Record<VolunteerRef['kind'], string> = {
  member: 'the member',
  resident: 'the resident',
  organisation: 'the organisation',
};
