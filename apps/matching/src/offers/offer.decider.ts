import { type Decider, DomainRuleViolation, InvalidStateTransition, NotFound } from '@gongjian/eventing';
import type { Category, Quantity, TimeWindow } from '@gongjian/contracts';

/** 资源 — one item of a unit's resource list. */
export type OfferStatus = 'open' | 'partially_reserved' | 'reserved' | 'withdrawn';

export interface OfferDetails {
  unitId: string;
  title: string;
  description: string;
  category: Category;
  tags: string[];
  capacity: Quantity;
  window: TimeWindow;
  /** Organisations whose whole subtree the offer serves. */
  serviceArea: string[];
}

export type OfferCommand =
  | { type: 'PostOffer'; offerId: string; details: OfferDetails; now: string }
  | { type: 'WithdrawOffer'; reason: string };

export type OfferEvent =
  | { type: 'matching.OfferPosted'; data: OfferDetails & { offerId: string } }
  | { type: 'matching.OfferWithdrawn'; data: { reason: string } };

export type OfferState =
  { exists: false } | { exists: true; status: OfferStatus; details: OfferDetails; remaining: Quantity };

export const offerStreamId = (offerId: string) => `matching.offer-${offerId}`;

export const offerDecider: Decider<OfferCommand, OfferEvent, OfferState> = {
  initialState: () => ({ exists: false }),

  decide(command, state) {
    if (command.type === 'PostOffer') {
      if (state.exists) throw new InvalidStateTransition('offer already posted');
      if (command.details.window.to < command.now) {
        throw new DomainRuleViolation('the offer window has already ended', 'window_ended', { field: 'window.to' });
      }
      return [{ type: 'matching.OfferPosted', data: { offerId: command.offerId, ...command.details } }];
    }
    if (!state.exists) throw new NotFound('offer not found');
    if (state.status === 'withdrawn') throw new InvalidStateTransition('offer is already withdrawn');
    return [{ type: 'matching.OfferWithdrawn', data: { reason: command.reason } }];
  },

  evolve(state, event) {
    if (event.type === 'matching.OfferPosted') {
      const { offerId: _id, ...details } = event.data;
      return { exists: true, status: 'open', details, remaining: { ...details.capacity } };
    }
    return state.exists ? { ...state, status: 'withdrawn' } : state;
  },
};
