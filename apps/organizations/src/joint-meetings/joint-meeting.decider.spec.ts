import { DomainRuleViolation, fold, InvalidStateTransition, NotFound } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { type JointMeetingCommand, jointMeetingDecider, type JointMeetingEvent } from './joint-meeting.decider';

const spec = deciderSpecification(jointMeetingDecider);
type Facts = { id: string; kind: string; status: string } | null;
const street: Facts = { id: 's', kind: 'street', status: 'active' };
const unit: Facts = { id: 'u', kind: 'unit', status: 'active' };
const term = { from: '2026-01-01', to: '2028-12-31' };

const join = (org: Facts = street, unitFacts: Facts = unit, joinedOn = '2026-03-01'): JointMeetingCommand => ({
  type: 'JoinJointMeeting',
  org,
  unit: unitFacts,
  joinedOn,
});
const appoint = (org: Facts = street, unitFacts: Facts = unit, appointmentId = 'a1'): JointMeetingCommand => ({
  type: 'AppointPartTimeMember',
  org,
  unit: unitFacts,
  appointmentId,
  personName: '王芳',
  position: '兼职委员',
  term,
});
const leave = (leftOn: string, unitId = 'u'): JointMeetingCommand => ({ type: 'LeaveJointMeeting', unitId, leftOn });
const end = (appointmentId = 'a1'): JointMeetingCommand => ({
  type: 'EndAppointment',
  appointmentId,
  endedOn: '2026-06-30',
});

const joined = (unitId = 'u', joinedOn = '2026-03-01'): JointMeetingEvent => ({
  type: 'organizations.JointMeetingMemberJoined',
  data: { orgId: 's', unitId, joinedOn },
});
const left = (unitId = 'u', leftOn = '2026-05-01'): JointMeetingEvent => ({
  type: 'organizations.JointMeetingMemberLeft',
  data: { orgId: 's', unitId, leftOn },
});
const appointed = (appointmentId = 'a1'): JointMeetingEvent => ({
  type: 'organizations.PartTimeMemberAppointed',
  data: { orgId: 's', unitId: 'u', appointmentId, personName: '王芳', position: '兼职委员', term },
});
const ended = (appointmentId = 'a1'): JointMeetingEvent => ({
  type: 'organizations.PartTimeMemberAppointmentEnded',
  data: { orgId: 's', appointmentId, endedOn: '2026-06-30' },
});

/** The error a refused command throws, so its code and details can be checked as well. */
const refusal = (given: JointMeetingEvent[], command: JointMeetingCommand): unknown => {
  try {
    jointMeetingDecider.decide(command, fold(jointMeetingDecider, given));
  } catch (error) {
    return error;
  }
  throw new Error('the command was not refused');
};

const badOrgs: [string, Facts][] = [
  ['an unknown organisation', null],
  ['a district', { id: 'd', kind: 'district', status: 'active' }],
  ['a grid', { id: 'g', kind: 'grid', status: 'active' }],
  ['a unit as organisation', { id: 'u2', kind: 'unit', status: 'active' }],
  ['a dissolved street', { id: 's', kind: 'street', status: 'dissolved' }],
  ['a dissolved community', { id: 'c', kind: 'community', status: 'dissolved' }],
];
const badUnits: [string, Facts][] = [
  ['an unknown unit', null],
  ['an organisation as unit', { id: 'c', kind: 'community', status: 'active' }],
  ['a unit that is not active', { id: 'u', kind: 'unit', status: 'dissolved' }],
];

