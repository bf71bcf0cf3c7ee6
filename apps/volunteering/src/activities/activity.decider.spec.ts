import { DomainRuleViolation, InvalidStateTransition } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { type ActivityDetails, activityDecider, type ActivityEvent } from './activity.decider';
import type { PersonRef } from './attendance';

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
/** open to everyone, five places, hours verified at check-out */
const openToAll: ActivityEvent = {
  type: 'volunteering.ActivityPublished',
  data: { ...details, slots: 5, openTo: ['members', 'residents', 'organisations'], hoursVerification: 'automatic' },
};
const signed = (memberId: string): ActivityEvent => ({
  type: 'volunteering.VolunteerSignedUp',
  data: { activityId: 'a-1', memberId },
});
const residentSigned = (residentId: string): ActivityEvent => ({
  type: 'volunteering.ResidentSignedUp',
  data: { activityId: 'a-1', residentId },
});
const checkedIn = (p: PersonRef, at: string): ActivityEvent => ({
  type: 'volunteering.VolunteerCheckedIn',
  data: { activityId: 'a-1', kind: p.kind, volunteerId: p.id, at },
});
const member = (id: string) => ({ kind: 'member' as const, id });
const resident = (id: string) => ({ kind: 'resident' as const, id });
const organisation = (id: string) => ({ kind: 'organisation' as const, id });
const ok = { ok: true, reason: 'branch' };
const before = '2026-11-30T00:00:00.000Z';
const during = '2026-12-01T09:00:00.000Z';
const spec = deciderSpecification(activityDecider);

