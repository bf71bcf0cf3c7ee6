import type {
  DecidedNeedV1,
  DecidedProjectV1,
  JointMeetingDecisionRecordedV1,
  JointMeetingSessionHeldV1,
  ConformsToContracts,
} from '@gongjian/contracts';
import {
  type Decider,
  defineAggregate,
  DomainRuleViolation,
  InvalidStateTransition,
  NotFound,
} from '@gongjian/eventing';
import { checkActionItems, checkAgenda, checkAttendance, checkVotes, rule } from './session.rules';

type Facts = { id: string; kind: string; status: string } | null;

/** What an agenda item is about: items that cite the lists, free proposals, or an action item carried over. */
export type AgendaKind = 'needs' | 'offers' | 'projects' | 'party_member_proposal' | 'unit_proposal' | 'carried_over';

export interface AgendaItem {
  agendaItemId: string;
  kind: AgendaKind;
  title: string;
  description: string;
  /** ids of needs, offers or projects (recorded as cited, not checked against matching) */
  refs: string[];
  /** who proposed a free proposal: a member's id (党员提案) or a member unit's id */
  proposedBy: string | null;
  /**
   * from an earlier session of the meeting: an open action item (`actionItemId`, carried until
   * done) or an item it deferred (`agendaItemId`, carried once: to the next session convened)
   */
  carriedOver: { sessionId: string; actionItemId?: string | null; agendaItemId?: string | null } | null;
  /** the proposal (党员提案, a unit's) submitted to the meeting that this item puts on the agenda */
  proposalId?: string | null;
}

export type Outcome = 'adopted' | 'rejected' | 'deferred';
export type Votes = { for: number; against: number; abstain: number };
/** Who answers for an action item: a member unit, the meeting's organisation, or a part-time member (兼职委员). */
export type Owner = { kind: 'unit' | 'organization' | 'part_time_member'; id: string };

export interface ActionItem {
  actionItemId: string;
  title: string;
  owner: Owner;
  dueOn: string;
  /** the need the decision created for this item, when it did */
  needId: string | null;
  /**
   * the matching proposal the decision accepted for both sides with this item (its owner the
   * proposal's unit), and the project matching creates for it under `projectId`; absent from
   * items recorded before decisions could accept proposals
   */
  proposalId?: string | null;
  projectId?: string | null;
}

/** A proposal an action item accepts, with the id of the project it becomes. */
export type ProjectDraft = { proposalId: string; projectId: string };

/** A need the decision drafts, with the facts of its community (kind, status, within the meeting's area). */
export type NeedDraft = Omit<DecidedNeedV1, 'needId' | 'actionItemId'>;

export type AttendanceEntry = { id: string; present: boolean };

export type SessionCommand =
  | {
      type: 'ConveneSession';
      sessionId: string;
      org: Facts;
      heldOn: string;
      place: string;
      title: string;
      agenda: AgendaItem[];
      /** the meeting's member units now: a unit's proposal comes from one of them */
      memberUnits: string[];
    }
  | {
      type: 'RecordAttendance';
      units: AttendanceEntry[];
      partTimeMembers: AttendanceEntry[];
      /** the meeting's member units on the session's day */
      membersOnDay: string[];
      /** the meeting's appointments running on the session's day */
      appointmentsOnDay: string[];
      today: string;
    }
  | { type: 'RecordMinutes'; minutes: string }
  | {
      type: 'RecordDecision';
      decisionId: string;
      agendaItemId: string;
      outcome: Outcome;
      method: 'votes' | 'consensus';
      votes: Votes | null;
      actionItems: Array<
        Omit<ActionItem, 'needId' | 'proposalId' | 'projectId'> & {
          need: (NeedDraft & { needId: string }) | null;
          project: ProjectDraft | null;
        }
      >;
      /** the communities the drafts name, with whether they lie in the meeting's area */
      communities: Record<string, { kind: string; status: string; within: boolean } | null>;
      membersOnDay: string[];
      appointmentsOnDay: string[];
      today: string;
    }
  | { type: 'CompleteActionItem'; actionItemId: string; note: string; doneOn: string }
  | { type: 'CloseSession'; today: string };

