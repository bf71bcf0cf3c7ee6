import { DomainRuleViolation, InvalidStateTransition } from '@gongjian/eventing';
import { VOLUNTEERING_EVENTS } from '../volunteering-events';
import type { ActivityCommand, ActivityDetails, ActivityEvent, PublishedActivity } from './activity.decider';
import {
  attendedOf,
  CHECK_IN_OPENS_BEFORE_MS,
  CHECK_OUT_CLOSES_AFTER_MS,
  durationHours,
  FIELD,
  listOf,
  measuredHours,
  type PersonRef,
  type VolunteerRef,
  WHO,
  withDefaults,
} from './attendance';

/**
 * The activity's decisions about attendance (扫码签到 and the organiser's record), beside the
 * decider (activity.decider.ts) that calls them: pure functions of the state and the command.
 */

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

export function checkIn(state: PublishedActivity, volunteer: PersonRef, now: string): ActivityEvent[] {
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
export function checkOut(state: PublishedActivity, volunteer: PersonRef, now: string): ActivityEvent[] {
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

export function recordAttendance(
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
