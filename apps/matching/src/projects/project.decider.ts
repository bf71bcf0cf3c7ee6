import {
  type Decider,
  defineAggregate,
  DomainRuleViolation,
  InvalidStateTransition,
  NotFound,
} from '@gongjian/eventing';
import type {
  ConformsToContracts,
  ProjectCompletedV1,
  ProjectCreatedV1,
  ProjectEvaluatedV1,
  ProjectStatus,
} from '@gongjian/contracts';

/**
 * 共建项目 — an accepted match: planned → in_progress → completed, then rated by residents. What
 * it is made of is its public creation (ProjectCreatedV1: the funds service keeps the projects an
 * allocation may fund); its completion adds the report, the participants and the beneficiaries.
 */
export type ProjectCreated = ProjectCreatedV1;

/**
 * Why a member may or may not be named as having served in a project, as the handler found it in
 * matching's copy of the registry: `unit` (employed by the project's unit, or the unit is their
 * branch), `community` (their branch lies in the project's community), `reported` (双报到 to that
 * community); else `unknown_member`, `erased` or `not_of_project`.
 */
export type ParticipantReason = 'unit' | 'community' | 'reported' | 'unknown_member' | 'erased' | 'not_of_project';
export interface ParticipantCheck {
  memberId: string;
  reason: ParticipantReason;
}
export const ELIGIBLE_REASONS: readonly ParticipantReason[] = ['unit', 'community', 'reported'];

export type ProjectCommand =
  | { type: 'CreateProject'; project: ProjectCreated }
  | { type: 'StartProject' }
  /** `beneficiaries`: the residents it served (人次), when the completing side counted them */
  | { type: 'CompleteProject'; report: string; participants: ParticipantCheck[]; beneficiaries?: number }
  | { type: 'EvaluateProject'; score: number; comment: string };

export type ProjectEvent =
  | { type: 'matching.ProjectCreated'; data: ProjectCreated }
  | { type: 'matching.ProjectStarted'; data: { projectId: string } }
  | { type: 'matching.ProjectCompleted'; data: ProjectCompletedV1 }
  | { type: 'matching.ProjectEvaluated'; data: ProjectEvaluatedV1 };

export type ProjectState =
  | { exists: false }
  | {
      exists: true;
      status: ProjectStatus;
      project: ProjectCreated;
      participantMemberIds: string[];
      /** residents evaluate a project once, through the community side (a second one is refused) */
      evaluated: boolean;
    };

export const projectStreamId = (projectId: string) => `matching.project-${projectId}`;

function existing(state: ProjectState) {
  if (!state.exists) throw new NotFound('project not found');
  return state;
}

export const projectDecider: Decider<ProjectCommand, ProjectEvent, ProjectState> = {
  initialState: () => ({ exists: false }),
  decide(command, state) {
    switch (command.type) {
      case 'CreateProject':
        if (state.exists) throw new InvalidStateTransition('project already created');
        return [{ type: 'matching.ProjectCreated', data: command.project }];
      case 'StartProject': {
        const p = existing(state);
        if (p.status !== 'planned') throw new InvalidStateTransition(`a ${p.status} project cannot be started`);
        return [{ type: 'matching.ProjectStarted', data: { projectId: p.project.projectId } }];
      }
      case 'CompleteProject': {
        const p = existing(state);
        if (p.status !== 'in_progress')
          throw new InvalidStateTransition(`a ${p.status} project cannot be completed; start it first`);
        assertParticipants(command.participants);
        const { beneficiaries } = command;
        if (beneficiaries !== undefined && (!Number.isSafeInteger(beneficiaries) || beneficiaries < 0))
          throw new DomainRuleViolation('beneficiaries is a count of residents', 'invalid_beneficiaries', {
            field: 'beneficiaries',
          });
        const participantMemberIds = [...new Set(command.participants.map((c) => c.memberId))];
        const data: ProjectCompletedV1 = { ...p.project, report: command.report, participantMemberIds };
        if (beneficiaries !== undefined) data.beneficiaries = beneficiaries;
        return [{ type: 'matching.ProjectCompleted', data }];
      }
      case 'EvaluateProject': {
        const p = existing(state);
        if (p.status !== 'completed') throw new InvalidStateTransition('only a completed project can be evaluated');
        // each evaluation feeds the unit's score and every participant's pioneer index: once
        if (p.evaluated) throw new InvalidStateTransition('the residents have already evaluated this project');
        const { projectId, unitId, communityId } = p.project;
        const { participantMemberIds } = p;
        return [
          {
            type: 'matching.ProjectEvaluated',
            data: {
              projectId,
              unitId,
              communityId,
              score: command.score,
              comment: command.comment,
              participantMemberIds,
            },
          },
        ];
      }
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'matching.ProjectCreated':
        return { exists: true, status: 'planned', project: event.data, participantMemberIds: [], evaluated: false };
      case 'matching.ProjectStarted':
        return state.exists ? { ...state, status: 'in_progress' } : state;
      case 'matching.ProjectCompleted':
        return state.exists
          ? { ...state, status: 'completed', participantMemberIds: event.data.participantMemberIds }
          : state;
      case 'matching.ProjectEvaluated':
        return state.exists ? { ...state, evaluated: true } : state;
    }
  },
};

/**
 * Points go only to members who could have served on one of the project's two sides (or reported
 * to its community): anyone else named is refused, all of them named in the error, nothing
 * appended.
 */
function assertParticipants(participants: ParticipantCheck[]): void {
  const invalid = participants.filter((c) => !ELIGIBLE_REASONS.includes(c.reason));
  if (invalid.length === 0) return;
  const ids = [...new Set(invalid.map((c) => c.memberId))];
  throw new DomainRuleViolation(
    `not members of the unit's or the community's side of this project: ${ids.join(', ')}`,
    'invalid_participant',
    {
      field: 'participantMemberIds',
      invalid: ids,
      reasons: Object.fromEntries(invalid.map((c) => [c.memberId, c.reason])),
      unknown: ids.filter((id) => invalid.some((c) => c.memberId === id && c.reason === 'unknown_member')),
    },
  );
}

/** 共建项目 — a co-build project, bound once to its stream. */
export const projectAggregate = defineAggregate({
  name: 'project',
  decider: projectDecider,
  streamId: projectStreamId,
});

/** The public events among these carry their contract's payload (libs/contracts); the build stops otherwise. */
export const projectEventsConform: ConformsToContracts<ProjectEvent> = true;
