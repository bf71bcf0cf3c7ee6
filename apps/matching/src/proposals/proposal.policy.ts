import { assertAdminFor, assertMayActFor, type Directory } from '@gongjian/auth';
import { type Actor, DomainRuleViolation, Forbidden } from '@gongjian/eventing';
import type { ProposalDocument } from './proposals.projection';

/** The two sides of a proposal: the need's community and the offer's unit. */
export type Side = 'community' | 'unit';

/**
 * Whether `actor` may act for `side` of a proposal (403 if not): the community side is an admin's
 * over the need's community, the unit side the unit's contact's (or an admin's above the unit).
 */
export function mayActForSide(
  directory: Directory,
  actor: Actor,
  proposal: Pick<ProposalDocument, 'communityId' | 'unitId'>,
  side: Side,
): Promise<void> {
  return side === 'community'
    ? assertAdminFor(actor, proposal.communityId, directory)
    : assertMayActFor(actor, proposal.unitId, directory);
}

/**
 * The side `actor` acts for on `proposal`: the community side is an admin's over the need's
 * community, the unit side the offer's unit contact's (or an admin's above the unit). The side
 * named is checked (403); when none is named, the only side the actor may act for — an
 * administrator above both the community and the unit must name it (422 `side_required`: the
 * request is well formed, and which account sends it decides whether it is enough).
 */
export async function sideOf(
  directory: Directory,
  actor: Actor,
  proposal: Pick<ProposalDocument, 'communityId' | 'unitId'>,
  named: Side | undefined,
): Promise<Side> {
  const check = (side: Side) => mayActForSide(directory, actor, proposal, side);
  if (named) {
    await check(named);
    return named;
  }
  const mayActFor = (side: Side) =>
    check(side).then(
      () => true,
      (error: unknown) => {
        if (error instanceof Forbidden) return false;
        throw error;
      },
    );
  const allowed: Side[] = [];
  for (const side of ['community', 'unit'] as const) if (await mayActFor(side)) allowed.push(side);
  if (allowed.length === 1) return allowed[0];
  if (allowed.length === 0) await check(actor.role === 'unit_contact' ? 'unit' : 'community'); // the 403
  throw new DomainRuleViolation('name the side (community or unit): this account may act for both', 'side_required', {
    field: 'side',
  });
}