export interface SessionConvened {
  sessionId: string;
  orgId: string;
  heldOn: string;
  place: string;
  title: string;
  agenda: AgendaItem[];
}
export interface AttendanceRecorded {
  sessionId: string;
  orgId: string;
  units: AttendanceEntry[];
  partTimeMembers: AttendanceEntry[];
}
export interface DecisionRecorded extends JointMeetingDecisionRecordedV1 {
  method: 'votes' | 'consensus';
  votes: Votes | null;
  actionItems: ActionItem[];
}

export type SessionEvent =
  | { type: 'organizations.JointMeetingSessionConvened'; data: SessionConvened }
  | { type: 'organizations.JointMeetingAttendanceRecorded'; data: AttendanceRecorded }
  | { type: 'organizations.JointMeetingMinutesRecorded'; data: { sessionId: string; orgId: string; minutes: string } }
  | { type: 'organizations.JointMeetingDecisionRecorded'; data: DecisionRecorded }
  | {
      type: 'organizations.JointMeetingActionItemDone';
      data: { sessionId: string; orgId: string; actionItemId: string; note: string; doneOn: string };
    }
  | { type: 'organizations.JointMeetingSessionHeld'; data: JointMeetingSessionHeldV1 };

const conforms: ConformsToContracts<SessionEvent> = true;
void conforms;

export interface SessionState {
  sessionId: string | null;
  orgId: string;
  heldOn: string;
  agenda: Record<string, AgendaKind>;
  attendance: AttendanceRecorded | null;
  decided: Record<string, true>;
  decisions: number;
  actionItems: Record<string, 'open' | 'done'>;
  closed: boolean;
}

/** 联席会议 — the levels that hold one (the district council, a street's, a community's). */
export const MEETING_LEVELS = ['district', 'street', 'community'];

export const sessionStreamId = (sessionId: string) => `organizations.jointMeetingSession-${sessionId}`;

function held(state: SessionState): SessionState & { sessionId: string } {
  if (!state.sessionId) throw new NotFound('session not found');
  return state as SessionState & { sessionId: string };
}

function open(state: SessionState): SessionState & { sessionId: string } {
  const session = held(state);
  if (session.closed) throw new InvalidStateTransition('the session is closed');
  return session;
}

function decide(command: Extract<SessionCommand, { type: 'RecordDecision' }>, state: SessionState): SessionEvent[] {
  const session = open(state);
  if (!session.agenda[command.agendaItemId])
    throw rule('no such item on the agenda', 'unknown_agenda_item', 'agendaItemId');
  if (session.decided[command.agendaItemId]) throw new InvalidStateTransition('the agenda item is already decided');
  checkVotes(command, session);
  checkActionItems(command, session);
  const needs: DecidedNeedV1[] = command.actionItems.flatMap((item) =>
    item.need ? [{ ...item.need, actionItemId: item.actionItemId }] : [],
  );
  const projects: DecidedProjectV1[] = command.actionItems.flatMap((item) =>
    item.project ? [{ actionItemId: item.actionItemId, ...item.project, unitId: item.owner.id }] : [],
  );
  const data: DecisionRecorded = {
    sessionId: session.sessionId,
    orgId: session.orgId,
    decisionId: command.decisionId,
    agendaItemId: command.agendaItemId,
    outcome: command.outcome,
    decidedOn: command.today,
    method: command.method,
    votes: command.votes,
    actionItems: command.actionItems.map(({ need, project, ...item }) => ({
      ...item,
      needId: need?.needId ?? null,
      proposalId: project?.proposalId ?? null,
      projectId: project?.projectId ?? null,
    })),
    needs,
    projects,
  };
  return [{ type: 'organizations.JointMeetingDecisionRecorded', data }];
}

