import { ineligible, type Eligibility } from '../eligibility';
import type { ConformsToContracts, HoursVerification, VolunteerKind } from '@gongjian/contracts';
import { type Decider, defineAggregate, DomainRuleViolation, InvalidStateTransition } from '@gongjian/eventing';
import { type Category, type VolunteerHoursVerifiedV1 } from '@gongjian/contracts';
import { VOLUNTEERING_EVENTS } from '../volunteering-events';
import {
  CHECK_IN_OPENS_BEFORE_MS,
  CHECK_OUT_CLOSES_AFTER_MS,
  type CheckInRecord,
  DEFAULT_HOURS_VERIFICATION,
  DEFAULT_OPEN_TO,
  KIND_OPEN_TO,
  measuredHours,
  type PersonRef,
  type VolunteerRef,
} from './attendance';

/** 招募令: an activity a grid or community posts, with its slots and points per hour. */
export interface ActivityDetails {
  activityId: string;
  orgId: string;
  communityId: string;
  title: string;
  description: string;
  category: Category;
  place: string;
  startsAt: string;
  endsAt: string;
  slots: number;
  pointsPerHour: number;
  /** who may sign up (absent in events before issue 18: members) */
  openTo?: VolunteerKind[];
  /** how hours are verified after 扫码签到 (absent before issue 18: by the organiser) */
  hoursVerification?: HoursVerification;
}

export type ActivityCommand =
  | { type: 'PublishActivity'; details: ActivityDetails }
  | { type: 'SignUp'; volunteer: VolunteerRef; headcount?: number; eligibility: Eligibility; now: string }
  | { type: 'CancelSignUp'; volunteerId: string; now: string }
  | { type: 'CancelActivity'; reason: string; now: string }
  | { type: 'CheckIn'; volunteer: PersonRef; now: string }
  | { type: 'CheckOut'; volunteer: PersonRef; now: string }
  /** the organiser's record: `hours` left out are those the check-in and check-out measured */
  | { type: 'RecordAttendance'; volunteer: VolunteerRef; hours?: number; headcount?: number; now: string };

type ById = { activityId: string };
export type CheckInData = ById & { kind: PersonRef['kind']; volunteerId: string; at: string };
export type ResidentHoursData = ById & {
  residentId: string;
  orgId: string;
  category: Category;
  hours: number;
  verifiedAt: string;
  title: string;
};
export type OrganisationHoursData = Omit<ResidentHoursData, 'residentId'> & { unitId: string; headcount: number };

export type ActivityEvent =
  | { type: typeof VOLUNTEERING_EVENTS.activityPublished; data: ActivityDetails }
  | { type: typeof VOLUNTEERING_EVENTS.signedUp; data: ById & { memberId: string } }
  | { type: typeof VOLUNTEERING_EVENTS.signUpCancelled; data: ById & { memberId: string } }
  | { type: typeof VOLUNTEERING_EVENTS.residentSignedUp; data: ById & { residentId: string } }
  | { type: typeof VOLUNTEERING_EVENTS.residentSignUpCancelled; data: ById & { residentId: string } }
  | { type: typeof VOLUNTEERING_EVENTS.organisationSignedUp; data: ById & { unitId: string; headcount: number } }
  | { type: typeof VOLUNTEERING_EVENTS.organisationSignUpCancelled; data: ById & { unitId: string } }
  | { type: typeof VOLUNTEERING_EVENTS.activityCancelled; data: ById & { reason: string } }
  | { type: typeof VOLUNTEERING_EVENTS.checkedIn; data: CheckInData }
  | { type: typeof VOLUNTEERING_EVENTS.checkedOut; data: CheckInData & { hours: number } }
  | { type: typeof VOLUNTEERING_EVENTS.hoursVerified; data: VolunteerHoursVerifiedV1 }
  | { type: typeof VOLUNTEERING_EVENTS.residentHoursVerified; data: ResidentHoursData }
  | { type: typeof VOLUNTEERING_EVENTS.organisationHoursVerified; data: OrganisationHoursData };

