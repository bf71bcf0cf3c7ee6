import type { Directory } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import { assertMayAnswer, type Sides, sidesOf } from '../relation-sides';
import type { PairingDocument } from './pairings.projection';

/**
 * The caller's sides for an answer to `pairing`, refused (403) unless on the side that may act on
 * the proposal: the other side confirms or declines it (`other`), the proposer withdraws it
 * (`proposer`). A pairing no longer proposed is the decider's 409, for whichever side asks.
 */
export async function answeringSides(
  actor: Actor,
  pairing: PairingDocument,
  whose: 'other' | 'proposer',
  what: string,
  directory: Directory,
): Promise<Sides> {
  const sides = await sidesOf(actor, pairing.orgId, pairing.unitId, directory);
  const proposer = pairing.status === 'proposed' ? pairing.proposedBy : null;
  return assertMayAnswer(sides, proposer, whose, `${what} this proposal`);
}
