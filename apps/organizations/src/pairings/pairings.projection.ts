import type { PairingStatus } from '@gongjian/contracts';
import type { EventEnvelope } from '@gongjian/eventing';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';
import type { Side } from '../relation-sides';
import type { PairingEvent } from './pairing.decider';

export interface PairingDocument extends ReadModelDocument {
  unitId: string;
  orgId: string;
  status: PairingStatus;
  /** the side that proposed it; null when an account over both sides established it at once */
  proposedBy: Side | null;
  proposedOn: string | null;
  /** null while proposed, and for a proposal declined or withdrawn */
  establishedOn: string | null;
  /** the day it ended, or its proposal was declined or withdrawn */
  endedOn: string | null;
  /** every step of the relation, oldest first: what happened, when, by which account (absent in old documents) */
  history?: PairingStep[];
}

export interface PairingStep {
  step: 'proposed' | 'established' | 'declined' | 'withdrawn' | 'ended';
  at: string;
  by: string;
}

const STEPS: Record<PairingEvent['type'], PairingStep['step']> = {
  'organizations.PairingProposed': 'proposed',
  'organizations.PairingEstablished': 'established',
  'organizations.PairingDeclined': 'declined',
  'organizations.PairingWithdrawn': 'withdrawn',
  'organizations.PairingEnded': 'ended',
};

export const PAIRINGS_COLLECTION = 'organizations.pairings';

export const pairingsProjection: Projection<PairingDocument> = {
  name: 'organizations.pairings',
  collection: PAIRINGS_COLLECTION,
  handles: [
    'organizations.PairingProposed',
    'organizations.PairingEstablished',
    'organizations.PairingDeclined',
    'organizations.PairingWithdrawn',
    'organizations.PairingEnded',
  ],
  indexes: [{ fields: { unitId: 1, status: 1 } }, { fields: { orgId: 1, status: 1 } }],
  apply(doc, envelope) {
    const event = envelope as EventEnvelope & PairingEvent;
    const next = step(doc, event);
    if (!next) return null;
    const history = [
      ...(doc?.history ?? []),
      { step: STEPS[event.type], at: event.occurredAt, by: event.actor.accountId },
    ];
    return { ...next, history };
  },
};

function step(
  doc: PairingDocument | null,
  event: EventEnvelope & PairingEvent,
): Omit<PairingDocument, 'version'> | null {
  switch (event.type) {
    case 'organizations.PairingProposed': {
      const { pairingId, unitId, orgId, proposedBy, proposedOn } = event.data;
      return {
        _id: pairingId,
        unitId,
        orgId,
        status: 'proposed',
        proposedBy,
        proposedOn,
        establishedOn: null,
        endedOn: null,
      };
    }
    case 'organizations.PairingEstablished': {
      const { pairingId, unitId, orgId, establishedOn } = event.data;
      const proposal = { proposedBy: doc?.proposedBy ?? null, proposedOn: doc?.proposedOn ?? null };
      return { _id: pairingId, unitId, orgId, status: 'active', ...proposal, establishedOn, endedOn: null };
    }
    case 'organizations.PairingDeclined':
      return doc && { ...doc, status: 'declined', endedOn: event.data.on };
    case 'organizations.PairingWithdrawn':
      return doc && { ...doc, status: 'withdrawn', endedOn: event.data.on };
    case 'organizations.PairingEnded':
      return doc && { ...doc, status: 'ended', endedOn: event.data.endedOn };
  }
}

export function toPairingResource({ _id, history, ...rest }: PairingDocument) {
  return { id: _id, ...rest, history: history ?? [] };
}
