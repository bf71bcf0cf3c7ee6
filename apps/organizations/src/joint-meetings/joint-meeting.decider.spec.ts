import { DomainRuleViolation, fold, InvalidStateTransition, NotFound } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import type { Side, Sides } from '../relation-sides';
import { type JointMeetingCommand, jointMeetingDecider, type JointMeetingEvent } from './joint-meeting.decider';

const spec = deciderSpecification(jointMeetingDecider);
type Facts = { id: string; kind: string; status: string } | null;
const street: Facts = { id: 's', kind: 'street', status: 'active' };
const unit: Facts = { id: 'u', kind: 'unit', status: 'active' };
const term = { from: '2026-01-01', to: '2028-12-31' };

const join = (
  org: Facts = street,
  unitFacts: Facts = unit,
  joinedOn: string | null = '2026-03-01',
  by: Sides = 'both',
): JointMeetingCommand => ({
  type: 'JoinJointMeeting',
  org,
  unit: unitFacts,
  joinedOn: joinedOn ?? undefined,
  by,
  today: '2026-03-01',
});
const appoint = (org: Facts = street, unitFacts: Facts = unit, appointmentId = 'a1'): JointMeetingCommand => ({
  type: 'AppointPartTimeMember',
  org,
  unit: unitFacts,
  by: 'both',
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

/** What is wrong with the organisation, its code (the codes of requireActive where they apply), the words. */
const badOrgs: [string, Facts, string, RegExp][] = [
  ['an unknown organisation', null, 'unknown_organisation', /does not exist/],
  ['a grid', { id: 'g', kind: 'grid', status: 'active' }, 'invalid_org', /a district, a street or a community/],
  [
    'a unit as organisation',
    { id: 'u2', kind: 'unit', status: 'active' },
    'invalid_org',
    /a district, a street or a community/,
  ],
  ['a dissolved street', { id: 's', kind: 'street', status: 'dissolved' }, 'organisation_dissolved', /dissolved/],
  ['a dissolved community', { id: 'c', kind: 'community', status: 'dissolved' }, 'organisation_dissolved', /dissolved/],
];
const badUnits: [string, Facts, string, RegExp][] = [
  ['an unknown unit', null, 'unknown_unit', /unit does not exist/],
  ['an organisation as unit', { id: 'c', kind: 'community', status: 'active' }, 'unknown_unit', /unit does not exist/],
  ['a unit that is not active', { id: 'u', kind: 'unit', status: 'dissolved' }, 'organisation_dissolved', /dissolved/],
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

  it.each(badOrgs)('refuses a joint meeting of %s (422 %s)', (_, org, code, message) => {
    spec.given([]).when(join(org)).thenThrows(DomainRuleViolation, message);
    expect(refusal([], join(org))).toMatchObject({ code });
  });

  it.each(badUnits)('refuses %s as member (422 %s)', (_, unitFacts, code, message) => {
    spec.given([]).when(join(street, unitFacts)).thenThrows(DomainRuleViolation, message);
    expect(refusal([], join(street, unitFacts))).toMatchObject({ code, details: { field: 'unitId' } });
  });

  it('checks the organisation before the unit', () =>
    expect(refusal([], join(null, null))).toMatchObject({ code: 'unknown_organisation' }));

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

describe('joint meeting decider: one side invites or applies, the other confirms', () => {
  const proposed = (proposedBy: Side, joinedOn?: string): JointMeetingEvent => ({
    type: 'organizations.JointMeetingMembershipProposed',
    data: { orgId: 's', unitId: 'u', proposedBy, proposedOn: '2026-03-01', ...(joinedOn ? { joinedOn } : {}) },
  });
  const answer = (
    type: 'ConfirmJointMeetingMembership' | 'DeclineJointMeetingMembership' | 'WithdrawJointMeetingMembership',
    by: Sides,
  ): JointMeetingCommand =>
    type === 'ConfirmJointMeetingMembership'
      ? { type, org: street, unit, by, today: '2026-03-05' }
      : { type, unitId: 'u', by, today: '2026-03-05' };
  const closed = { orgId: 's', unitId: 'u', on: '2026-03-05' };

  it.each(['organization', 'unit'] as const)(
    'records an invitation or application by the %s side, not a member',
    (side) => {
      spec
        .given([])
        .when(join(street, unit, null, side))
        .then([proposed(side)]);
      expect(fold(jointMeetingDecider, [proposed(side)]).members).toEqual({});
    },
  );

  it('makes the unit a member when the other side confirms, on the day named or the day confirmed', () => {
    spec
      .given([proposed('organization')])
      .when(answer('ConfirmJointMeetingMembership', 'unit'))
      .then([joined('u', '2026-03-05')]);
    spec
      .given([proposed('unit', '2026-04-01')])
      .when(answer('ConfirmJointMeetingMembership', 'organization'))
      .then([joined('u', '2026-04-01')]);
    spec
      .given([proposed('unit')])
      .when(answer('ConfirmJointMeetingMembership', 'both'))
      .then([joined('u', '2026-03-05')]);
    expect(fold(jointMeetingDecider, [proposed('unit'), joined()]).pending).toEqual({});
  });

  it('refuses the proposing side answering itself, and the other side withdrawing (409)', () => {
    spec
      .given([proposed('organization')])
      .when(answer('ConfirmJointMeetingMembership', 'organization'))
      .thenThrows(InvalidStateTransition, /cannot answer itself/);
    spec
      .given([proposed('unit')])
      .when(answer('DeclineJointMeetingMembership', 'unit'))
      .thenThrows(InvalidStateTransition, /cannot answer itself/);
    spec
      .given([proposed('unit')])
      .when(answer('WithdrawJointMeetingMembership', 'organization'))
      .thenThrows(InvalidStateTransition, /only the side that proposed/);
  });

  it('lets the other side decline and the proposer withdraw; then the unit may be proposed again', () => {
    spec
      .given([proposed('unit')])
      .when(answer('DeclineJointMeetingMembership', 'organization'))
      .then([{ type: 'organizations.JointMeetingMembershipDeclined', data: closed }]);
    spec
      .given([proposed('organization')])
      .when(answer('WithdrawJointMeetingMembership', 'organization'))
      .then([{ type: 'organizations.JointMeetingMembershipWithdrawn', data: closed }]);
    spec
      .given([proposed('unit'), { type: 'organizations.JointMeetingMembershipDeclined', data: closed }])
      .when(join(street, unit, null, 'organization'))
      .then([proposed('organization')]);
  });

  it('refuses a second proposal while one is pending (409), and answers to none (404)', () => {
    spec
      .given([proposed('unit')])
      .when(join(street, unit, null, 'unit'))
      .thenThrows(InvalidStateTransition, /awaits confirmation/);
    spec
      .given([proposed('unit')])
      .when(join(street, unit, null, 'both'))
      .thenThrows(InvalidStateTransition, /awaits confirmation/);
    spec
      .given([])
      .when(answer('ConfirmJointMeetingMembership', 'both'))
      .thenThrows(NotFound, /awaits confirmation/);
    spec
      .given([joined()])
      .when(answer('DeclineJointMeetingMembership', 'both'))
      .thenThrows(NotFound, /awaits confirmation/);
  });

  it('refuses to confirm for a unit that is no longer active (422)', () =>
    expect(
      refusal([proposed('organization')], {
        type: 'ConfirmJointMeetingMembership',
        org: street,
        unit: { id: 'u', kind: 'unit', status: 'dissolved' },
        by: 'unit',
        today: '2026-03-05',
      }),
    ).toMatchObject({ code: 'organisation_dissolved', details: { field: 'unitId' } }));
});

describe('joint meeting decider: part-time committee members', () => {
  it('appoints people of a member unit when asked by one side; of any unit only by an account over both', () => {
    const bySide = { ...appoint(), by: 'organization' } as JointMeetingCommand;
    spec
      .given([])
      .when(bySide)
      .thenThrows(DomainRuleViolation, /once the unit is a member/);
    expect(refusal([], bySide)).toMatchObject({ code: 'unit_not_a_member', details: { field: 'unitId' } });
    spec.given([joined()]).when(bySide).then([appointed()]);
    spec
      .given([joined(), left()])
      .when(bySide)
      .thenThrows(DomainRuleViolation, /once the unit is a member/);
  });

  it('appoints a person of an active unit for a term', () => {
    spec.given([]).when(appoint()).then([appointed()]);
    spec
      .given([appointed()])
      .when(appoint(street, unit, 'a2'))
      .then([appointed('a2')]);
  });

  it.each(badOrgs)('refuses an appointment to the committee of %s (422 %s)', (_, org, code, message) => {
    spec.given([]).when(appoint(org)).thenThrows(DomainRuleViolation, message);
    expect(refusal([], appoint(org))).toMatchObject({ code });
  });

  it.each(badUnits)('refuses to appoint someone of %s (422 %s)', (_, unitFacts, code, message) => {
    spec.given([]).when(appoint(street, unitFacts)).thenThrows(DomainRuleViolation, message);
    expect(refusal([], appoint(street, unitFacts))).toMatchObject({ code, details: { field: 'unitId' } });
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
      pending: {},
      appointments: { a1: { ended: true, from: '2026-01-01' }, a2: { ended: false, from: '2026-01-01' } },
    });
    expect(jointMeetingDecider.initialState()).toEqual({ orgId: null, members: {}, pending: {}, appointments: {} });
  });
});

describe('joint meeting decider: branches (分会) of the district council', () => {
  const district: Facts = { id: 'd', kind: 'district', status: 'active' };
  const mark = (
    council: Facts = district,
    parentId: string | null = 'd',
    org: Facts = street,
  ): JointMeetingCommand => ({
    type: 'MarkBranch',
    org,
    parentId,
    council,
  });
  const marked: JointMeetingEvent = {
    type: 'organizations.JointMeetingBranchMarked',
    data: { orgId: 's', councilOrgId: 'd' },
  };

  it("marks a street's meeting a branch of its own district's council, once", () => {
    spec.given([]).when(mark()).then([marked]);
    spec.given([marked]).when(mark()).thenThrows(InvalidStateTransition);
  });

  it.each([
    ['a community', mark(district, 'd', { id: 'c', kind: 'community', status: 'active' }), 'invalid_org'],
    ['another district', mark({ id: 'd2', kind: 'district', status: 'active' }), 'not_above'],
    ['a street as council', mark({ id: 's2', kind: 'street', status: 'active' }), 'unknown_district'],
  ])('refuses %s', (_, command, code) => {
    spec.given([]).when(command).thenThrows(DomainRuleViolation);
    expect(refusal([], command)).toMatchObject({ code });
  });
});
