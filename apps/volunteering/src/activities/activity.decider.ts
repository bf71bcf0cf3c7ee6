import { ineligible, type Eligibility } from '../eligibility';
import type { ConformsToContracts, HoursVerification, VolunteerKind } from '@gongjian/contracts';
import { type Decider, defineAggregate, DomainRuleViolation, InvalidStateTransition } from '@gongjian/eventing';
import { type Category, type VolunteerHoursVerifiedV1 } from '@gongjian/contracts';
import { VOLUNTEERING_EVENTS } from '../volunteering-events';
import {
  attendedOf,
  type CheckInRecord,
  durationHours,
  FIELD,
  KIND_OPEN_TO,
  listOf,
  type PersonRef,
  placesTaken,
  type VolunteerRef,
  WHO,
  withDefaults,
} from './attendance';
import { checkIn, checkOut, recordAttendance } from './attendance.decisions';

export { durationHours, placesTaken, withDefaults } from './attendance';

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

export const activityAggregate = defineAggregate({
  name: 'activity',
  decider: activityDecider,
  streamId: activityStreamId,
});

/** The public events among these carry their contract's payload (libs/contracts); the build stops otherwise. */
export const activityEventsConform: ConformsToContracts<ActivityEvent> = true;
