import type { ConformsToContracts } from '@gongjian/contracts';
import {
  type Decider,
  defineAggregate,
  DomainRuleViolation,
  InvalidStateTransition,
  NotFound,
} from '@gongjian/eventing';
import type { Category, NeedStatus, Quantity, TimeWindow, Urgency } from '@gongjian/contracts';
import { invalidWindow, windowEnded, windowReversed } from '../window';

/** Statuses no later reservation, release or delivery changes. */
const FINAL: NeedStatus[] = ['cancelled', 'expired'];

/** 需求 — one item of a community's need list (its statuses: NEED_STATUSES of libs/contracts). */
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
  /** 编码 — the office's own code, unique in the community, when it gave one (issue 17) */
  code?: string;
}

/** What may change while a need is still open (nothing reserved yet). */
export type NeedChanges = Partial<
  Pick<NeedDetails, 'title' | 'description' | 'tags' | 'quantity' | 'window' | 'urgency'>
>;

export type NeedCommand =
  | { type: 'PostNeed'; needId: string; details: NeedDetails; now: string }
  | { type: 'CancelNeed'; reason: string }
  | { type: 'EditNeed'; changes: NeedChanges; now: string }
  | { type: 'ReserveNeed'; proposalId: string; quantity: Quantity }
  | { type: 'ReleaseNeed'; proposalId: string }
  | { type: 'RecordNeedServed'; projectId: string; quantity: Quantity }
  | { type: 'ExpireNeed'; now: string };

export type NeedEvent =
  | { type: 'matching.NeedPosted'; data: NeedDetails & { needId: string } }
  | { type: 'matching.NeedCancelled'; data: { reason: string } }
  | { type: 'matching.NeedEdited'; data: NeedChanges }
  | { type: 'matching.NeedReserved'; data: { proposalId: string; quantity: Quantity } }
  | { type: 'matching.NeedReservationReleased'; data: { proposalId: string; quantity: Quantity } }
  | { type: 'matching.NeedServed'; data: { projectId: string; quantity: Quantity } }
  | { type: 'matching.NeedExpired'; data: { windowTo: string; unmatched: Quantity } };

export type NeedState =
  | { exists: false }
  | {
      exists: true;
      status: NeedStatus;
      details: NeedDetails;
      remaining: Quantity;
      served: number;
      reservations: Record<string, number>;
      /** the projects whose service is recorded (each once) */
      servedBy: string[];
    };

export const needStreamId = (needId: string) => `matching.need-${needId}`;

