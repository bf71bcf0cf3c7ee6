import { DomainRuleViolation, InvalidStateTransition, NotFound } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import {
  type ParticipantCheck,
  type ProjectCreated,
  type ProjectEvent,
  projectDecider,
  projectStreamId,
} from './project.decider';

const project: ProjectCreated = {
  projectId: 'pr-1',
  proposalId: 'p-1',
  needId: 'n-1',
  offerId: 'o-1',
  communityId: 'c-1',
  unitId: 'u-1',
  title: '独居老人助餐',
  quantity: { amount: 20, unit: 'person_hours' },
};
const created: ProjectEvent = { type: 'matching.ProjectCreated', data: project };
const started: ProjectEvent = { type: 'matching.ProjectStarted', data: { projectId: 'pr-1' } };
const completed: ProjectEvent = {
  type: 'matching.ProjectCompleted',
  data: { ...project, report: '送餐 20 次', participantMemberIds: ['m-1', 'm-2'] },
};
const evaluated: ProjectEvent = {
  type: 'matching.ProjectEvaluated',
  data: {
    projectId: 'pr-1',
    unitId: 'u-1',
    communityId: 'c-1',
    score: 5,
    comment: '很好',
    participantMemberIds: ['m-1', 'm-2'],
  },
};
const spec = deciderSpecification(projectDecider);
const served: ParticipantCheck[] = [
  { memberId: 'm-1', reason: 'unit' },
  { memberId: 'm-2', reason: 'community' },
];
const fold = (events: ProjectEvent[]) => events.reduce(projectDecider.evolve, projectDecider.initialState());

