import type { MicroProjectStatus } from '@gongjian/contracts';
import { type Decider, defineAggregate, DomainRuleViolation, InvalidStateTransition } from '@gongjian/eventing';
import { FUNDS_EVENTS } from '../funds-events';

const E = FUNDS_EVENTS;

/** 微项目 statuses (libs/contracts: the console names them too). */
export { MICRO_PROJECT_STATUS_CODES, MICRO_PROJECT_STATUSES, type MicroProjectStatus } from '@gongjian/contracts';

export interface MicroProjectProposedV1 {
  microProjectId: string;
  /** the community (or street) that runs it */
  orgId: string;
  name: string;
  description: string;
  /** how many residents it means to serve */
  plannedBeneficiaries: number;
}
export interface MicroProjectCompletedV1 {
  microProjectId: string;
  /** how many residents it served (人次), counted at completion: the fund report's beneficiaries */
  beneficiaries: number;
  summary: string;
  completedOn: string;
}
export interface MicroProjectCancelledV1 {
  microProjectId: string;
  reason: string;
}

export type MicroProjectEvent =
  | { type: typeof E.microProjectProposed; data: MicroProjectProposedV1 }
  | { type: typeof E.microProjectCompleted; data: MicroProjectCompletedV1 }
  | { type: typeof E.microProjectCancelled; data: MicroProjectCancelledV1 };

export type MicroProjectCommand =
  | { type: 'Propose'; project: MicroProjectProposedV1 }
  | { type: 'Complete'; beneficiaries: number; summary: string; completedOn: string }
  | { type: 'Cancel'; reason: string };

export type MicroProjectState =
  { exists: false } | { exists: true; microProjectId: string; orgId: string; status: MicroProjectStatus };

export const microProjectStreamId = (id: string) => `funds.micro-project-${id}`;

/** 小微项目 (seed: Jinshan's 816 of them, crowdfunded by the joint meeting's units). */
export const microProjectDecider: Decider<MicroProjectCommand, MicroProjectEvent, MicroProjectState> = {
  initialState: () => ({ exists: false }),
  decide(command, state) {
    if (command.type === 'Propose') {
      if (state.exists) throw new InvalidStateTransition('the micro-project already exists');
      return [{ type: E.microProjectProposed, data: command.project }];
    }
    if (!state.exists) throw new InvalidStateTransition('no such micro-project');
    if (state.status !== 'proposed') throw new InvalidStateTransition(`the micro-project is already ${state.status}`);
    if (command.type === 'Complete') {
      if (!Number.isInteger(command.beneficiaries) || command.beneficiaries < 0)
        throw new DomainRuleViolation('beneficiaries is a count', 'invalid_beneficiaries', { field: 'beneficiaries' });
      const { beneficiaries, summary, completedOn } = command;
      return [
        {
          type: E.microProjectCompleted,
          data: { microProjectId: state.microProjectId, beneficiaries, summary, completedOn },
        },
      ];
    }
    return [{ type: E.microProjectCancelled, data: { microProjectId: state.microProjectId, reason: command.reason } }];
  },
  evolve(state, event) {
    switch (event.type) {
      case E.microProjectProposed:
        return {
          exists: true,
          microProjectId: event.data.microProjectId,
          orgId: event.data.orgId,
          status: 'proposed',
        };
      case E.microProjectCompleted:
        return state.exists ? { ...state, status: 'completed' } : state;
      case E.microProjectCancelled:
        return state.exists ? { ...state, status: 'cancelled' } : state;
    }
  },
};

export const microProjectAggregate = defineAggregate({
  name: 'micro-project',
  decider: microProjectDecider,
  streamId: microProjectStreamId,
});
