import type { EventEnvelope } from '@gongjian/eventing';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import type { JointMeetingEvent } from './joint-meeting.decider';

export interface JointMeetingDocument extends ReadModelDocument {
  /** every membership, past ones with `leftOn` */
  members: Array<{ unitId: string; joinedOn: string; leftOn: string | null }>;
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
    'organizations.JointMeetingMemberJoined',
    'organizations.JointMeetingMemberLeft',
    'organizations.PartTimeMemberAppointed',
    'organizations.PartTimeMemberAppointmentEnded',
  ],
  apply(doc, envelope) {
    const event = envelope as EventEnvelope & JointMeetingEvent;
    const current = doc ?? { _id: event.data.orgId, members: [], partTimeMembers: [] };
    switch (event.type) {
      case 'organizations.JointMeetingMemberJoined':
        return {
          ...current,
          members: [...current.members, { unitId: event.data.unitId, joinedOn: event.data.joinedOn, leftOn: null }],
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