export const sessionDecider: Decider<SessionCommand, SessionEvent, SessionState> = {
  initialState: () => ({
    sessionId: null,
    orgId: '',
    heldOn: '',
    agenda: {},
    attendance: null,
    decided: {},
    decisions: 0,
    actionItems: {},
    closed: false,
  }),

  decide(command, state) {
    switch (command.type) {
      case 'ConveneSession': {
        if (state.sessionId) throw new InvalidStateTransition('the session already exists');
        const { org } = command;
        if (!org) throw new NotFound('organisation not found');
        if (!MEETING_LEVELS.includes(org.kind))
          throw new DomainRuleViolation('joint meetings belong to a district, a street or a community', 'invalid_org');
        if (org.status !== 'active')
          throw new DomainRuleViolation('the organisation is dissolved', 'organisation_dissolved');
        checkAgenda(command.agenda, command.memberUnits);
        const { sessionId, heldOn, place, title, agenda } = command;
        const data = { sessionId, orgId: org.id, heldOn: heldOn.slice(0, 10), place, title, agenda };
        return [{ type: 'organizations.JointMeetingSessionConvened', data }];
      }
      case 'RecordAttendance': {
        const session = open(state);
        if (command.today < session.heldOn)
          throw rule('attendance is taken on or after the session day', 'session_not_yet_held', 'units');
        checkAttendance(command);
        const { units, partTimeMembers } = command;
        const data = { sessionId: session.sessionId, orgId: session.orgId, units, partTimeMembers };
        return [{ type: 'organizations.JointMeetingAttendanceRecorded', data }];
      }
      case 'RecordMinutes': {
        const session = open(state);
        const data = { sessionId: session.sessionId, orgId: session.orgId, minutes: command.minutes };
        return [{ type: 'organizations.JointMeetingMinutesRecorded', data }];
      }
      case 'RecordDecision':
        return decide(command, state);
      case 'CompleteActionItem': {
        const session = held(state);
        const status = session.actionItems[command.actionItemId];
        if (!status) throw new NotFound('action item not found');
        if (status === 'done') throw new InvalidStateTransition('the action item is already done');
        const { actionItemId, note, doneOn } = command;
        const data = { sessionId: session.sessionId, orgId: session.orgId, actionItemId, note, doneOn };
        return [{ type: 'organizations.JointMeetingActionItemDone', data }];
      }
      case 'CloseSession': {
        const session = open(state);
        const attendance = session.attendance;
        if (!attendance) throw rule('record the attendance before closing', 'attendance_not_recorded', 'attendance');
        const present = (entries: AttendanceEntry[]) => entries.filter((e) => e.present).map((e) => e.id);
        const data: JointMeetingSessionHeldV1 = {
          sessionId: session.sessionId,
          orgId: session.orgId,
          heldOn: session.heldOn,
          unitIds: present(attendance.units),
          partTimeMemberIds: present(attendance.partTimeMembers),
          decisions: session.decisions,
        };
        return [{ type: 'organizations.JointMeetingSessionHeld', data }];
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'organizations.JointMeetingSessionConvened': {
        const { sessionId, orgId, heldOn, agenda } = event.data;
        const kinds = Object.fromEntries(agenda.map((item) => [item.agendaItemId, item.kind]));
        return { ...state, sessionId, orgId, heldOn, agenda: kinds };
      }
      case 'organizations.JointMeetingAttendanceRecorded':
        return { ...state, attendance: event.data };
      case 'organizations.JointMeetingMinutesRecorded':
        return state;
      case 'organizations.JointMeetingDecisionRecorded': {
        const items = Object.fromEntries(event.data.actionItems.map((a) => [a.actionItemId, 'open' as const]));
        return {
          ...state,
          decided: { ...state.decided, [event.data.agendaItemId]: true },
          decisions: state.decisions + 1,
          actionItems: { ...state.actionItems, ...items },
        };
      }
      case 'organizations.JointMeetingActionItemDone':
        return { ...state, actionItems: { ...state.actionItems, [event.data.actionItemId]: 'done' } };
      case 'organizations.JointMeetingSessionHeld':
        return { ...state, closed: true };
    }
  },
};

/** A session of a 联席会议 (大事共议): its agenda, attendance, minutes, decisions and action items. */
export const sessionAggregate = defineAggregate({
  name: 'joint meeting session',
  decider: sessionDecider,
  streamId: sessionStreamId,
});
