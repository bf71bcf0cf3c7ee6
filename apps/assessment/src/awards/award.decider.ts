import type { AwardKind } from '@gongjian/contracts';
import { type Decider, defineAggregate, InvalidStateTransition } from '@gongjian/eventing';
import { ASSESSMENT_EVENTS as E } from '../assessment-events';

export interface AwardProposedV1 {
  awardId: string;
  kind: AwardKind;
  year: number;
  /** a member (先锋党员) or a party organisation (五星党支部) */
  subjectId: string;
  /** the member's branch, or the organisation itself: where the award lies for scope */
  subjectOrgId: string;
  /** the organisation whose subtree was ranked */
  scopeOrgId: string | null;
  rank: number;
  index: number;
  /** the sets that computed the year's figures */
  setIds: string[];
}
export interface AwardDecidedV1 {
  awardId: string;
  reason: string;
}

export type AwardEvent =
  | { type: typeof E.awardProposed; data: AwardProposedV1 }
  | { type: typeof E.awardConfirmed; data: AwardDecidedV1 }
  | { type: typeof E.awardRejected; data: AwardDecidedV1 };

export type AwardCommand =
  | { type: 'ProposeAward'; award: AwardProposedV1 }
  | { type: 'ConfirmAward'; reason: string }
  | { type: 'RejectAward'; reason: string };

export type AwardState = { exists: false } | { exists: true; awardId: string; decided: boolean };

/** 评优: an award proposed from a year's figures, then confirmed or rejected by the district, once. */
export const awardDecider: Decider<AwardCommand, AwardEvent, AwardState> = {
  initialState: () => ({ exists: false }),
  decide(command, state) {
    if (command.type === 'ProposeAward') {
      if (state.exists) throw new InvalidStateTransition('the award is already proposed');
      return [{ type: E.awardProposed, data: command.award }];
    }
    if (!state.exists) throw new InvalidStateTransition('no such award');
    if (state.decided) throw new InvalidStateTransition('the award is already decided');
    const data = { awardId: state.awardId, reason: command.reason };
    return [{ type: command.type === 'ConfirmAward' ? E.awardConfirmed : E.awardRejected, data }];
  },
  evolve(state, event) {
    if (event.type === E.awardProposed) return { exists: true, awardId: event.data.awardId, decided: false };
    return state.exists ? { ...state, decided: true } : state;
  },
};

export const awardAggregate = defineAggregate({
  name: 'award',
  decider: awardDecider,
  streamId: (awardId: string) => `assessment.award-${awardId}`,
});
