import { type Decider, InvalidStateTransition, NotFound } from '@gongjian/eventing';
import type { ProjectCompletedV1, ProjectEvaluatedV1, Quantity } from '@gongjian/contracts';

/** 共建项目 — an accepted match: planned → in_progress → completed, then rated by residents. */
export type ProjectStatus = 'planned' | 'in_progress' | 'completed';

export interface ProjectCreated {
  projectId: string;
  proposalId: string;
  needId: string;
  offerId: string;
  communityId: string;
  unitId: string;
  title: string;
  quantity: Quantity;
}

export type ProjectCommand =
  | { type: 'CreateProject'; project: ProjectCreated }
  | { type: 'StartProject' }
  | { type: 'CompleteProject'; report: string; participantMemberIds: string[] }
  | { type: 'EvaluateProject'; score: number; comment: string };

export type ProjectEvent =
  | { type: 'matching.ProjectCreated'; data: ProjectCreated }
  | { type: 'matching.ProjectStarted'; data: { projectId: string } }
  | { type: 'matching.ProjectCompleted'; data: ProjectCompletedV1 }
  | { type: 'matching.ProjectEvaluated'; data: ProjectEvaluatedV1 };

export type ProjectState =
  { exists: false } | { exists: true; status: ProjectStatus; project: ProjectCreated; participantMemberIds: string[] };

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
        return [
          {
            type: 'matching.ProjectCompleted',
            data: { ...p.project, report: command.report, participantMemberIds: command.participantMemberIds },
          },
        ];
      }
      case 'EvaluateProject': {
        const p = existing(state);
        if (p.status !== 'completed') throw new InvalidStateTransition('only a completed project can be evaluated');
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
        return { exists: true, status: 'planned', project: event.data, participantMemberIds: [] };
      case 'matching.ProjectStarted':
        return state.exists ? { ...state, status: 'in_progress' } : state;
      case 'matching.ProjectCompleted':
        return state.exists
          ? { ...state, status: 'completed', participantMemberIds: event.data.participantMemberIds }
          : state;
      case 'matching.ProjectEvaluated':
        return state;
    }
  },
};
