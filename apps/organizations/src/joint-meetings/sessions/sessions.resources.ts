import { array, boolean, date, id, integer, named, nullable, object, oneOf, string } from '@gongjian/http';

const AGENDA_KINDS = ['needs', 'offers', 'projects', 'party_member_proposal', 'unit_proposal', 'carried_over'] as const;
const OWNER_KINDS = ['unit', 'organization', 'part_time_member'] as const;
const OUTCOMES = ['adopted', 'rejected', 'deferred'] as const;
const METHODS = ['votes', 'consensus'] as const;

const owner = object({ kind: oneOf(OWNER_KINDS), id: id() });
const votes = nullable(object({ for: integer(), against: integer(), abstain: integer() }));

/** An action item as its session's page (and the next session's agenda) shows it; `overdue` computed on read. */
const actionItem = object({
  actionItemId: id(),
  decisionId: id(),
  agendaItemId: id(),
  title: string(),
  owner,
  dueOn: date(),
  needId: nullable(id()),
  /** the matching proposal the decision accepted with this item, and the project it becomes */
  proposalId: nullable(id()),
  projectId: nullable(id()),
  /** whether matching created the project yet (待生成 / 生成的项目); null without a proposal */
  projectStatus: nullable(oneOf(['pending', 'created'] as const)),
  status: oneOf(['open', 'done'] as const),
  doneOn: nullable(date()),
  note: nullable(string()),
  overdue: boolean(),
});

/** 联席会议 — one session: agenda (with items carried over), attendance, minutes, decisions, action items. */
export const JOINT_MEETING_SESSION = named(
  'JointMeetingSession',
  object({
    id: id(),
    version: integer(),
    orgId: id(),
    heldOn: date(),
    place: string(),
    title: string(),
    status: oneOf(['convened', 'held'] as const),
    agenda: array(
      object({
        agendaItemId: id(),
        kind: oneOf(AGENDA_KINDS),
        title: string(),
        description: string(),
        refs: array(id()),
        proposedBy: nullable(id()),
        proposalId: nullable(id()),
        /**
         * from an earlier session: the action item carried over, as it stands now in the session
         * that decided it, or (`agendaItemId`) the item that session deferred
         */
        carriedOver: nullable(
          object({
            sessionId: id(),
            sessionTitle: string(),
            heldOn: date(),
            agendaItemId: nullable(id()),
            actionItem: nullable(actionItem),
          }),
        ),
      }),
    ),
    attendance: nullable(
      object({
        units: array(object({ id: id(), present: boolean() })),
        partTimeMembers: array(object({ id: id(), present: boolean() })),
      }),
    ),
    minutes: string(),
    decisions: array(
      object({
        decisionId: id(),
        agendaItemId: id(),
        outcome: oneOf(OUTCOMES),
        method: oneOf(METHODS),
        votes,
        decidedOn: date(),
        recordedBy: string(),
      }),
    ),
    actionItems: array(actionItem),
  }),
);

/** The sessions of one joint meeting, the newest first. */
export const JOINT_MEETING_SESSIONS = named(
  'JointMeetingSessions',
  object({
    orgId: id(),
    items: array(
      object({
        id: id(),
        heldOn: date(),
        place: string(),
        title: string(),
        status: oneOf(['convened', 'held'] as const),
        decisions: integer(),
        openActionItems: integer(),
        overdueActionItems: integer(),
      }),
    ),
  }),
);

const proposal = object({
  id: id(),
  version: integer(),
  orgId: id(),
  kind: oneOf(['party_member_proposal', 'unit_proposal'] as const),
  proposedBy: id(),
  title: string(),
  description: string(),
  submittedOn: date(),
  submittedBy: string(),
  status: oneOf(['pending', 'scheduled'] as const),
  sessionId: nullable(id()),
  agendaItemId: nullable(id()),
});

/** 党员提案 or a unit's proposal to a joint meeting: pending until an admin puts it on an agenda. */
export const JOINT_MEETING_PROPOSAL = named('JointMeetingProposal', proposal);

export const JOINT_MEETING_PROPOSALS = named('JointMeetingProposals', object({ orgId: id(), items: array(proposal) }));