export interface PublishedActivity {
  exists: true;
  details: ActivityDetails;
  cancelled: boolean;
  /** members signed up, and those whose hours were verified */
  signedUp: string[];
  attended: string[];
  residents: string[];
  residentsAttended: string[];
  /** social organisations signed up, by unit id: their headcount */
  organisations: Record<string, number>;
  organisationsAttended: string[];
  /** by volunteer id */
  checkIns: Record<string, CheckInRecord>;
}
export type ActivityState = { exists: false } | PublishedActivity;

export const activityStreamId = (id: string) => `volunteering.activity-${id}`;

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

const listOf = (s: PublishedActivity, kind: VolunteerRef['kind']) =>
  kind === 'member' ? s.signedUp : kind === 'resident' ? s.residents : Object.keys(s.organisations);
const attendedOf = (s: PublishedActivity, kind: VolunteerRef['kind']) =>
  kind === 'member' ? s.attended : kind === 'resident' ? s.residentsAttended : s.organisationsAttended;
const FIELD: Record<VolunteerRef['kind'], string> = {
  member: 'memberId',
  resident: 'residentId',
  organisation: 'unitId',
};
const WHO: Record<VolunteerRef['kind'], string> = {
  member: 'the member',
  resident: 'the resident',
  organisation: 'the organisation',
};

export const activityDecider: Decider<ActivityCommand, ActivityEvent, ActivityState> = {
  initialState: () => ({ exists: false }),

  decide(command, state) {
    if (command.type === 'PublishActivity') {
      if (state.exists) throw new InvalidStateTransition('activity already published');
      const d = command.details;
      if (!(Date.parse(d.endsAt) > Date.parse(d.startsAt)))
        throw new DomainRuleViolation('the activity must end after it starts', 'invalid_time', { field: 'endsAt' });
      if (durationHours(d) > 24 * 7)
        throw new DomainRuleViolation('an activity lasts at most a week', 'invalid_time', { field: 'endsAt' });
      return [{ type: VOLUNTEERING_EVENTS.activityPublished, data: d }];
    }
    if (!state.exists) throw new InvalidStateTransition('activity not published');
    switch (command.type) {
      case 'SignUp':
        return signUp(state, command);
      case 'CancelSignUp':
        return cancelSignUp(state, command.volunteerId, command.now);
      case 'CancelActivity': {
        if (state.cancelled) throw new InvalidStateTransition('the activity is already cancelled');
        if (state.attended.length + state.residentsAttended.length + state.organisationsAttended.length > 0)
          throw new InvalidStateTransition('attendance has been recorded');
        const { activityId } = state.details;
        return [{ type: VOLUNTEERING_EVENTS.activityCancelled, data: { activityId, reason: command.reason } }];
      }
      case 'CheckIn':
        return checkIn(state, command.volunteer, command.now);
      case 'CheckOut':
        return checkOut(state, command.volunteer, command.now);
      case 'RecordAttendance':
        return recordAttendance(state, command);
    }
  },

  evolve(state, event) {
    if (event.type === VOLUNTEERING_EVENTS.activityPublished)
      return {
        exists: true,
        details: event.data,
        cancelled: false,
        signedUp: [],
        attended: [],
        residents: [],
        residentsAttended: [],
        organisations: {},
        organisationsAttended: [],
        checkIns: {},
      };
    if (!state.exists) return state;
    switch (event.type) {
      case VOLUNTEERING_EVENTS.signedUp:
        return { ...state, signedUp: [...state.signedUp, event.data.memberId] };
      case VOLUNTEERING_EVENTS.signUpCancelled:
        return { ...state, signedUp: state.signedUp.filter((m) => m !== event.data.memberId) };
      case VOLUNTEERING_EVENTS.residentSignedUp:
        return { ...state, residents: [...state.residents, event.data.residentId] };
      case VOLUNTEERING_EVENTS.residentSignUpCancelled:
        return { ...state, residents: state.residents.filter((r) => r !== event.data.residentId) };
      case VOLUNTEERING_EVENTS.organisationSignedUp:
        return { ...state, organisations: { ...state.organisations, [event.data.unitId]: event.data.headcount } };
      case VOLUNTEERING_EVENTS.organisationSignUpCancelled: {
        const { [event.data.unitId]: _gone, ...organisations } = state.organisations;
        return { ...state, organisations };
      }
      case VOLUNTEERING_EVENTS.activityCancelled:
        return { ...state, cancelled: true };
      case VOLUNTEERING_EVENTS.checkedIn: {
        const { kind, volunteerId, at } = event.data;
        const record: CheckInRecord = { kind, volunteerId, checkedInAt: at, checkedOutAt: null };
        return { ...state, checkIns: { ...state.checkIns, [volunteerId]: record } };
      }
      case VOLUNTEERING_EVENTS.checkedOut: {
        const { volunteerId, at } = event.data;
        const record = { ...state.checkIns[volunteerId], checkedOutAt: at };
        return { ...state, checkIns: { ...state.checkIns, [volunteerId]: record } };
      }
      case VOLUNTEERING_EVENTS.hoursVerified:
        return { ...state, attended: [...state.attended, event.data.memberId] };
      case VOLUNTEERING_EVENTS.residentHoursVerified:
        return { ...state, residentsAttended: [...state.residentsAttended, event.data.residentId] };
      case VOLUNTEERING_EVENTS.organisationHoursVerified:
        return { ...state, organisationsAttended: [...state.organisationsAttended, event.data.unitId] };
    }
  },
};

