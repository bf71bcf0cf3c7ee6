import { type Decider, DomainRuleViolation, InvalidStateTransition, NotFound } from '@gongjian/eventing';
import type { Category, Quantity, TimeWindow, Urgency } from '@gongjian/contracts';

/** 需求 — one item of a community's need list. */
export type NeedStatus = 'open' | 'partially_matched' | 'matched' | 'fulfilled' | 'cancelled';

export interface NeedDetails {
  communityId: string;
  gridId: string | null;
  title: string;
  description: string;
  category: Category;
  tags: string[];
  quantity: Quantity;
  window: TimeWindow;
  urgency: Urgency;
}

export type NeedCommand =
  { type: 'PostNeed'; needId: string; details: NeedDetails; now: string } | { type: 'CancelNeed'; reason: string };

export type NeedEvent =
  | { type: 'matching.NeedPosted'; data: NeedDetails & { needId: string } }
  | { type: 'matching.NeedCancelled'; data: { reason: string } };

export type NeedState =
  { exists: false } | { exists: true; status: NeedStatus; details: NeedDetails; remaining: Quantity };

export const needStreamId = (needId: string) => `matching.need-${needId}`;

export const needDecider: Decider<NeedCommand, NeedEvent, NeedState> = {
  initialState: () => ({ exists: false }),

  decide(command, state) {
    switch (command.type) {
      case 'PostNeed': {
        if (state.exists) throw new InvalidStateTransition('need already posted');
        if (command.details.window.to < command.now) {
          throw new DomainRuleViolation('the need window has already ended', 'window_ended', {
            field: 'window.to',
            windowTo: command.details.window.to,
          });
        }
        return [{ type: 'matching.NeedPosted', data: { needId: command.needId, ...command.details } }];
      }
      case 'CancelNeed': {
        if (!state.exists) throw new NotFound('need not found');
        if (state.status === 'cancelled') throw new InvalidStateTransition('need is already cancelled');
        if (state.status === 'matched' || state.status === 'fulfilled') {
          throw new InvalidStateTransition(`a ${state.status} need cannot be cancelled`, { status: state.status });
        }
        return [{ type: 'matching.NeedCancelled', data: { reason: command.reason } }];
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'matching.NeedPosted': {
        const { needId: _id, ...details } = event.data;
        return { exists: true, status: 'open', details, remaining: { ...details.quantity } };
      }
      case 'matching.NeedCancelled':
        return state.exists ? { ...state, status: 'cancelled' } : state;
    }
  },
};
