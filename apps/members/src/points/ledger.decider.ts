import { type Decider, defineAggregate, DomainRuleViolation, InvalidStateTransition } from '@gongjian/eventing';
import { MEMBER_EVENTS, type PointsAwardedV1, type PointsRedeemedV1, type ServiceEvaluatedV1 } from '../member-events';

/** The points ledger of one member: one stream, so the balance check and the append are atomic. */
export type LedgerCommand =
  | { type: 'AwardPoints'; award: PointsAwardedV1 }
  | { type: 'RecordEvaluation'; evaluation: ServiceEvaluatedV1 }
  | { type: 'RedeemPoints'; memberId: string; redemptionId: string; points: number; merchant: string };

export type LedgerEvent =
  | { type: typeof MEMBER_EVENTS.pointsAwarded; data: PointsAwardedV1 }
  | { type: typeof MEMBER_EVENTS.pointsRedeemed; data: PointsRedeemedV1 }
  | { type: typeof MEMBER_EVENTS.serviceEvaluated; data: ServiceEvaluatedV1 };

export interface LedgerState {
  balance: number;
  /** ids of the source events already accounted for: each is awarded exactly once */
  sources: Set<string>;
}

export const ledgerStreamId = (memberId: string) => `members.ledger-${memberId}`;

export const ledgerDecider: Decider<LedgerCommand, LedgerEvent, LedgerState> = {
  initialState: () => ({ balance: 0, sources: new Set() }),

  decide(command, state) {
    switch (command.type) {
      case 'AwardPoints':
        // a redelivered source event awards nothing (at-least-once bus, exactly-once ledger)
        if (state.sources.has(command.award.source.eventId)) return [];
        return [{ type: MEMBER_EVENTS.pointsAwarded, data: command.award }];
      case 'RecordEvaluation':
        if (state.sources.has(command.evaluation.source.eventId)) return [];
        return [{ type: MEMBER_EVENTS.serviceEvaluated, data: command.evaluation }];
      case 'RedeemPoints':
        if (state.sources.has(command.redemptionId)) throw new InvalidStateTransition('redemption already recorded');
        if (command.points > state.balance)
          throw new DomainRuleViolation(
            `the balance is ${state.balance} points; ${command.points} cannot be redeemed`,
            'insufficient_points',
            { field: 'points', balance: state.balance },
          );
        return [
          {
            type: MEMBER_EVENTS.pointsRedeemed,
            data: {
              memberId: command.memberId,
              redemptionId: command.redemptionId,
              points: command.points,
              merchant: command.merchant,
            },
          },
        ];
    }
  },

  evolve(state, event) {
    const sources = new Set(state.sources);
    switch (event.type) {
      case MEMBER_EVENTS.pointsAwarded:
        sources.add(event.data.source.eventId);
        return { balance: state.balance + event.data.points, sources };
      case MEMBER_EVENTS.serviceEvaluated:
        sources.add(event.data.source.eventId);
        return { balance: state.balance, sources };
      case MEMBER_EVENTS.pointsRedeemed:
        sources.add(event.data.redemptionId);
        return { balance: state.balance - event.data.points, sources };
    }
  },
};

/** 量化积分 — a member's points ledger, bound once to its stream. */
export const ledgerAggregate = defineAggregate({ name: 'ledger', decider: ledgerDecider, streamId: ledgerStreamId });