function signUp(state: PublishedActivity, command: Extract<ActivityCommand, { type: 'SignUp' }>): ActivityEvent[] {
  const { volunteer, eligibility } = command;
  const d = withDefaults(state.details);
  const field = FIELD[volunteer.kind];
  if (state.cancelled) throw new InvalidStateTransition('the activity is cancelled');
  if (command.now >= d.endsAt) throw new InvalidStateTransition('the activity has finished');
  if (listOf(state, volunteer.kind).includes(volunteer.id))
    throw new InvalidStateTransition(`${WHO[volunteer.kind]} has already signed up`);
  if (!d.openTo.includes(KIND_OPEN_TO[volunteer.kind]))
    throw new DomainRuleViolation(
      `this activity is not open to ${KIND_OPEN_TO[volunteer.kind]}`,
      `not_open_to_${KIND_OPEN_TO[volunteer.kind]}`,
      { field },
    );
  if (!eligibility.ok)
    throw new DomainRuleViolation(
      ineligible(eligibility.reason, 'sign up', volunteer.kind === 'resident' ? 'resident' : 'member'),
      eligibility.reason,
      { field },
    );
  const places = volunteer.kind === 'organisation' ? (command.headcount ?? 1) : 1;
  const left = d.slots - placesTaken(state);
  if (places > left)
    throw new DomainRuleViolation(
      left <= 0 ? `all ${d.slots} places are taken` : `only ${left} of ${d.slots} places are left`,
      'activity_full',
      { field: volunteer.kind === 'organisation' ? 'headcount' : field },
    );
  const activityId = d.activityId;
  switch (volunteer.kind) {
    case 'member':
      return [{ type: VOLUNTEERING_EVENTS.signedUp, data: { activityId, memberId: volunteer.id } }];
    case 'resident':
      return [{ type: VOLUNTEERING_EVENTS.residentSignedUp, data: { activityId, residentId: volunteer.id } }];
    case 'organisation':
      return [
        {
          type: VOLUNTEERING_EVENTS.organisationSignedUp,
          data: { activityId, unitId: volunteer.id, headcount: places },
        },
      ];
  }
}