describe('activity decider', () => {
  it('signs up eligible members while places remain and the activity has not finished', () => {
    spec
      .given([published])
      .when({ type: 'SignUp', volunteer: member('m-1'), eligibility: ok, now: before })
      .then([signed('m-1')]);
    spec
      .given([published, signed('m-1')])
      .when({ type: 'SignUp', volunteer: member('m-2'), eligibility: ok, now: before })
      .thenThrows(DomainRuleViolation, /places/);
    spec
      .given([published, signed('m-1')])
      .when({ type: 'SignUp', volunteer: member('m-1'), eligibility: ok, now: before })
      .thenThrows(InvalidStateTransition);
    spec
      .given([published])
      .when({ type: 'SignUp', volunteer: member('m-1'), eligibility: ok, now: details.endsAt })
      .thenThrows(InvalidStateTransition, /finished/);
    spec
      .given([published])
      .when({
        type: 'SignUp',
        volunteer: member('m-1'),
        eligibility: { ok: false, reason: 'not_in_community' },
        now: before,
      })
      .thenThrows(DomainRuleViolation);
  });

  it('takes only the kinds of volunteer the activity is open to (an activity of before issue 18: members)', () => {
    spec
      .given([published])
      .when({ type: 'SignUp', volunteer: resident('r-1'), eligibility: ok, now: before })
      .thenThrows(DomainRuleViolation, /not open to residents/);
    spec
      .given([openToAll])
      .when({ type: 'SignUp', volunteer: resident('r-1'), eligibility: ok, now: before })
      .then([residentSigned('r-1')]);
    spec
      .given([{ ...openToAll, data: { ...openToAll.data, openTo: ['residents'] } } as ActivityEvent])
      .when({ type: 'SignUp', volunteer: member('m-1'), eligibility: ok, now: before })
      .thenThrows(DomainRuleViolation, /not open to members/);
  });

  it('counts a social organisation’s headcount against the places, and lets it cancel as a whole', () => {
    spec
      .given([openToAll, signed('m-1')])
      .when({ type: 'SignUp', volunteer: organisation('u-1'), headcount: 5, eligibility: ok, now: before })
      .thenThrows(DomainRuleViolation, /only 4 of 5 places are left/);
    const orgSigned: ActivityEvent = {
      type: 'volunteering.OrganisationSignedUp',
      data: { activityId: 'a-1', unitId: 'u-1', headcount: 4 },
    };
    spec
      .given([openToAll, signed('m-1')])
      .when({ type: 'SignUp', volunteer: organisation('u-1'), headcount: 4, eligibility: ok, now: before })
      .then([orgSigned]);
    spec
      .given([openToAll, signed('m-1'), orgSigned])
      .when({ type: 'SignUp', volunteer: resident('r-1'), eligibility: ok, now: before })
      .thenThrows(DomainRuleViolation, /all 5 places are taken/);
    spec
      .given([openToAll, orgSigned])
      .when({ type: 'CancelSignUp', volunteerId: 'u-1', now: before })
      .then([{ type: 'volunteering.OrganisationSignUpCancelled', data: { activityId: 'a-1', unitId: 'u-1' } }]);
    spec
      .given([openToAll, orgSigned])
      .when({ type: 'RecordAttendance', volunteer: organisation('u-1'), hours: 2, headcount: 3, now: during })
      .then([
        {
          type: 'volunteering.OrganisationHoursVerified',
          data: {
            activityId: 'a-1',
            unitId: 'u-1',
            headcount: 3,
            hours: 2,
            orgId: 'g-1',
            category: 'elderly_care',
            verifiedAt: during,
            title: '助老',
          },
        },
      ]);
    spec
      .given([openToAll, orgSigned])
      .when({ type: 'RecordAttendance', volunteer: organisation('u-1'), hours: 2, headcount: 5, now: during })
      .thenThrows(DomainRuleViolation, /signed up 4 people/);
  });

  it('verifies hours of signed-up members once, up to the length of the activity', () => {
    spec
      .given([published, signed('m-1')])
      .when({ type: 'RecordAttendance', volunteer: member('m-1'), hours: 3, now: during })
      .then((events) =>
        expect(events[0]).toMatchObject({
          type: 'volunteering.VolunteerHoursVerified',
          data: { hours: 3, pointsPerHour: 10 },
        }),
      );
    spec
      .given([published, signed('m-1')])
      .when({ type: 'RecordAttendance', volunteer: member('m-1'), hours: 3.5, now: during })
      .thenThrows(DomainRuleViolation, /at most 3/);
    spec
      .given([published, signed('m-1')])
      .when({ type: 'RecordAttendance', volunteer: member('m-1'), hours: 1, now: before })
      .thenThrows(InvalidStateTransition, /not started/);
    spec
      .given([published])
      .when({ type: 'RecordAttendance', volunteer: member('m-1'), hours: 1, now: during })
      .thenThrows(DomainRuleViolation, /did not sign up/);
  });

  it('checks a signed-up person in once, from 30 minutes before the start until the end', () => {
    const m = member('m-1');
    spec
      .given([openToAll, signed('m-1')])
      .when({ type: 'CheckIn', volunteer: m, now: '2026-12-01T07:30:00.000Z' })
      .then([checkedIn(m, '2026-12-01T07:30:00.000Z')]);
    for (const now of ['2026-12-01T07:29:59.999Z', details.endsAt])
      spec
        .given([openToAll, signed('m-1')])
        .when({ type: 'CheckIn', volunteer: m, now })
        .thenThrows(InvalidStateTransition, /check-in opens 30 minutes before/);
    spec
      .given([openToAll])
      .when({ type: 'CheckIn', volunteer: m, now: during })
      .thenThrows(DomainRuleViolation, /did not sign up/);
    spec
      .given([openToAll, residentSigned('r-1')])
      .when({ type: 'CheckIn', volunteer: member('r-1'), now: during })
      .thenThrows(DomainRuleViolation, /did not sign up/);
    spec
      .given([openToAll, signed('m-1'), checkedIn(m, during)])
      .when({ type: 'CheckIn', volunteer: m, now: during })
      .thenThrows(InvalidStateTransition, /already checked in/);
    spec
      .given([
        openToAll,
        signed('m-1'),
        { type: 'volunteering.ActivityCancelled', data: { activityId: 'a-1', reason: '' } },
      ])
      .when({ type: 'CheckIn', volunteer: m, now: during })
      .thenThrows(InvalidStateTransition, /cancelled/);
  });

  it('measures the time within the activity at check-out, and verifies it at once when the activity says automatic', () => {
    const r = resident('r-1');
    spec
      .given([openToAll, residentSigned('r-1'), checkedIn(r, '2026-12-01T07:40:00.000Z')])
      .when({ type: 'CheckOut', volunteer: r, now: '2026-12-01T10:20:00.000Z' })
      .then([
        {
          type: 'volunteering.VolunteerCheckedOut',
          data: {
            activityId: 'a-1',
            kind: 'resident',
            volunteerId: 'r-1',
            at: '2026-12-01T10:20:00.000Z',
            hours: 2.25,
          },
        },
        {
          type: 'volunteering.ResidentHoursVerified',
          data: {
            activityId: 'a-1',
            residentId: 'r-1',
            hours: 2.25,
            orgId: 'g-1',
            category: 'elderly_care',
            verifiedAt: '2026-12-01T10:20:00.000Z',
            title: '助老',
          },
        },
      ]);
    // checked out after the end: at most the activity's length
    const m = member('m-1');
    spec
      .given([openToAll, signed('m-1'), checkedIn(m, '2026-12-01T07:50:00.000Z')])
      .when({ type: 'CheckOut', volunteer: m, now: '2026-12-01T12:59:00.000Z' })
      .then((events) => {
        expect(events.map((e) => e.type)).toEqual([
          'volunteering.VolunteerCheckedOut',
          'volunteering.VolunteerHoursVerified',
        ]);
        expect(events[1].data).toMatchObject({ memberId: 'm-1', hours: 3, pointsPerHour: 10 });
      });
    spec
      .given([openToAll, signed('m-1'), checkedIn(m, during)])
      .when({ type: 'CheckOut', volunteer: m, now: '2026-12-01T13:00:00.000Z' })
      .thenThrows(InvalidStateTransition, /check-out closes 2 hours after/);
    spec
      .given([openToAll, signed('m-1')])
      .when({ type: 'CheckOut', volunteer: m, now: during })
      .thenThrows(InvalidStateTransition, /not checked in/);
    const out: ActivityEvent = {
      type: 'volunteering.VolunteerCheckedOut',
      data: { activityId: 'a-1', kind: 'member', volunteerId: 'm-1', at: during, hours: 0.5 },
    };
    spec
      .given([openToAll, signed('m-1'), checkedIn(m, '2026-12-01T08:30:00.000Z'), out])
      .when({ type: 'CheckOut', volunteer: m, now: during })
      .thenThrows(InvalidStateTransition, /already checked out/);
  });

  it('with the organiser confirming, check-out verifies nothing; the organiser confirms the measured hours', () => {
    const m = member('m-1');
    const organiser: ActivityEvent = { type: 'volunteering.ActivityPublished', data: { ...details, slots: 5 } };
    const inAt = checkedIn(m, '2026-12-01T08:00:00.000Z');
    spec
      .given([organiser, signed('m-1'), inAt])
      .when({ type: 'CheckOut', volunteer: m, now: '2026-12-01T09:35:00.000Z' })
      .then((events) => expect(events.map((e) => e.type)).toEqual(['volunteering.VolunteerCheckedOut']));
    const out: ActivityEvent = {
      type: 'volunteering.VolunteerCheckedOut',
      data: { activityId: 'a-1', kind: 'member', volunteerId: 'm-1', at: '2026-12-01T09:35:00.000Z', hours: 1.5 },
    };
    spec
      .given([organiser, signed('m-1'), inAt, out])
      .when({ type: 'RecordAttendance', volunteer: m, now: '2026-12-01T10:00:00.000Z' })
      .then((events) => expect(events[0].data).toMatchObject({ memberId: 'm-1', hours: 1.5 }));
    spec
      .given([organiser, signed('m-1'), inAt])
      .when({ type: 'RecordAttendance', volunteer: m, now: '2026-12-01T10:00:00.000Z' })
      .thenThrows(DomainRuleViolation, /give the hours/);
    // a checked-in volunteer cannot take the sign-up back
    spec
      .given([organiser, signed('m-1'), inAt])
      .when({ type: 'CancelSignUp', volunteerId: 'm-1', now: during })
      .thenThrows(InvalidStateTransition, /checked in/);
  });
});
