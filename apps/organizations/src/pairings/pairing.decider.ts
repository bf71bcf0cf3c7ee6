import type { ConformsToContracts } from '@gongjian/contracts';
import {
  type Decider,
  defineAggregate,
  DomainRuleViolation,
  InvalidStateTransition,
  NotFound,
} from '@gongjian/eventing';
import type { PairingEndedV1, PairingEstablishedV1, PairingStatus } from '@gongjian/contracts';
import { otherSide, type Side, type Sides } from '../relation-sides';

type Facts = { id: string; kind: string; status: string } | null;

/**
 * 结对共建 — a unit paired with a grid, a community or a grid's party branch. A relationship of two parties: one side
 * proposes, the other confirms or declines, the proposer may withdraw; an account over both sides
 * establishes it at once. Only an established pairing is public (PairingEstablished, which the
 * matching service folds for its pairing bonus); either side may end it.
 */
export type PairingCommand =
  | {
      type: 'EstablishPairing';
      pairingId: string;
      unit: Facts;
      org: Facts;
      /** whether this unit already has a pairing with this organisation, active or proposed */
      existing: 'active' | 'proposed' | null;
      /** the side(s) of the account that asks */
      by: Sides;
      today: string;
    }
  | { type: 'ConfirmPairing'; unit: Facts; org: Facts; by: Sides; today: string }
  | { type: 'DeclinePairing'; by: Sides; today: string }
  | { type: 'WithdrawPairing'; by: Sides; today: string }
  | { type: 'EndPairing'; today: string };

interface PairingProposedData {
  pairingId: string;
  unitId: string;
  orgId: string;
  proposedBy: Side;
  proposedOn: string;
}
interface PairingClosedData {
  pairingId: string;
  unitId: string;
  orgId: string;
  /** the day the proposal was declined or withdrawn */
  on: string;
}

export type PairingEvent =
  | { type: 'organizations.PairingProposed'; data: PairingProposedData }
  | { type: 'organizations.PairingDeclined'; data: PairingClosedData }
  | { type: 'organizations.PairingWithdrawn'; data: PairingClosedData }
  | { type: 'organizations.PairingEstablished'; data: PairingEstablishedV1 }
  | { type: 'organizations.PairingEnded'; data: PairingEndedV1 };

export type PairingState =
  | { exists: false }
  | { exists: true; pairingId: string; unitId: string; orgId: string; status: PairingStatus; proposedBy: Side | null };

export const pairingStreamId = (pairingId: string) => `organizations.pairing-${pairingId}`;

/**
 * Both parties known and active (the codes of requireActive), the organisation a grid, a community
 * or a grid's party branch (支部结对、网格共建, seed 001: 93 units with 53 grid party organisations).
 */
function checkParties(unit: Facts, org: Facts): { unitId: string; orgId: string } {
  if (!unit || unit.kind !== 'unit')
    throw new DomainRuleViolation('the unit does not exist', 'unknown_unit', { field: 'unitId' });
  if (unit.status !== 'active')
    throw new DomainRuleViolation('the unit is dissolved', 'organisation_dissolved', { field: 'unitId' });
  if (!org)
    throw new DomainRuleViolation('the organisation does not exist', 'unknown_organisation', { field: 'orgId' });
  if (org.kind !== 'grid' && org.kind !== 'community' && org.kind !== 'branch')
    throw new DomainRuleViolation('a unit pairs with a grid, a community or a party branch', 'invalid_pairing', {
      field: 'orgId',
    });
  if (org.status !== 'active')
    throw new DomainRuleViolation('the organisation is dissolved', 'organisation_dissolved', { field: 'orgId' });
  return { unitId: unit.id, orgId: org.id };
}