/** The kind of a volunteer signed up under `id`, if any. */
export function signedUpKind(state: PublishedActivity, id: string): VolunteerRef['kind'] | null {
  if (state.signedUp.includes(id)) return 'member';
  if (state.residents.includes(id)) return 'resident';
  if (id in state.organisations) return 'organisation';
  return null;
}

function cancelSignUp(state: PublishedActivity, volunteerId: string, now: string): ActivityEvent[] {
  const kind = signedUpKind(state, volunteerId);
  if (!kind) throw new InvalidStateTransition('the volunteer has not signed up');
  if (attendedOf(state, kind).includes(volunteerId)) throw new InvalidStateTransition('attendance is already recorded');
  if (state.checkIns[volunteerId])
    throw new InvalidStateTransition(
      'the volunteer has checked in: attendance follows',
      undefined,
      'already_checked_in',
    );
  if (now >= state.details.endsAt) throw new InvalidStateTransition('the activity has finished');
  const activityId = state.details.activityId;
  if (kind === 'member')
    return [{ type: VOLUNTEERING_EVENTS.signUpCancelled, data: { activityId, memberId: volunteerId } }];
  if (kind === 'resident')
    return [{ type: VOLUNTEERING_EVENTS.residentSignUpCancelled, data: { activityId, residentId: volunteerId } }];
  return [{ type: VOLUNTEERING_EVENTS.organisationSignUpCancelled, data: { activityId, unitId: volunteerId } }];
}

/** The activity takes check-ins from 30 minutes before it starts until it ends, and never once cancelled. */
function assertOpenForCheckIn(state: PublishedActivity, now: string, until: string) {
  if (state.cancelled) throw new InvalidStateTransition('the activity is cancelled', undefined, 'activity_cancelled');
  const opens = new Date(Date.parse(state.details.startsAt) - CHECK_IN_OPENS_BEFORE_MS).toISOString();
  if (now < opens || now >= until)
    throw new InvalidStateTransition(
      'check-in opens 30 minutes before the activity starts and check-out closes 2 hours after it ends',
      { opens, closes: new Date(Date.parse(state.details.endsAt) + CHECK_OUT_CLOSES_AFTER_MS).toISOString() },
      'check_in_closed',
    );
}

function checkIn(state: PublishedActivity, volunteer: PersonRef, now: string): ActivityEvent[] {
  assertOpenForCheckIn(state, now, state.details.endsAt);
  if (!listOf(state, volunteer.kind).includes(volunteer.id))
    throw new DomainRuleViolation('you did not sign up for this activity', 'not_signed_up', { field: 'code' });
  if (state.checkIns[volunteer.id])
    throw new InvalidStateTransition(
      `already checked in at ${state.checkIns[volunteer.id].checkedInAt}`,
      undefined,
      'already_checked_in',
    );
  if (attendedOf(state, volunteer.kind).includes(volunteer.id))
    throw new InvalidStateTransition('attendance is already recorded', undefined, 'attendance_recorded');
  const data = { activityId: state.details.activityId, kind: volunteer.kind, volunteerId: volunteer.id, at: now };
  return [{ type: VOLUNTEERING_EVENTS.checkedIn, data }];
}

/**
 * Check-out: the hours between check-in and check-out within the activity are measured; with
 * `hoursVerification: automatic` they are verified at once (unless the organiser already did).
 */
function checkOut(state: PublishedActivity, volunteer: PersonRef, now: string): ActivityEvent[] {
  const closes = new Date(Date.parse(state.details.endsAt) + CHECK_OUT_CLOSES_AFTER_MS).toISOString();
  assertOpenForCheckIn(state, now, closes);
  const record = state.checkIns[volunteer.id];
  if (!record) throw new InvalidStateTransition('you have not checked in', undefined, 'not_checked_in');
  if (record.checkedOutAt)
    throw new InvalidStateTransition(`already checked out at ${record.checkedOutAt}`, undefined, 'already_checked_out');
  const d = withDefaults(state.details);
  const hours = measuredHours(d, record.checkedInAt, now);
  const { activityId } = d;
  const events: ActivityEvent[] = [
    {
      type: VOLUNTEERING_EVENTS.checkedOut,
      data: { activityId, kind: volunteer.kind, volunteerId: volunteer.id, at: now, hours },
    },
  ];
  if (d.hoursVerification === 'automatic' && hours > 0 && !attendedOf(state, volunteer.kind).includes(volunteer.id))
    events.push(hoursVerified(d, volunteer, hours, now));
  return events;
}