describe('project decider', () => {
  it('lives in its own stream', () => expect(projectStreamId('pr-1')).toBe('matching.project-pr-1'));

  it('creates a planned project from an accepted proposal', () => {
    spec.given([]).when({ type: 'CreateProject', project }).then([created]);
    expect(fold([created])).toEqual({
      exists: true,
      status: 'planned',
      project,
      participantMemberIds: [],
      evaluated: false,
    });
  });

  it('refuses to create the same project twice, whatever its status', () => {
    spec
      .given([created])
      .when({ type: 'CreateProject', project })
      .thenThrows(InvalidStateTransition, /already created/);
    spec
      .given([created, started, completed])
      .when({ type: 'CreateProject', project: { ...project, title: 'x' } })
      .thenThrows(InvalidStateTransition, /already created/);
  });

  it('starts a planned project', () => {
    spec.given([created]).when({ type: 'StartProject' }).then([started]);
    expect(fold([created, started])).toMatchObject({ status: 'in_progress', participantMemberIds: [] });
  });

  it('records the residents served when the completing side counted them (issue 19), and only a count', () => {
    spec
      .given([created, started])
      .when({ type: 'CompleteProject', report: '送餐 20 次', participants: served, beneficiaries: 80 })
      .then([{ ...completed, data: { ...completed.data, beneficiaries: 80 } } as ProjectEvent]);
    for (const beneficiaries of [-1, 2.5])
      spec
        .given([created, started])
        .when({ type: 'CompleteProject', report: '', participants: [], beneficiaries })
        .thenThrows(DomainRuleViolation, /count of residents/);
  });

  it('refuses to start a project that does not exist, is already started or is completed', () => {
    spec
      .given([])
      .when({ type: 'StartProject' })
      .thenThrows(NotFound, /project not found/);
    spec
      .given([created, started])
      .when({ type: 'StartProject' })
      .thenThrows(InvalidStateTransition, /an? in_progress project cannot be started/);
    spec
      .given([created, started, completed])
      .when({ type: 'StartProject' })
      .thenThrows(InvalidStateTransition, /a completed project cannot be started/);
  });

  it('completes a started project with the report and the participants, carrying the project facts', () => {
    spec
      .given([created, started])
      .when({ type: 'CompleteProject', report: '送餐 20 次', participants: served })
      .then([completed]);
    spec
      .given([created, started])
      .when({ type: 'CompleteProject', report: '', participants: [] })
      .then([{ type: 'matching.ProjectCompleted', data: { ...project, report: '', participantMemberIds: [] } }]);
    expect(fold([created, started, completed])).toEqual({
      exists: true,
      status: 'completed',
      project,
      participantMemberIds: ['m-1', 'm-2'],
      evaluated: false,
    });
  });

  it('credits members of either side and members who reported to the community (双报到)', () => {
    const reported: ParticipantCheck = { memberId: 'm-3', reason: 'reported' };
    spec
      .given([created, started])
      .when({ type: 'CompleteProject', report: '送餐 20 次', participants: [...served, reported] })
      .then([{ ...completed, data: { ...completed.data, participantMemberIds: ['m-1', 'm-2', 'm-3'] } }]);
  });

  it('refuses participants from outside the project, naming every one of them', () => {
    const outsiders: ParticipantCheck[] = [
      { memberId: 'm-9', reason: 'not_of_project' },
      { memberId: 'ghost', reason: 'unknown_member' },
      { memberId: 'gone', reason: 'erased' },
    ];
    spec
      .given([created, started])
      .when({ type: 'CompleteProject', report: 'r', participants: [...served, ...outsiders] })
      .thenThrows(
        DomainRuleViolation,
        /not members of the unit's or the community's side of this project: m-9, ghost, gone/,
      );
    expect(() =>
      projectDecider.decide(
        { type: 'CompleteProject', report: 'r', participants: [...served, ...outsiders] },
        fold([created, started]),
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid_participant',
        details: {
          field: 'participantMemberIds',
          invalid: ['m-9', 'ghost', 'gone'],
          reasons: { 'm-9': 'not_of_project', ghost: 'unknown_member', gone: 'erased' },
          unknown: ['ghost'],
        },
      }),
    );
  });

  it('refuses to complete a project that does not exist, is not started yet or is already completed', () => {
    const complete = { type: 'CompleteProject' as const, report: 'r', participants: [] };
    spec.given([]).when(complete).thenThrows(NotFound);
    spec
      .given([created])
      .when(complete)
      .thenThrows(InvalidStateTransition, /a planned project cannot be completed; start it first/);
    spec
      .given([created, started, completed])
      .when(complete)
      .thenThrows(InvalidStateTransition, /a completed project cannot be completed/);
  });

  it('evaluates a completed project, crediting the participants recorded at completion', () => {
    spec
      .given([created, started, completed])
      .when({ type: 'EvaluateProject', score: 5, comment: '很好' })
      .then([evaluated]);
    spec
      .given([created, started, { ...completed, data: { ...completed.data, participantMemberIds: [] } }])
      .when({ type: 'EvaluateProject', score: 1, comment: '' })
      .then([{ ...evaluated, data: { ...evaluated.data, score: 1, comment: '', participantMemberIds: [] } }]);
  });

  it('refuses a second evaluation: each one would feed the unit score and the pioneer index again', () => {
    spec
      .given([created, started, completed, evaluated])
      .when({ type: 'EvaluateProject', score: 3, comment: '一般' })
      .thenThrows(InvalidStateTransition, /already evaluated/);
    expect(fold([created, started, completed, evaluated])).toEqual({
      ...fold([created, started, completed]),
      evaluated: true,
    });
  });

  it('refuses to evaluate a project that does not exist or is not completed', () => {
    const evaluate = { type: 'EvaluateProject' as const, score: 4, comment: '' };
    spec.given([]).when(evaluate).thenThrows(NotFound);
    spec
      .given([created])
      .when(evaluate)
      .thenThrows(InvalidStateTransition, /only a completed project can be evaluated/);
    spec
      .given([created, started])
      .when(evaluate)
      .thenThrows(InvalidStateTransition, /only a completed project can be evaluated/);
  });

  it('ignores lifecycle events for a project it has not seen created', () => {
    expect(fold([started])).toEqual({ exists: false });
    expect(fold([completed])).toEqual({ exists: false });
    expect(fold([evaluated])).toEqual({ exists: false });
  });
});
