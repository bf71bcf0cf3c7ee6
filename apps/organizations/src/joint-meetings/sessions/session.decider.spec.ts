import { DomainRuleViolation, InvalidStateTransition, NotFound } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { type AgendaItem, type SessionCommand, sessionDecider, type SessionEvent } from './session.decider';

const spec = deciderSpecification(sessionDecider);
const street = { id: 's', kind: 'street', status: 'active' };
const item = (agendaItemId: string, extra: Partial<AgendaItem> = {}): AgendaItem => ({
  agendaItemId,
  kind: 'unit_proposal',
  title: '老旧小区加装电梯',
  description: '',
  refs: [],
  proposedBy: 'u1',
  carriedOver: null,
  ...extra,
});
const convene = (extra: Partial<Extract<SessionCommand, { type: 'ConveneSession' }>> = {}): SessionCommand => ({
  type: 'ConveneSession',
  sessionId: 'x',
  org: street,
  heldOn: '2026-12-01',
  place: '街道会议室',
  title: '第一次联席会议',
  agenda: [item('i1')],
  memberUnits: ['u1', 'u2'],
  ...extra,
});
const convened: SessionEvent = {
  type: 'organizations.JointMeetingSessionConvened',
  data: {
    sessionId: 'x',
    orgId: 's',
    heldOn: '2026-12-01',
    place: '街道会议室',
    title: '第一次联席会议',
    agenda: [item('i1'), item('i2', { kind: 'needs', refs: ['n1'], proposedBy: null })],
  },
};
const facts = { membersOnDay: ['u1', 'u2'], appointmentsOnDay: ['a1'] };
const attendance = (
  units = [
    { id: 'u1', present: true },
    { id: 'u2', present: false },
  ],
): SessionCommand => ({
  type: 'RecordAttendance',
  units,
  partTimeMembers: [{ id: 'a1', present: true }],
  ...facts,
  today: '2026-12-01',
});
const attended: SessionEvent = {
  type: 'organizations.JointMeetingAttendanceRecorded',
  data: {
    sessionId: 'x',
    orgId: 's',
    units: [
      { id: 'u1', present: true },
      { id: 'u2', present: false },
    ],
    partTimeMembers: [{ id: 'a1', present: true }],
  },
};
const draft = {
  needId: 'n9',
  communityId: 'c1',
  title: '加装电梯志愿者',
  description: '',
  category: 'elderly_care' as const,
  quantity: { amount: 10, unit: 'person_hours' as const },
  window: { from: '2026-12-01', to: '2027-03-31' },
  urgency: 'normal' as const,
};
type Decide = Extract<SessionCommand, { type: 'RecordDecision' }>;
const decision = (extra: Partial<Decide> = {}): SessionCommand => ({
  type: 'RecordDecision',
  decisionId: 'd1',
  agendaItemId: 'i1',
  outcome: 'adopted',
  method: 'votes',
  votes: { for: 2, against: 0, abstain: 0 },
  actionItems: [
    {
      actionItemId: 'ai1',
      title: '征集志愿者',
      owner: { kind: 'unit', id: 'u1' },
      dueOn: '2026-12-31',
      need: draft,
      project: null,
    },
  ],
  communities: { c1: { kind: 'community', status: 'active', within: true } },
  ...facts,
  today: '2026-12-01',
  ...extra,
});
const decided = (): SessionEvent => {
  const events = sessionDecider.decide(
    decision(),
    [convened, attended].reduce(sessionDecider.evolve, sessionDecider.initialState()),
  );
  return events[0];
};
const fieldOf = (command: SessionCommand, given: SessionEvent[]) => {
  try {
    sessionDecider.decide(command, given.reduce(sessionDecider.evolve, sessionDecider.initialState()));
  } catch (error) {
    return { code: (error as DomainRuleViolation).code, field: (error as DomainRuleViolation).details?.field };
  }
  throw new Error('not refused');
};