function establish(command: Extract<PairingCommand, { type: 'EstablishPairing' }>): PairingEvent[] {
  const { unitId, orgId } = checkParties(command.unit, command.org);
  if (command.existing === 'active')
    throw new DomainRuleViolation('this unit is already paired with this organisation', 'already_paired');
  if (command.existing === 'proposed')
    throw new DomainRuleViolation(
      'a pairing of this unit with this organisation awaits confirmation',
      'already_proposed',
    );
  const { pairingId, today } = command;
  if (command.by === 'both')
    return [{ type: 'organizations.PairingEstablished', data: { pairingId, unitId, orgId, establishedOn: today } }];
  const data = { pairingId, unitId, orgId, proposedBy: command.by, proposedOn: today };
  return [{ type: 'organizations.PairingProposed', data }];
}

/** A proposal may be answered (confirmed, declined) by the other side only, withdrawn by its own. */
function answerable(state: PairingState, by: Sides, answer: 'answer' | 'withdraw') {
  if (!state.exists) throw new NotFound('pairing not found');
  if (state.status !== 'proposed') throw new InvalidStateTransition(`the pairing is ${state.status}, not proposed`);
  const needed = answer === 'withdraw' ? state.proposedBy! : otherSide(state.proposedBy!);
  if (by !== 'both' && by !== needed) {
    throw new InvalidStateTransition(
      answer === 'withdraw'
        ? 'only the side that proposed may withdraw'
        : 'the side that proposed cannot answer itself',
    );
  }
  return { pairingId: state.pairingId, unitId: state.unitId, orgId: state.orgId };
}

export const pairingDecider: Decider<PairingCommand, PairingEvent, PairingState> = {
  initialState: () => ({ exists: false }),
  decide(command, state) {
    switch (command.type) {
      case 'EstablishPairing':
        if (state.exists) throw new InvalidStateTransition('pairing already established');
        return establish(command);
      case 'ConfirmPairing': {
        const ids = answerable(state, command.by, 'answer');
        checkParties(command.unit, command.org);
        return [{ type: 'organizations.PairingEstablished', data: { ...ids, establishedOn: command.today } }];
      }
      case 'DeclinePairing':
        return [
          {
            type: 'organizations.PairingDeclined',
            data: { ...answerable(state, command.by, 'answer'), on: command.today },
          },
        ];
      case 'WithdrawPairing':
        return [
          {
            type: 'organizations.PairingWithdrawn',
            data: { ...answerable(state, command.by, 'withdraw'), on: command.today },
          },
        ];
      case 'EndPairing': {
        if (!state.exists) throw new NotFound('pairing not found');
        if (state.status === 'ended') throw new InvalidStateTransition('the pairing has already ended');
        if (state.status !== 'active')
          throw new InvalidStateTransition(
            `the pairing is ${state.status}: a proposal is withdrawn or declined, not ended`,
          );
        const { pairingId, unitId, orgId } = state;
        return [{ type: 'organizations.PairingEnded', data: { pairingId, unitId, orgId, endedOn: command.today } }];
      }
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'organizations.PairingProposed': {
        const { pairingId, unitId, orgId, proposedBy } = event.data;
        return { exists: true, pairingId, unitId, orgId, status: 'proposed', proposedBy };
      }
      case 'organizations.PairingEstablished': {
        const { pairingId, unitId, orgId } = event.data;
        const proposedBy = state.exists ? state.proposedBy : null;
        return { exists: true, pairingId, unitId, orgId, status: 'active', proposedBy };
      }
      case 'organizations.PairingDeclined':
        return state.exists ? { ...state, status: 'declined' } : state;
      case 'organizations.PairingWithdrawn':
        return state.exists ? { ...state, status: 'withdrawn' } : state;
      case 'organizations.PairingEnded':
        return state.exists ? { ...state, status: 'ended' } : state;
    }
  },
};

/** 结对共建 — a pairing, bound once to its stream. */
export const pairingAggregate = defineAggregate({
  name: 'pairing',
  decider: pairingDecider,
  streamId: pairingStreamId,
});

/** The public events among these carry their contract's payload (libs/contracts); the build stops otherwise. */
export const pairingEventsConform: ConformsToContracts<PairingEvent> = true;