describe('joint meeting decider: membership', () => {
  it('lets an active unit join the joint meeting of a street or a community', () => {
    spec.given([]).when(join()).then([joined()]);
    spec
      .given([joined()])
      .when(join({ id: 'c', kind: 'community', status: 'active' }, { id: 'u2', kind: 'unit', status: 'active' }))
      .then([
        {
          type: 'organizations.JointMeetingMemberJoined',
          data: { orgId: 'c', unitId: 'u2', joinedOn: '2026-03-01' },
        },
      ]);
  });

  it.each(badOrgs)('refuses a joint meeting of %s (422 invalid_org)', (_, org) => {
    spec
      .given([])
      .when(join(org))
      .thenThrows(DomainRuleViolation, /active street or community/);
    expect(refusal([], join(org))).toMatchObject({ code: 'invalid_org' });
  });

  it.each(badUnits)('refuses %s as member (422 unknown_unit)', (_, unitFacts) => {
    spec
      .given([])
      .when(join(street, unitFacts))
      .thenThrows(DomainRuleViolation, /unit does not exist/);
    expect(refusal([], join(street, unitFacts))).toMatchObject({ code: 'unknown_unit', details: { field: 'unitId' } });
  });

  it('checks the organisation before the unit', () =>
    expect(refusal([], join(null, null))).toMatchObject({ code: 'invalid_org' }));

  it('refuses a unit that is already a member (409)', () => {
    spec
      .given([joined()])
      .when(join(street, unit, '2026-04-01'))
      .thenThrows(InvalidStateTransition, /already a member/);
    expect(refusal([joined()], join())).toMatchObject({ code: 'invalid_state_transition' });
  });

  it('lets a member leave on or after the day it joined, and join again later', () => {
    spec.given([joined()]).when(leave('2026-05-01')).then([left()]);
    spec
      .given([joined()])
      .when(leave('2026-03-01'))
      .then([left('u', '2026-03-01')]);
    spec
      .given([joined(), left()])
      .when(join(street, unit, '2026-07-01'))
      .then([joined('u', '2026-07-01')]);
  });

  it('refuses to leave before joining (422 invalid_date)', () => {
    spec
      .given([joined()])
      .when(leave('2026-02-28'))
      .thenThrows(DomainRuleViolation, /before it joined/);
    expect(refusal([joined()], leave('2026-02-28'))).toMatchObject({
      code: 'invalid_date',
      details: { field: 'leftOn' },
    });
  });

  it('refuses a unit that is not a member to leave (404)', () => {
    spec
      .given([])
      .when(leave('2026-05-01'))
      .thenThrows(NotFound, /not a member/);
    spec
      .given([joined('u2')])
      .when(leave('2026-05-01'))
      .thenThrows(NotFound, /not a member/);
    spec
      .given([joined(), left()])
      .when(leave('2026-06-01'))
      .thenThrows(NotFound, /not a member/);
    expect(refusal([joined(), left()], leave('2026-06-01'))).toMatchObject({ code: 'not_found' });
  });

  it('compares days, not strings: a unit joined at a time of day may leave that same day', () =>
    spec
      .given([joined('u', '2026-03-01T10:00:00Z')])
      .when(leave('2026-03-01'))
      .then([left('u', '2026-03-01')]));

  it('judges leaving against the latest joining date', () =>
    spec
      .given([joined(), left(), joined('u', '2026-07-01')])
      .when(leave('2026-06-01'))
      .thenThrows(DomainRuleViolation, /before it joined/));
});

describe('joint meeting decider: part-time committee members', () => {
  it('appoints a person of an active unit for a term', () => {
    spec.given([]).when(appoint()).then([appointed()]);
    spec
      .given([appointed()])
      .when(appoint(street, unit, 'a2'))
      .then([appointed('a2')]);
  });

  it.each(badOrgs)('refuses an appointment to the committee of %s (422 invalid_org)', (_, org) => {
    spec
      .given([])
      .when(appoint(org))
      .thenThrows(DomainRuleViolation, /active street or community/);
    expect(refusal([], appoint(org))).toMatchObject({ code: 'invalid_org' });
  });

  it.each(badUnits)('refuses to appoint someone of %s (422 unknown_unit)', (_, unitFacts) => {
    spec
      .given([])
      .when(appoint(street, unitFacts))
      .thenThrows(DomainRuleViolation, /unit does not exist/);
    expect(refusal([], appoint(street, unitFacts))).toMatchObject({
      code: 'unknown_unit',
      details: { field: 'unitId' },
    });
  });

  it('refuses a term that ends before it begins (422 invalid_term) and an appointment id used before (409)', () => {
    const backwards = { ...appoint(), term: { from: '2027-01-01', to: '2026-12-31' } } as JointMeetingCommand;
    spec
      .given([])
      .when(backwards)
      .thenThrows(DomainRuleViolation, /end before it begins/);
    expect(refusal([], backwards)).toMatchObject({ code: 'invalid_term', details: { field: 'term.to' } });
    const oneDay = { ...appoint(), term: { from: '2027-01-01', to: '2027-01-01T18:00:00Z' } } as JointMeetingCommand;
    expect(jointMeetingDecider.decide(oneDay, jointMeetingDecider.initialState())).toHaveLength(1);
    spec
      .given([appointed()])
      .when(appoint())
      .thenThrows(InvalidStateTransition, /already exists/);
  });

  it('ends an appointment once', () => {
    spec
      .given([appointed(), appointed('a2')])
      .when(end())
      .then([ended()]);
    spec
      .given([appointed(), ended()])
      .when(end())
      .thenThrows(InvalidStateTransition, /already ended/);
    expect(refusal([appointed(), ended()], end())).toMatchObject({ code: 'invalid_state_transition' });
  });

  it('refuses to end an unknown appointment (404)', () => {
    spec
      .given([])
      .when(end())
      .thenThrows(NotFound, /appointment not found/);
    spec
      .given([appointed()])
      .when(end('a2'))
      .thenThrows(NotFound, /appointment not found/);
    expect(refusal([joined()], end())).toMatchObject({ code: 'not_found' });
  });

  it('keeps membership and appointments apart in its state', () => {
    const state = fold(jointMeetingDecider, [joined(), joined('u2'), left(), appointed(), appointed('a2'), ended()]);
    expect(state).toEqual({
      orgId: 's',
      members: { u2: { joinedOn: '2026-03-01' } },
      appointments: { a1: { ended: true, from: '2026-01-01' }, a2: { ended: false, from: '2026-01-01' } },
    });
    expect(jointMeetingDecider.initialState()).toEqual({ orgId: null, members: {}, appointments: {} });
  });
});
