import { DomainRuleViolation, InvalidStateTransition } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { type ActivityDetails, activityDecider, type ActivityEvent } from './activity.decider';

const details: ActivityDetails = {
  activityId: 'a-1',
  orgId: 'g-1',
  communityId: 'c-1',
  title: '助老',
  description: '',
  category: 'elderly_care',
  place: '',
  startsAt: '2026-12-01T08:00:00.000Z',
  endsAt: '2026-12-01T11:00:00.000Z',
  slots: 1,
  pointsPerHour: 10,
};
const published: ActivityEvent = { type: 'volunteering.ActivityPublished', data: details };
const signed = (memberId: string): ActivityEvent => ({
  type: 'volunteering.VolunteerSignedUp',
  data: { activityId: 'a-1', memberId },
});
const ok = { ok: true, reason: 'branch' };
const before = '2026-11-30T00:00:00.000Z';
const during = '2026-12-01T09:00:00.000Z';
const spec = deciderSpecification(activityDecider);

describe('activity decider', () => {
  it('signs up eligible members while places remain and the activity has not finished', () => {
    spec
      .given([published])
      .when({ type: 'SignUp', memberId: 'm-1', eligibility: ok, now: before })
      .then([signed('m-1')]);
    spec
      .given([published, signed('m-1')])
      .when({ type: 'SignUp', memberId: 'm-2', eligibility: ok, now: before })
      .thenThrows(DomainRuleViolation, /places/);
    spec
      .given([published, signed('m-1')])
      .when({ type: 'SignUp', memberId: 'm-1', eligibility: ok, now: before })
      .thenThrows(InvalidStateTransition);
    spec
      .given([published])
      .when({ type: 'SignUp', memberId: 'm-1', eligibility: ok, now: details.endsAt })
      .thenThrows(InvalidStateTransition, /finished/);
    spec
      .given([published])
      .when({ type: 'SignUp', memberId: 'm-1', eligibility: { ok: false, reason: 'not_in_community' }, now: before })
      .thenThrows(DomainRuleViolation);
  });

  it('verifies hours of signed-up members once, up to the length of the activity', () => {
    spec
      .given([published, signed('m-1')])
      .when({ type: 'RecordAttendance', memberId: 'm-1', hours: 3, now: during })
      .then((events) =>
        expect(events[0]).toMatchObject({
          type: 'volunteering.VolunteerHoursVerified',
          data: { hours: 3, pointsPerHour: 10 },
        }),
      );
    spec
      .given([published, signed('m-1')])
      .when({ type: 'RecordAttendance', memberId: 'm-1', hours: 3.5, now: during })
      .thenThrows(DomainRuleViolation, /at most 3/);
    spec
      .given([published, signed('m-1')])
      .when({ type: 'RecordAttendance', memberId: 'm-1', hours: 1, now: before })
      .thenThrows(InvalidStateTransition, /not started/);
    spec
      .given([published])
      .when({ type: 'RecordAttendance', memberId: 'm-1', hours: 1, now: during })
      .thenThrows(DomainRuleViolation, /did not sign up/);
  });
});
