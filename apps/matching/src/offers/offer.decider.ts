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
  | { type: 'WithdrawOffer'; reason: string }
  | { type: 'ReserveOffer'; proposalId: string; quantity: Quantity }
  | { type: 'ReleaseOffer'; proposalId: string };

export type OfferEvent =
  | { type: 'matching.OfferPosted'; data: OfferDetails & { offerId: string } }
  | { type: 'matching.OfferWithdrawn'; data: { reason: string } }
  | { type: 'matching.OfferReserved'; data: { proposalId: string; quantity: Quantity } }
  | { type: 'matching.OfferReservationReleased'; data: { proposalId: string; quantity: Quantity } };

export type OfferState =
  | { exists: false }
  | {
      exists: true;
      status: OfferStatus;
      details: OfferDetails;
      remaining: Quantity;
      reservations: Record<string, number>;
    };

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
    if (command.type === 'ReleaseOffer') {
      const amount = state.reservations[command.proposalId];
      if (amount === undefined) return [];
      return [
        {
          type: 'matching.OfferReservationReleased',
          data: { proposalId: command.proposalId, quantity: { ...state.remaining, amount } },
        },
      ];
    }
    if (state.status === 'withdrawn') throw new InvalidStateTransition('offer is withdrawn');
    if (command.type === 'WithdrawOffer')
      return [{ type: 'matching.OfferWithdrawn', data: { reason: command.reason } }];
    if (state.reservations[command.proposalId] !== undefined) return [];
    if (command.quantity.amount > state.remaining.amount + 1e-9) {
      throw new DomainRuleViolation('the offer no longer has that much capacity', 'insufficient_capacity', {
        remaining: state.remaining.amount,
        requested: command.quantity.amount,
      });
    }
    return [{ type: 'matching.OfferReserved', data: { proposalId: command.proposalId, quantity: command.quantity } }];
  },

  evolve(state, event) {
    if (event.type === 'matching.OfferPosted') {
      const { offerId: _id, ...details } = event.data;
      return { exists: true, status: 'open', details, remaining: { ...details.capacity }, reservations: {} };
    }
    if (!state.exists) return state;
    if (event.type === 'matching.OfferWithdrawn') return { ...state, status: 'withdrawn' };
    const reserve = event.type === 'matching.OfferReserved';
    const reservations = { ...state.reservations };
    if (reserve) reservations[event.data.proposalId] = event.data.quantity.amount;
    else delete reservations[event.data.proposalId];
    const amount = Math.round((state.remaining.amount + (reserve ? -1 : 1) * event.data.quantity.amount) * 100) / 100;
    const status = state.status === 'withdrawn' ? 'withdrawn' : offerStatus(state.details.capacity.amount, amount);
    return { ...state, reservations, remaining: { ...state.remaining, amount }, status };
  },
};

export function offerStatus(capacity: number, remaining: number): OfferStatus {
  if (remaining <= 1e-9) return 'reserved';
  return remaining < capacity ? 'partially_reserved' : 'open';
}
