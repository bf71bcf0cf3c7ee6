import { type Decider, DomainRuleViolation, InvalidStateTransition, NotFound } from '@gongjian/eventing';

type Facts = { id: string; kind: string; status: string } | null;

/**
 * 联席会议 and 兼职委员 of a street or community: units join and leave its joint meeting, and
 * people of units are appointed to its committee for a term. One stream per organisation.
 */
export type JointMeetingCommand =
  | { type: 'JoinJointMeeting'; org: Facts; unit: Facts; joinedOn: string }
  | { type: 'LeaveJointMeeting'; unitId: string; leftOn: string }
  | {
      type: 'AppointPartTimeMember';
      org: Facts;
      unit: Facts;
      appointmentId: string;
      personName: string;
      position: string;
      term: { from: string; to: string };
    }
  | { type: 'EndAppointment'; appointmentId: string; endedOn: string };

export type JointMeetingEvent =
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
    };

export interface JointMeetingState {
  orgId: string | null;
  members: Record<string, { joinedOn: string }>;
  appointments: Record<string, { ended: boolean; from: string }>;
}

/** The calendar day of a date or a timestamp (`2026-03-01` and `2026-03-01T10:00Z` are the same day). */
const day = (date: string) => date.slice(0, 10);

export const jointMeetingStreamId = (orgId: string) => `organizations.jointMeeting-${orgId}`;

function checkOrgAndUnit(org: Facts, unit: Facts): { orgId: string; unitId: string } {
  if (!org || (org.kind !== 'street' && org.kind !== 'community') || org.status !== 'active') {
    throw new DomainRuleViolation(
      'joint meetings and committees belong to an active street or community',
      'invalid_org',
    );
  }
  if (!unit || unit.kind !== 'unit' || unit.status !== 'active') {
    throw new DomainRuleViolation('the unit does not exist', 'unknown_unit', { field: 'unitId' });
  }
  return { orgId: org.id, unitId: unit.id };
}

export const jointMeetingDecider: Decider<JointMeetingCommand, JointMeetingEvent, JointMeetingState> = {
  initialState: () => ({ orgId: null, members: {}, appointments: {} }),

  decide(command, state) {
    switch (command.type) {
      case 'JoinJointMeeting': {
        const ids = checkOrgAndUnit(command.org, command.unit);
        if (state.members[ids.unitId])
          throw new InvalidStateTransition('the unit is already a member of this joint meeting');
        return [{ type: 'organizations.JointMeetingMemberJoined', data: { ...ids, joinedOn: command.joinedOn } }];
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
      case 'organizations.JointMeetingMemberJoined':
        return {
          ...state,
          orgId: event.data.orgId,
          members: { ...state.members, [event.data.unitId]: { joinedOn: event.data.joinedOn } },
        };
      case 'organizations.JointMeetingMemberLeft': {
        const members = { ...state.members };
        delete members[event.data.unitId];
        return { ...state, members };
      }
      case 'organizations.PartTimeMemberAppointed':
        return {
          ...state,
          orgId: event.data.orgId,
          appointments: {
            ...state.appointments,
            [event.data.appointmentId]: { ended: false, from: event.data.term.from },
          },
        };
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