export const needDecider: Decider<NeedCommand, NeedEvent, NeedState> = {
  initialState: () => ({ exists: false }),

  decide(command, state) {
    switch (command.type) {
      case 'PostNeed': {
        if (state.exists) throw new InvalidStateTransition('need already posted');
        if (windowReversed(command.details.window)) throw invalidWindow();
        if (windowEnded(command.details.window.to, command.now)) {
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
        if (state.status === 'matched' || state.status === 'fulfilled' || state.status === 'expired') {
          throw new InvalidStateTransition(`a ${state.status} need cannot be cancelled`, { status: state.status });
        }
        return [{ type: 'matching.NeedCancelled', data: { reason: command.reason } }];
      }
      case 'EditNeed': {
        if (!state.exists) throw new NotFound('need not found');
        if (state.status !== 'open') {
          throw new InvalidStateTransition(`only an open need can be edited; this one is ${state.status}`, {
            status: state.status,
          });
        }
        const window = command.changes.window ?? state.details.window;
        if (windowReversed(window)) throw invalidWindow();
        if (windowEnded(window.to, command.now)) {
          throw new DomainRuleViolation('the need window has already ended', 'window_ended', { field: 'window.to' });
        }
        if (command.changes.quantity && command.changes.quantity.unit !== state.details.quantity.unit) {
          throw new DomainRuleViolation('the unit of quantity cannot change', 'unit_changed', {
            field: 'quantity.unit',
          });
        }
        return Object.keys(command.changes).length === 0
          ? []
          : [{ type: 'matching.NeedEdited', data: command.changes }];
      }
      case 'ReserveNeed': {
        if (!state.exists) throw new NotFound('need not found');
        if (FINAL.includes(state.status)) throw new InvalidStateTransition(`the need is ${state.status}`);
        if (state.reservations[command.proposalId] !== undefined) return [];
        if (command.quantity.amount > state.remaining.amount + 1e-9) {
          throw new DomainRuleViolation('the need no longer has that much remaining', 'insufficient_need_remaining', {
            remaining: state.remaining.amount,
            requested: command.quantity.amount,
          });
        }
        return [
          { type: 'matching.NeedReserved', data: { proposalId: command.proposalId, quantity: command.quantity } },
        ];
      }
      case 'ReleaseNeed': {
        if (!state.exists || state.reservations[command.proposalId] === undefined) return [];
        const amount = state.reservations[command.proposalId];
        return [
          {
            type: 'matching.NeedReservationReleased',
            data: { proposalId: command.proposalId, quantity: { ...state.remaining, amount } },
          },
        ];
      }
      case 'RecordNeedServed': {
        if (!state.exists) throw new NotFound('need not found');
        // the completion request and the project flow on the bus both record it: once
        if (state.servedBy.includes(command.projectId)) return [];
        return [{ type: 'matching.NeedServed', data: { projectId: command.projectId, quantity: command.quantity } }];
      }
      case 'ExpireNeed': {
        // only what is still waiting for a match expires; reserved parts carry on in their projects
        if (!state.exists || !['open', 'partially_matched'].includes(state.status)) return [];
        if (!windowEnded(state.details.window.to, command.now)) return [];
        return [
          { type: 'matching.NeedExpired', data: { windowTo: state.details.window.to, unmatched: state.remaining } },
        ];
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'matching.NeedPosted': {
        const { needId: _id, ...details } = event.data;
        return {
          exists: true,
          status: 'open',
          details,
          remaining: { ...details.quantity },
          served: 0,
          reservations: {},
          servedBy: [],
        };
      }
      case 'matching.NeedCancelled':
        return state.exists ? { ...state, status: 'cancelled' } : state;
      case 'matching.NeedExpired':
        return state.exists ? { ...state, status: 'expired' } : state;
      case 'matching.NeedEdited': {
        if (!state.exists) return state;
        const details = { ...state.details, ...event.data };
        return { ...state, details, remaining: { ...details.quantity } };
      }
      case 'matching.NeedReserved':
      case 'matching.NeedReservationReleased': {
        if (!state.exists) return state;
        const reserve = event.type === 'matching.NeedReserved';
        const reservations = { ...state.reservations };
        if (reserve) reservations[event.data.proposalId] = event.data.quantity.amount;
        else delete reservations[event.data.proposalId];
        const amount = round2(state.remaining.amount + (reserve ? -1 : 1) * event.data.quantity.amount);
        return {
          ...state,
          reservations,
          remaining: { ...state.remaining, amount },
          status: nextStatus(state.status, state.details.quantity.amount, amount, state.served),
        };
      }
      case 'matching.NeedServed': {
        if (!state.exists) return state;
        const served = round2(state.served + event.data.quantity.amount);
        return {
          ...state,
          served,
          servedBy: [...state.servedBy, event.data.projectId],
          status: nextStatus(state.status, state.details.quantity.amount, state.remaining.amount, served),
        };
      }
    }
  },
};

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The status after a reservation, release or delivery: cancelled and expired stay as they are. */
export function nextStatus(current: NeedStatus, quantity: number, remaining: number, served: number): NeedStatus {
  return FINAL.includes(current) ? current : needStatus(quantity, remaining, served);
}

/** open → partially_matched → matched (nothing left to reserve) → fulfilled (all of it served). */
export function needStatus(quantity: number, remaining: number, served: number): NeedStatus {
  if (served >= quantity - 1e-9) return 'fulfilled';
  if (remaining <= 1e-9) return 'matched';
  return remaining < quantity ? 'partially_matched' : 'open';
}

/** 需求 — an item of a community's need list, bound once to its stream. */
export const needAggregate = defineAggregate({ name: 'need', decider: needDecider, streamId: needStreamId });

/** The public events among these carry their contract's payload (libs/contracts); the build stops otherwise. */
export const needEventsConform: ConformsToContracts<NeedEvent> = true;
