import { type Decider, DomainRuleViolation, InvalidStateTransition, NotFound } from '@gongjian/eventing';
import type { PairingEndedV1, PairingEstablishedV1 } from '@gongjian/contracts';

/** 结对共建 — a unit paired with a grid or a community. */
export type PairingCommand =
  | {
      type: 'EstablishPairing';
      pairingId: string;
      unit: { id: string; kind: string; status: string } | null;
      org: { id: string; kind: string; status: string } | null;
      /** whether this unit already has an active pairing with this organisation */
      alreadyPaired: boolean;
      today: string;
    }
  | { type: 'EndPairing'; today: string };

export type PairingEvent =
  | { type: 'organizations.PairingEstablished'; data: PairingEstablishedV1 }
  | { type: 'organizations.PairingEnded'; data: PairingEndedV1 };

export type PairingState = { exists: false } | { exists: true; pairing: PairingEstablishedV1; ended: boolean };

export const pairingStreamId = (pairingId: string) => `organizations.pairing-${pairingId}`;

export const pairingDecider: Decider<PairingCommand, PairingEvent, PairingState> = {
  initialState: () => ({ exists: false }),
  decide(command, state) {
    if (command.type === 'EndPairing') {
      if (!state.exists) throw new NotFound('pairing not found');
      if (state.ended) throw new InvalidStateTransition('the pairing has already ended');
      const { pairingId, unitId, orgId } = state.pairing;
      return [{ type: 'organizations.PairingEnded', data: { pairingId, unitId, orgId, endedOn: command.today } }];
    }
    if (state.exists) throw new InvalidStateTransition('pairing already established');
    const { unit, org } = command;
    if (!unit || unit.kind !== 'unit' || unit.status !== 'active') {
      throw new DomainRuleViolation('the unit does not exist', 'unknown_unit', { field: 'unitId' });
    }
    if (!org || (org.kind !== 'grid' && org.kind !== 'community') || org.status !== 'active') {
      throw new DomainRuleViolation('a unit pairs with an active grid or community', 'invalid_pairing', {
        field: 'orgId',
      });
    }
    if (command.alreadyPaired)
      throw new DomainRuleViolation('this unit is already paired with this organisation', 'already_paired');
    const data = { pairingId: command.pairingId, unitId: unit.id, orgId: org.id, establishedOn: command.today };
    return [{ type: 'organizations.PairingEstablished', data }];
  },
  evolve(state, event) {
    if (event.type === 'organizations.PairingEstablished') return { exists: true, pairing: event.data, ended: false };
    return state.exists ? { ...state, ended: true } : state;
  },
};