function recordAttendance(
  state: PublishedActivity,
  command: Extract<ActivityCommand, { type: 'RecordAttendance' }>,
): ActivityEvent[] {
  const { volunteer, now } = command;
  const d = withDefaults(state.details);
  const field = FIELD[volunteer.kind];
  if (state.cancelled) throw new InvalidStateTransition('the activity is cancelled');
  if (now < d.startsAt) throw new InvalidStateTransition('the activity has not started');
  if (!listOf(state, volunteer.kind).includes(volunteer.id))
    throw new DomainRuleViolation(`${WHO[volunteer.kind]} did not sign up for this activity`, 'not_signed_up', {
      field,
    });
  if (attendedOf(state, volunteer.kind).includes(volunteer.id))
    throw new InvalidStateTransition(`attendance is already recorded for ${WHO[volunteer.kind]}`);
  const hours = command.hours ?? measuredFor(state, volunteer);
  if (hours > durationHours(d))
    throw new DomainRuleViolation(`at most ${durationHours(d)} hours: the length of the activity`, 'too_many_hours', {
      field: 'hours',
    });
  if (volunteer.kind !== 'organisation') return [hoursVerified(d, volunteer, hours, now)];
  const signedUp = state.organisations[volunteer.id];
  const headcount = command.headcount ?? signedUp;
  if (headcount > signedUp)
    throw new DomainRuleViolation(`the organisation signed up ${signedUp} people`, 'too_many_people', {
      field: 'headcount',
    });
  const data = { activityId: d.activityId, unitId: volunteer.id, headcount, hours, ...served(d, now) };
  return [{ type: VOLUNTEERING_EVENTS.organisationHoursVerified, data }];
}

/** The hours a completed check-in and check-out measured; without them the organiser must say. */
function measuredFor(state: PublishedActivity, volunteer: VolunteerRef): number {
  const record = state.checkIns[volunteer.id];
  if (!record?.checkedOutAt)
    throw new DomainRuleViolation(
      'give the hours: the volunteer has not checked in and out by code',
      'hours_required',
      { field: 'hours' },
    );
  const hours = measuredHours(state.details, record.checkedInAt, record.checkedOutAt);
  if (hours <= 0)
    throw new DomainRuleViolation('the check-in and check-out measured no time within the activity', 'hours_required', {
      field: 'hours',
    });
  return hours;
}

const served = (d: ActivityDetails, now: string) => ({
  orgId: d.orgId,
  category: d.category,
  verifiedAt: now,
  title: d.title,
});

/** A member's verified hours are the public event the members service awards points for; a resident's are not. */
function hoursVerified(d: ActivityDetails, volunteer: PersonRef, hours: number, now: string): ActivityEvent {
  if (volunteer.kind === 'resident')
    return {
      type: VOLUNTEERING_EVENTS.residentHoursVerified,
      data: { activityId: d.activityId, residentId: volunteer.id, hours, ...served(d, now) },
    };
  const data = {
    activityId: d.activityId,
    memberId: volunteer.id,
    hours,
    pointsPerHour: d.pointsPerHour,
    ...served(d, now),
  };
  return { type: VOLUNTEERING_EVENTS.hoursVerified, data };
}

export const activityAggregate = defineAggregate({
  name: 'activity',
  decider: activityDecider,
  streamId: activityStreamId,
});

/** The public events among these carry their contract's payload (libs/contracts); the build stops otherwise. */
export const activityEventsConform: ConformsToContracts<ActivityEvent> = true;