describe('joint meeting session decider', () => {
  it('convenes a session of a district, street or community meeting', () => {
    spec
      .given([])
      .when(convene())
      .then([
        {
          type: 'organizations.JointMeetingSessionConvened',
          data: {
            sessionId: 'x',
            orgId: 's',
            heldOn: '2026-12-01',
            place: '街道会议室',
            title: '第一次联席会议',
            agenda: [item('i1')],
          },
        },
      ]);
    spec
      .given([])
      .when(convene({ org: { id: 'd', kind: 'district', status: 'active' } }))
      .then((events) => expect(events[0].data).toMatchObject({ orgId: 'd' }));
    spec
      .given([])
      .when(convene({ org: { id: 'g', kind: 'grid', status: 'active' } }))
      .thenThrows(DomainRuleViolation);
    spec
      .given([])
      .when(convene({ org: null }))
      .thenThrows(NotFound);
    spec.given([convened]).when(convene()).thenThrows(InvalidStateTransition);
  });

  it('refuses agenda items without what they cite, or a unit proposal from a non-member', () => {
    expect(fieldOf(convene({ agenda: [item('i1', { kind: 'needs', refs: [], proposedBy: null })] }), [])).toEqual({
      code: 'refs_missing',
      field: 'agenda[0].refs',
    });
    expect(fieldOf(convene({ agenda: [item('i1', { proposedBy: 'u9' })] }), [])).toEqual({
      code: 'not_a_member',
      field: 'agenda[0].proposedBy',
    });
    expect(fieldOf(convene({ agenda: [item('i1', { kind: 'party_member_proposal', proposedBy: null })] }), [])).toEqual(
      {
        code: 'proposer_missing',
        field: 'agenda[0].proposedBy',
      },
    );
  });

  it('takes attendance of member units and part-time members of the meeting on the day', () => {
    spec.given([convened]).when(attendance()).then([attended]);
    expect(fieldOf(attendance([{ id: 'u7', present: true }]), [convened])).toEqual({
      code: 'not_a_member',
      field: 'units[0]',
    });
    expect(
      fieldOf({ ...(attendance() as Decide & object), today: '2026-11-30' } as SessionCommand, [convened]),
    ).toEqual({
      code: 'session_not_yet_held',
      field: 'units',
    });
    spec.given([]).when(attendance()).thenThrows(NotFound);
  });

  it('records a decision by votes counted against attendance, with action items and the needs they create', () => {
    const [event] = sessionDecider.decide(
      decision(),
      [convened, attended].reduce(sessionDecider.evolve, sessionDecider.initialState()),
    );
    expect(event).toEqual({
      type: 'organizations.JointMeetingDecisionRecorded',
      data: {
        sessionId: 'x',
        orgId: 's',
        decisionId: 'd1',
        agendaItemId: 'i1',
        outcome: 'adopted',
        decidedOn: '2026-12-01',
        method: 'votes',
        votes: { for: 2, against: 0, abstain: 0 },
        actionItems: [
          {
            actionItemId: 'ai1',
            title: '征集志愿者',
            owner: { kind: 'unit', id: 'u1' },
            dueOn: '2026-12-31',
            needId: 'n9',
            proposalId: null,
            projectId: null,
          },
        ],
        needs: [{ ...draft, actionItemId: 'ai1' }],
        projects: [],
      },
    });
  });

  const accepting = (owner: { kind: 'unit' | 'organization'; id: string }, proposalId = 'p1') => ({
    actionItemId: `ai-${proposalId}`,
    title: '共建助老食堂',
    owner,
    dueOn: '2026-12-31',
    need: null,
    project: { proposalId, projectId: `pj-${proposalId}` },
  });

  it('accepts a matching proposal for both sides with an item its present unit owns: the project decided now', () => {
    spec
      .given([convened, attended])
      .when(decision({ actionItems: [accepting({ kind: 'unit', id: 'u1' })] }))
      .then((events) => {
        expect(events[0].data).toMatchObject({
          actionItems: [{ actionItemId: 'ai-p1', needId: null, proposalId: 'p1', projectId: 'pj-p1' }],
          needs: [],
          projects: [{ actionItemId: 'ai-p1', proposalId: 'p1', projectId: 'pj-p1', unitId: 'u1' }],
        });
      });
  });

  it.each([
    [
      'a rejected decision',
      decision({ outcome: 'rejected', votes: { for: 0, against: 2, abstain: 0 } }),
      'projects_require_adoption',
      'actionItems[0].proposalId',
    ],
    [
      'an owner that is not a unit',
      decision({ actionItems: [accepting({ kind: 'organization', id: 's' })] }),
      'project_owner_not_unit',
      'actionItems[0].owner.kind',
    ],
    [
      'a member unit absent from the session',
      decision({ actionItems: [accepting({ kind: 'unit', id: 'u2' })] }),
      'unit_not_present',
      'actionItems[0].owner.id',
    ],
    [
      'one proposal twice',
      decision({ actionItems: [accepting({ kind: 'unit', id: 'u1' }), accepting({ kind: 'unit', id: 'u1' })] }),
      'duplicate',
      'actionItems[1].proposalId',
    ],
  ])('refuses to accept a proposal with %s', (_, command, code, field) => {
    const base = command as Decide;
    const withProject =
      base.outcome === 'rejected' ? { ...base, actionItems: [accepting({ kind: 'unit', id: 'u1' })] } : base;
    expect(fieldOf(withProject, [convened, attended])).toEqual({ code, field });
  });

  it('refuses to accept a proposal before attendance is taken (by consensus: no votes to count)', () => {
    expect(
      fieldOf(decision({ method: 'consensus', votes: null, actionItems: [accepting({ kind: 'unit', id: 'u1' })] }), [
        convened,
      ]),
    ).toEqual({ code: 'unit_not_present', field: 'actionItems[0].owner.id' });
  });

  it.each([
    [
      'more votes than present',
      decision({ votes: { for: 2, against: 1, abstain: 0 } }),
      'votes_exceed_attendance',
      'votes',
    ],
    [
      'adopted against the votes',
      decision({ votes: { for: 0, against: 2, abstain: 0 } }),
      'outcome_contradicts_votes',
      'outcome',
    ],
    ['votes missing', decision({ votes: null }), 'votes_missing', 'votes'],
    ['votes with consensus', decision({ method: 'consensus' }), 'votes_with_consensus', 'votes'],
    ['an unknown agenda item', decision({ agendaItemId: 'i9' }), 'unknown_agenda_item', 'agendaItemId'],
    [
      'a need on a rejected decision',
      decision({ outcome: 'rejected', votes: { for: 0, against: 2, abstain: 0 } }),
      'needs_require_adoption',
      'actionItems[0].need',
    ],
    [
      'a community outside the meeting',
      decision({ communities: { c1: { kind: 'community', status: 'active', within: false } } }),
      'community_outside_meeting',
      'actionItems[0].need.communityId',
    ],
    [
      'an owner unit that is not a member',
      decision({
        actionItems: [
          {
            actionItemId: 'a',
            title: 't',
            owner: { kind: 'unit', id: 'u9' },
            dueOn: '2026-12-31',
            need: null,
            project: null,
          },
        ],
      }),
      'unknown_owner',
      'actionItems[0].owner.id',
    ],
    [
      'an action item due before its session',
      decision({
        actionItems: [
          {
            actionItemId: 'a',
            title: 't',
            owner: { kind: 'organization', id: 's' },
            dueOn: '2026-11-01',
            need: null,
            project: null,
          },
        ],
      }),
      'invalid_date',
      'actionItems[0].dueOn',
    ],
  ])('refuses a decision with %s', (_, command, code, field) => {
    expect(fieldOf(command, [convened, attended])).toEqual({ code, field });
  });

  it('needs attendance before votes, and decides an item once', () => {
    expect(fieldOf(decision(), [convened])).toEqual({ code: 'attendance_not_recorded', field: 'votes' });
    spec.given([convened, attended, decided()]).when(decision()).thenThrows(InvalidStateTransition);
    spec
      .given([convened])
      .when(decision({ method: 'consensus', votes: null, outcome: 'deferred', actionItems: [] }))
      .then((events) => expect(events[0].data).toMatchObject({ outcome: 'deferred', votes: null }));
  });

  it('follows an action item to done, once, also after the session closed', () => {
    const done = { type: 'CompleteActionItem' as const, actionItemId: 'ai1', note: '已征集10人', doneOn: '2026-12-20' };
    const held: SessionEvent = {
      type: 'organizations.JointMeetingSessionHeld',
      data: {
        sessionId: 'x',
        orgId: 's',
        heldOn: '2026-12-01',
        unitIds: ['u1'],
        partTimeMemberIds: ['a1'],
        decisions: 1,
      },
    };
    const doneEvent: SessionEvent = {
      type: 'organizations.JointMeetingActionItemDone',
      data: { sessionId: 'x', orgId: 's', actionItemId: 'ai1', note: '已征集10人', doneOn: '2026-12-20' },
    };
    spec.given([convened, attended, decided(), held]).when(done).then([doneEvent]);
    spec.given([convened, attended, decided(), doneEvent]).when(done).thenThrows(InvalidStateTransition);
    spec
      .given([convened])
      .when({ ...done, actionItemId: 'zz' })
      .thenThrows(NotFound);
  });

  it('closes with the present units and part-time members and the number of decisions (SessionHeld)', () => {
    spec
      .given([convened, attended, decided()])
      .when({ type: 'CloseSession', today: '2026-12-01' })
      .then([
        {
          type: 'organizations.JointMeetingSessionHeld',
          data: {
            sessionId: 'x',
            orgId: 's',
            heldOn: '2026-12-01',
            unitIds: ['u1'],
            partTimeMemberIds: ['a1'],
            decisions: 1,
          },
        },
      ]);
    expect(fieldOf({ type: 'CloseSession', today: '2026-12-01' }, [convened])).toEqual({
      code: 'attendance_not_recorded',
      field: 'attendance',
    });
    const held = sessionDecider.decide(
      { type: 'CloseSession', today: '2026-12-01' },
      [convened, attended].reduce(sessionDecider.evolve, sessionDecider.initialState()),
    )[0];
    spec
      .given([convened, attended, held])
      .when({ type: 'RecordMinutes', minutes: 'x' })
      .thenThrows(InvalidStateTransition);
    spec.given([convened, attended, held]).when(decision()).thenThrows(InvalidStateTransition);
  });
});
