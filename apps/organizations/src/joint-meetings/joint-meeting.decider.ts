import {
  type Decider,
  defineAggregate,
  DomainRuleViolation,
  InvalidStateTransition,
  NotFound,
} from '@gongjian/eventing';
import { otherSide, type Side, type Sides } from '../relation-sides';

type Facts = { id: string; kind: string; status: string } | null;

/**
 * 联席会议 and 兼职委员 of a street or community: units join and leave its joint meeting, and
 * people of units are appointed to its committee for a term. One stream per organisation.
 * Membership is a relationship of two parties: the organisation invites a unit or the unit applies
 * (`by` one side), the other side confirms or declines, the proposer may withdraw; an account over
 * both sides (`by: 'both'`) makes a unit a member at once. People of a unit are appointed to the
 * committee only once the unit is a member, or by an account over both sides.
 */
export type JointMeetingCommand =
  | { type: 'JoinJointMeeting'; org: Facts; unit: Facts; joinedOn?: string; by: Sides; today: string }
  | { type: 'ConfirmJointMeetingMembership'; org: Facts; unit: Facts; by: Sides; today: string }
  | { type: 'DeclineJointMeetingMembership'; unitId: string; by: Sides; today: string }
  | { type: 'WithdrawJointMeetingMembership'; unitId: string; by: Sides; today: string }
  | { type: 'LeaveJointMeeting'; unitId: string; leftOn: string }
  | {
      type: 'AppointPartTimeMember';
      org: Facts;
      unit: Facts;
      by: Sides;
      appointmentId: string;
      personName: string;
      position: string;
      term: { from: string; to: string };
    }
  | { type: 'EndAppointment'; appointmentId: string; endedOn: string }
  /** 分会 (issue 20): a street's joint meeting as a branch of the district council above it */
  | { type: 'MarkBranch'; org: Facts; parentId: string | null; council: Facts };

/** An invitation (proposed by the organisation) or an application (by the unit), awaiting the other side. */
export interface MembershipProposal {
  orgId: string;
  unitId: string;
  proposedBy: Side;
  proposedOn: string;
  /** the joining day the proposer named, if any (else the day of confirmation) */
  joinedOn?: string;
}
type ProposalClosed = { orgId: string; unitId: string; on: string };

export type JointMeetingEvent =
  | { type: 'organizations.JointMeetingMembershipProposed'; data: MembershipProposal }
  | { type: 'organizations.JointMeetingMembershipDeclined'; data: ProposalClosed }
  | { type: 'organizations.JointMeetingMembershipWithdrawn'; data: ProposalClosed }
  | { type: 'organizations.JointMeetingMemberJoined'; data: { orgId: string; unitId: string; joinedOn: string } }
  | { type: 'organizations.JointMeetingMemberLeft'; data: { orgId: string; unitId: string; leftOn: string } }
  | {
      type: 'organizations.PartTimeMemberAppointed';
      data: {
        orgId: string;
        unitId: string;
        appointmentId: string;
        personName: string;
        position: string;
        term: { from: string; to: string };
      };
    }
  | {
      type: 'organizations.PartTimeMemberAppointmentEnded';
      data: { orgId: string; appointmentId: string; endedOn: string };
    }
  | { type: 'organizations.JointMeetingBranchMarked'; data: { orgId: string; councilOrgId: string } };

export interface JointMeetingState {
  orgId: string | null;
  members: Record<string, { joinedOn: string }>;
  /** proposals awaiting the other side, by unit */
  pending: Record<string, { proposedBy: Side; joinedOn?: string }>;
  appointments: Record<string, { ended: boolean; from: string }>;
  /** the district council this street's meeting is a branch (分会) of */
  branchOf?: string | null;
}

/** The calendar day of a date or a timestamp (`2026-03-01` and `2026-03-01T10:00Z` are the same day). */
const day = (date: string) => date.slice(0, 10);

export const jointMeetingStreamId = (orgId: string) => `organizations.jointMeeting-${orgId}`;

/**
 * Both known and active (the codes of requireActive), the organisation a district (its council,
 * issue 20), a street or a community.
 */
