import { ineligible } from '../eligibility';
import type { ConformsToContracts } from '@gongjian/contracts';
import { type Decider, defineAggregate, DomainRuleViolation, InvalidStateTransition } from '@gongjian/eventing';
import { type Category, type VolunteerHoursVerifiedV1 } from '@gongjian/contracts';
import { VOLUNTEERING_EVENTS } from '../volunteering-events';

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
}

export type ActivityCommand =
  | { type: 'PublishActivity'; details: ActivityDetails }
  | { type: 'SignUp'; memberId: string; eligibility: { ok: boolean; reason: string }; now: string }
  | { type: 'CancelSignUp'; memberId: string; now: string }
  | { type: 'CancelActivity'; reason: string; now: string }
  | { type: 'RecordAttendance'; memberId: string; hours: number; now: string };

export type ActivityEvent =
  | { type: typeof VOLUNTEERING_EVENTS.activityPublished; data: ActivityDetails }
  | { type: typeof VOLUNTEERING_EVENTS.signedUp; data: { activityId: string; memberId: string } }
  | { type: typeof VOLUNTEERING_EVENTS.signUpCancelled; data: { activityId: string; memberId: string } }
  | { type: typeof VOLUNTEERING_EVENTS.activityCancelled; data: { activityId: string; reason: string } }
  | { type: typeof VOLUNTEERING_EVENTS.hoursVerified; data: VolunteerHoursVerifiedV1 };

export type ActivityState =
  | { exists: false }
  | { exists: true; details: ActivityDetails; cancelled: boolean; signedUp: string[]; attended: string[] };

export const activityStreamId = (id: string) => `volunteering.activity-${id}`;

/** Hours an activity lasts (the most anyone can be credited for it). */
export const durationHours = (d: Pick<ActivityDetails, 'startsAt' | 'endsAt'>) =>
  (Date.parse(d.endsAt) - Date.parse(d.startsAt)) / 3_600_000;

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
    const { activityId } = state.details;
    const finished = command.now >= state.details.endsAt;
    switch (command.type) {
      case 'SignUp': {
        if (state.cancelled) throw new InvalidStateTransition('the activity is cancelled');
        if (finished) throw new InvalidStateTransition('the activity has finished');
        if (state.signedUp.includes(command.memberId))
          throw new InvalidStateTransition('the member has already signed up');
        if (!command.eligibility.ok)
          throw new DomainRuleViolation(ineligible(command.eligibility.reason, 'sign up'), command.eligibility.reason, {
            field: 'memberId',
          });
        if (state.signedUp.length >= state.details.slots)
          throw new DomainRuleViolation(`all ${state.details.slots} places are taken`, 'activity_full', {
            field: 'memberId',
          });
        return [{ type: VOLUNTEERING_EVENTS.signedUp, data: { activityId, memberId: command.memberId } }];
      }
      case 'CancelSignUp':
        if (!state.signedUp.includes(command.memberId))
          throw new InvalidStateTransition('the member has not signed up');
        if (state.attended.includes(command.memberId))
          throw new InvalidStateTransition('attendance is already recorded');
        if (finished) throw new InvalidStateTransition('the activity has finished');
        return [{ type: VOLUNTEERING_EVENTS.signUpCancelled, data: { activityId, memberId: command.memberId } }];
      case 'CancelActivity':
        if (state.cancelled) throw new InvalidStateTransition('the activity is already cancelled');
        if (state.attended.length > 0) throw new InvalidStateTransition('attendance has been recorded');
        return [{ type: VOLUNTEERING_EVENTS.activityCancelled, data: { activityId, reason: command.reason } }];
      case 'RecordAttendance': {
        if (state.cancelled) throw new InvalidStateTransition('the activity is cancelled');
        if (command.now < state.details.startsAt) throw new InvalidStateTransition('the activity has not started');
        if (!state.signedUp.includes(command.memberId))
          throw new DomainRuleViolation('the member did not sign up for this activity', 'not_signed_up', {
            field: 'memberId',
          });
        if (state.attended.includes(command.memberId))
          throw new InvalidStateTransition('attendance is already recorded for this member');
        if (command.hours > durationHours(state.details))
          throw new DomainRuleViolation(
            `at most ${durationHours(state.details)} hours: the length of the activity`,
            'too_many_hours',
            { field: 'hours' },
          );
        const d = state.details;
        return [
          {
            type: VOLUNTEERING_EVENTS.hoursVerified,
            data: {
              activityId,
              memberId: command.memberId,
              orgId: d.orgId,
              category: d.category,
              hours: command.hours,
              pointsPerHour: d.pointsPerHour,
              verifiedAt: command.now,
              title: d.title,
            },
          },
        ];
      }
    }
  },

  evolve(state, event) {
    if (event.type === VOLUNTEERING_EVENTS.activityPublished)
      return { exists: true, details: event.data, cancelled: false, signedUp: [], attended: [] };
    if (!state.exists) return state;
    switch (event.type) {
      case VOLUNTEERING_EVENTS.signedUp:
        return { ...state, signedUp: [...state.signedUp, event.data.memberId] };
      case VOLUNTEERING_EVENTS.signUpCancelled:
        return { ...state, signedUp: state.signedUp.filter((m) => m !== event.data.memberId) };
      case VOLUNTEERING_EVENTS.activityCancelled:
        return { ...state, cancelled: true };
      case VOLUNTEERING_EVENTS.hoursVerified:
        return { ...state, attended: [...state.attended, event.data.memberId] };
    }
  },
};

export const activityAggregate = defineAggregate({
  name: 'activity',
  decider: activityDecider,
  streamId: activityStreamId,
});

/** The public events among these carry their contract's payload (libs/contracts); the build stops otherwise. */
export const activityEventsConform: ConformsToContracts<ActivityEvent> = true;
