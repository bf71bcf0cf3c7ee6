import type { EventEnvelope } from '@gongjian/eventing';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import type { Side } from '../relation-sides';
import type { JointMeetingEvent } from './joint-meeting.decider';

export interface JointMeetingDocument extends ReadModelDocument {
  /** every membership, past ones with `leftOn` */
  members: Array<{ unitId: string; joinedOn: string; leftOn: string | null }>;
  /** invitations and applications awaiting the other side; not members (absent in documents of old logs) */
  pending?: Array<{ unitId: string; proposedBy: Side; proposedOn: string; joinedOn: string | null }>;
  /** 分会: the district council this street's meeting is a branch of (absent until marked) */
  branchOf?: string | null;
  partTimeMembers: Array<{
    appointmentId: string;
    unitId: string;
    personName: string;
    position: string;
    term: { from: string; to: string };
    endedOn: string | null;
  }>;
}

export const JOINT_MEETINGS_COLLECTION = 'organizations.joint-meetings';

export const jointMeetingsProjection: Projection<JointMeetingDocument> = {
  name: 'organizations.joint-meetings',
  collection: JOINT_MEETINGS_COLLECTION,
  handles: [
    'organizations.JointMeetingMembershipProposed',
    'organizations.JointMeetingMembershipDeclined',
    'organizations.JointMeetingMembershipWithdrawn',
    'organizations.JointMeetingMemberJoined',
    'organizations.JointMeetingMemberLeft',
    'organizations.PartTimeMemberAppointed',
    'organizations.PartTimeMemberAppointmentEnded',
    'organizations.JointMeetingBranchMarked',
  ],
  apply(doc, envelope) {
    const event = envelope as EventEnvelope & JointMeetingEvent;
    const current = doc ?? { _id: event.data.orgId, members: [], pending: [], partTimeMembers: [] };
    const settled = (unitId: string) => (current.pending ?? []).filter((p) => p.unitId !== unitId);
    switch (event.type) {
      case 'organizations.JointMeetingMembershipProposed': {
        const { unitId, proposedBy, proposedOn, joinedOn } = event.data;
        return {
          ...current,
          pending: [...settled(unitId), { unitId, proposedBy, proposedOn, joinedOn: joinedOn ?? null }],
        };
      }
      case 'organizations.JointMeetingMembershipDeclined':
      case 'organizations.JointMeetingMembershipWithdrawn':
        return { ...current, pending: settled(event.data.unitId) };
      case 'organizations.JointMeetingMemberJoined':
        return {
          ...current,
          members: [...current.members, { unitId: event.data.unitId, joinedOn: event.data.joinedOn, leftOn: null }],
          pending: settled(event.data.unitId),
        };
      case 'organizations.JointMeetingMemberLeft':
        return {
          ...current,
          members: current.members.map((m) =>
            m.unitId === event.data.unitId && m.leftOn === null ? { ...m, leftOn: event.data.leftOn } : m,
          ),
        };
      case 'organizations.PartTimeMemberAppointed': {
        const { orgId: _org, ...appointment } = event.data;
        return { ...current, partTimeMembers: [...current.partTimeMembers, { ...appointment, endedOn: null }] };
      }
      case 'organizations.JointMeetingBranchMarked':
        return { ...current, branchOf: event.data.councilOrgId };
      case 'organizations.PartTimeMemberAppointmentEnded':
        return {
          ...current,
          partTimeMembers: current.partTimeMembers.map((p) =>
            p.appointmentId === event.data.appointmentId ? { ...p, endedOn: event.data.endedOn } : p,
          ),
        };
    }
  },
};