function checkOrgAndUnit(org: Facts, unit: Facts): { orgId: string; unitId: string } {
  if (!org) throw new DomainRuleViolation('the organisation does not exist', 'unknown_organisation');
  if (org.kind !== 'district' && org.kind !== 'street' && org.kind !== 'community')
    throw new DomainRuleViolation(
      'joint meetings and committees belong to a district, a street or a community',
      'invalid_org',
    );
  if (org.status !== 'active') throw new DomainRuleViolation('the organisation is dissolved', 'organisation_dissolved');
  if (!unit || unit.kind !== 'unit')
    throw new DomainRuleViolation('the unit does not exist', 'unknown_unit', { field: 'unitId' });
  if (unit.status !== 'active')
    throw new DomainRuleViolation('the unit is dissolved', 'organisation_dissolved', { field: 'unitId' });
  return { orgId: org.id, unitId: unit.id };
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** The pending proposal of `unitId`, if `by` may act on it: the other side answers, the proposer withdraws. */
function answerable(state: JointMeetingState, unitId: string, by: Sides, answer: 'answer' | 'withdraw') {
  const pending = state.pending[unitId];
  if (!pending) throw new NotFound('no membership of this unit awaits confirmation');
  const needed = answer === 'withdraw' ? pending.proposedBy : otherSide(pending.proposedBy);
  if (by !== 'both' && by !== needed) {
    throw new InvalidStateTransition(
      answer === 'withdraw'
        ? 'only the side that proposed may withdraw'
        : 'the side that proposed cannot answer itself',
    );
  }
  return pending;
}

export const jointMeetingDecider: Decider<JointMeetingCommand, JointMeetingEvent, JointMeetingState> = {
  initialState: () => ({ orgId: null, members: {}, pending: {}, appointments: {} }),

  decide(command, state) {
    switch (command.type) {
      case 'JoinJointMeeting': {
        const ids = checkOrgAndUnit(command.org, command.unit);
        if (state.members[ids.unitId])
          throw new InvalidStateTransition('the unit is already a member of this joint meeting');
        if (state.pending[ids.unitId])
          throw new InvalidStateTransition('a membership of this unit awaits confirmation: confirm or withdraw it');
        const { by, joinedOn, today } = command;
        if (by === 'both')
          return [{ type: 'organizations.JointMeetingMemberJoined', data: { ...ids, joinedOn: joinedOn ?? today } }];
        const proposal = { ...ids, proposedBy: by, proposedOn: today, ...(joinedOn ? { joinedOn } : {}) };
        return [{ type: 'organizations.JointMeetingMembershipProposed', data: proposal }];
      }
      case 'ConfirmJointMeetingMembership': {
        const pending = answerable(state, command.unit?.id ?? '', command.by, 'answer');
        const ids = checkOrgAndUnit(command.org, command.unit);
        const joinedOn = pending.joinedOn ?? command.today;
        return [{ type: 'organizations.JointMeetingMemberJoined', data: { ...ids, joinedOn } }];
      }
      case 'DeclineJointMeetingMembership':
      case 'WithdrawJointMeetingMembership': {
        const declining = command.type === 'DeclineJointMeetingMembership';
        answerable(state, command.unitId, command.by, declining ? 'answer' : 'withdraw');
        const data = { orgId: state.orgId!, unitId: command.unitId, on: command.today };
        return [
          declining
            ? { type: 'organizations.JointMeetingMembershipDeclined', data }
            : { type: 'organizations.JointMeetingMembershipWithdrawn', data },
        ];
      }
      case 'LeaveJointMeeting': {
        const member = state.members[command.unitId];
        if (!member || !state.orgId) throw new NotFound('the unit is not a member of this joint meeting');
        if (day(command.leftOn) < day(member.joinedOn)) {
          throw new DomainRuleViolation('a unit cannot leave before it joined', 'invalid_date', { field: 'leftOn' });
        }
        return [
          {
            type: 'organizations.JointMeetingMemberLeft',
            data: { orgId: state.orgId, unitId: command.unitId, leftOn: command.leftOn },
          },
        ];
      }
      case 'AppointPartTimeMember': {
        const ids = checkOrgAndUnit(command.org, command.unit);
        const { appointmentId, personName, position, term } = command;
        if (state.appointments[appointmentId]) throw new InvalidStateTransition('the appointment already exists');
        if (command.by !== 'both' && !state.members[ids.unitId]) {
          throw new DomainRuleViolation(
            'people of a unit are appointed to the committee once the unit is a member of its joint meeting',
            'unit_not_a_member',
            { field: 'unitId' },
          );
        }
        if (day(term.to) < day(term.from)) {
          throw new DomainRuleViolation('a term cannot end before it begins', 'invalid_term', { field: 'term.to' });
        }
        return [
          {
            type: 'organizations.PartTimeMemberAppointed',
            data: { ...ids, appointmentId, personName, position, term },
          },
        ];
      }
      case 'MarkBranch': {
        const { org, council } = command;
        if (!org) throw new DomainRuleViolation('the organisation does not exist', 'unknown_organisation');
        if (org.kind !== 'street')
          throw new DomainRuleViolation('a branch (分会) is the joint meeting of a street', 'invalid_org');
        if (!council || council.kind !== 'district' || council.status !== 'active')
          throw new DomainRuleViolation('the council is the joint meeting of an active district', 'unknown_district', {
            field: 'councilOrgId',
          });
        if (command.parentId !== council.id)
          throw new DomainRuleViolation('a street is a branch of the council of its own district', 'not_above', {
            field: 'councilOrgId',
          });
        if (state.branchOf === council.id)
          throw new InvalidStateTransition('the meeting is already a branch of this council');
        return [{ type: 'organizations.JointMeetingBranchMarked', data: { orgId: org.id, councilOrgId: council.id } }];
      }
      case 'EndAppointment': {
        const appointment = state.appointments[command.appointmentId];
        if (!appointment || !state.orgId) throw new NotFound('appointment not found');
        if (appointment.ended) throw new InvalidStateTransition('the appointment has already ended');
        const data = { orgId: state.orgId, appointmentId: command.appointmentId, endedOn: command.endedOn };
        return [{ type: 'organizations.PartTimeMemberAppointmentEnded', data }];
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'organizations.JointMeetingMembershipProposed': {
        const { orgId, unitId, proposedBy, joinedOn } = event.data;
        return { ...state, orgId, pending: { ...state.pending, [unitId]: { proposedBy, joinedOn } } };
      }
      case 'organizations.JointMeetingMembershipDeclined':
      case 'organizations.JointMeetingMembershipWithdrawn':
        return { ...state, pending: without(state.pending, event.data.unitId) };
      case 'organizations.JointMeetingMemberJoined':
        return {
          ...state,
          orgId: event.data.orgId,
          members: { ...state.members, [event.data.unitId]: { joinedOn: event.data.joinedOn } },
          pending: without(state.pending, event.data.unitId),
        };
      case 'organizations.JointMeetingMemberLeft':
        return { ...state, members: without(state.members, event.data.unitId) };
      case 'organizations.PartTimeMemberAppointed':
        return {
          ...state,
          orgId: event.data.orgId,
          appointments: {
            ...state.appointments,
            [event.data.appointmentId]: { ended: false, from: event.data.term.from },
          },
        };
      case 'organizations.JointMeetingBranchMarked':
        return { ...state, orgId: event.data.orgId, branchOf: event.data.councilOrgId };
      case 'organizations.PartTimeMemberAppointmentEnded':
        return {
          ...state,
          appointments: {
            ...state.appointments,
            [event.data.appointmentId]: { ...state.appointments[event.data.appointmentId], ended: true },
          },
        };
    }
  },
};

/** 联席会议 — the joint meeting and committee of a street or community, bound once to its stream. */
export const jointMeetingAggregate = defineAggregate({
  name: 'joint meeting',
  decider: jointMeetingDecider,
  streamId: jointMeetingStreamId,
});
