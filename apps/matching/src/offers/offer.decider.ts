import {
  type Decider,
  defineAggregate,
  DomainRuleViolation,
  InvalidStateTransition,
  NotFound,
} from '@gongjian/eventing';
import type { Category, OfferStatus, Quantity, TimeWindow } from '@gongjian/contracts';
import { invalidWindow, windowEnded, windowReversed } from '../window';

/** Statuses no later reservation or release changes. */
const FINAL: OfferStatus[] = ['withdrawn', 'expired'];

/** 资源 — one item of a unit's resource list (its statuses: OFFER_STATUSES of libs/contracts). */
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
  /** 编码 — the unit's own code, unique among its offers, when it gave one (issue 17) */
  code?: string;
}

/** What may change while an offer is still open (nothing reserved yet); the unit never changes. */
export type OfferChanges = Partial<
  Pick<OfferDetails, 'title' | 'description' | 'tags' | 'capacity' | 'window' | 'serviceArea'>
>;

export type OfferCommand =
  | { type: 'PostOffer'; offerId: string; details: OfferDetails; now: string }
  | { type: 'EditOffer'; changes: OfferChanges; now: string }
  | { type: 'ExpireOffer'; now: string }
  | { type: 'WithdrawOffer'; reason: string }
  | { type: 'ReserveOffer'; proposalId: string; quantity: Quantity }
  | { type: 'ReleaseOffer'; proposalId: string };

export type OfferEvent =
  | { type: 'matching.OfferPosted'; data: OfferDetails & { offerId: string } }
  | { type: 'matching.OfferWithdrawn'; data: { reason: string } }
  | { type: 'matching.OfferEdited'; data: OfferChanges }
  | { type: 'matching.OfferExpired'; data: { windowTo: string; unreserved: Quantity } }
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
      if (windowReversed(command.details.window)) throw invalidWindow();
      if (windowEnded(command.details.window.to, command.now)) {
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
    if (command.type === 'ExpireOffer') {
      // only unreserved capacity expires; what projects reserved stays theirs
      if (!['open', 'partially_reserved'].includes(state.status)) return [];
      if (!windowEnded(state.details.window.to, command.now)) return [];
      return [
        { type: 'matching.OfferExpired', data: { windowTo: state.details.window.to, unreserved: state.remaining } },
      ];
    }
    if (FINAL.includes(state.status)) throw new InvalidStateTransition(`offer is ${state.status}`);
    if (command.type === 'EditOffer') return editOffer(state.status, state.details, command.changes, command.now);
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
    if (event.type === 'matching.OfferExpired') return { ...state, status: 'expired' };
    if (event.type === 'matching.OfferEdited') {
      const details = { ...state.details, ...event.data };
      return { ...state, details, remaining: { ...details.capacity } };
    }
    const reserve = event.type === 'matching.OfferReserved';
    const reservations = { ...state.reservations };
    if (reserve) reservations[event.data.proposalId] = event.data.quantity.amount;
    else delete reservations[event.data.proposalId];
    const amount = Math.round((state.remaining.amount + (reserve ? -1 : 1) * event.data.quantity.amount) * 100) / 100;
    const status = nextOfferStatus(state.status, state.details.capacity.amount, amount);
    return { ...state, reservations, remaining: { ...state.remaining, amount }, status };
  },
};

function editOffer(status: OfferStatus, current: OfferDetails, changes: OfferChanges, now: string): OfferEvent[] {
  if (status !== 'open') {
    throw new InvalidStateTransition(`only an open offer can be edited; this one is ${status}`, { status });
  }
  const window = changes.window ?? current.window;
  if (windowReversed(window)) throw invalidWindow();
  if (windowEnded(window.to, now)) {
    throw new DomainRuleViolation('the offer window has already ended', 'window_ended', { field: 'window.to' });
  }
  if (changes.capacity && changes.capacity.unit !== current.capacity.unit) {
    throw new DomainRuleViolation('the unit of capacity cannot change', 'unit_changed', { field: 'capacity.unit' });
  }
  return Object.keys(changes).length === 0 ? [] : [{ type: 'matching.OfferEdited', data: changes }];
}

/** The status after a reservation or release: withdrawn and expired stay as they are. */
export function nextOfferStatus(current: OfferStatus, capacity: number, remaining: number): OfferStatus {
  return FINAL.includes(current) ? current : offerStatus(capacity, remaining);
}

export function offerStatus(capacity: number, remaining: number): OfferStatus {
  if (remaining <= 1e-9) return 'reserved';
  return remaining < capacity ? 'partially_reserved' : 'open';
}

/** 资源 — an item of a unit's resource list, bound once to its stream. */
export const offerAggregate = defineAggregate({ name: 'offer', decider: offerDecider, streamId: offerStreamId });
