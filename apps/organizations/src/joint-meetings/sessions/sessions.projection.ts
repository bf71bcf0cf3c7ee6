import type { EventEnvelope } from '@gongjian/eventing';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import type { ActionItem, AgendaItem, AttendanceEntry, Outcome, SessionEvent, Votes } from './session.decider';

/** One session of a joint meeting, as its page shows it (carried-over items are looked up on read). */
export interface SessionDocument extends ReadModelDocument {
  orgId: string;
  heldOn: string;
  place: string;
  title: string;
  status: 'convened' | 'held';
  agenda: AgendaItem[];
  attendance: { units: AttendanceEntry[]; partTimeMembers: AttendanceEntry[] } | null;
  minutes: string;
  decisions: Array<{
    decisionId: string;
    agendaItemId: string;
    outcome: Outcome;
    method: 'votes' | 'consensus';
    votes: Votes | null;
    decidedOn: string;
    recordedBy: string;
  }>;
  actionItems: Array<
    ActionItem & {
      decisionId: string;
      agendaItemId: string;
      status: 'open' | 'done';
      doneOn: string | null;
      note: string | null;
    }
  >;
  convenedAt: string;
}

export const SESSIONS_COLLECTION = 'organizations.joint-meeting-sessions';

export const sessionsProjection: Projection<SessionDocument> = {
  name: 'organizations.joint-meeting-sessions',
  collection: SESSIONS_COLLECTION,
  indexes: [{ fields: { orgId: 1, heldOn: 1 } }],
  handles: [
    'organizations.JointMeetingSessionConvened',
    'organizations.JointMeetingAttendanceRecorded',
    'organizations.JointMeetingMinutesRecorded',
    'organizations.JointMeetingDecisionRecorded',
    'organizations.JointMeetingActionItemDone',
    'organizations.JointMeetingSessionHeld',
  ],
  apply(doc, envelope) {
    const event = envelope as EventEnvelope & SessionEvent;
    if (event.type === 'organizations.JointMeetingSessionConvened') {
      const { sessionId, ...rest } = event.data;
      return {
        _id: sessionId,
        ...rest,
        status: 'convened',
        attendance: null,
        minutes: '',
        decisions: [],
        actionItems: [],
        convenedAt: event.occurredAt,
      };
    }
    if (!doc) return null;
    switch (event.type) {
      case 'organizations.JointMeetingAttendanceRecorded':
        return { ...doc, attendance: { units: event.data.units, partTimeMembers: event.data.partTimeMembers } };
      case 'organizations.JointMeetingMinutesRecorded':
        return { ...doc, minutes: event.data.minutes };
      case 'organizations.JointMeetingDecisionRecorded': {
        const { decisionId, agendaItemId, outcome, method, votes, decidedOn } = event.data;
        const items = event.data.actionItems.map((item) => ({
          ...item,
          decisionId,
          agendaItemId,
          status: 'open' as const,
          doneOn: null,
          note: null,
        }));
        return {
          ...doc,
          decisions: [
            ...doc.decisions,
            { decisionId, agendaItemId, outcome, method, votes, decidedOn, recordedBy: event.actor.accountId },
          ],
          actionItems: [...doc.actionItems, ...items],
        };
      }
      case 'organizations.JointMeetingActionItemDone': {
        const { actionItemId, note, doneOn } = event.data;
        return {
          ...doc,
          actionItems: doc.actionItems.map((a) =>
            a.actionItemId === actionItemId ? { ...a, status: 'done' as const, note, doneOn } : a,
          ),
        };
      }
      case 'organizations.JointMeetingSessionHeld':
        return { ...doc, status: 'held' };
    }
    return doc;
  },
};
