import { assertAdminFor, assertMayActFor, type Directory, forbid } from '@gongjian/auth';
import { type Actor, Forbidden } from '@gongjian/eventing';

/**
 * The two parties of a co-build relationship (结对共建, 联席会议 membership): the organisation side
 * (admins over the grid, community or street) and the unit side (the unit's contact, or an admin
 * over the community or street the unit is located in). One side proposes and the other confirms;
 * an account on both sides makes the relationship at once (docs/security/relations.md).
 */
export type Side = 'organization' | 'unit';
/** Who asks: one side, or an account over both. */
export type Sides = Side | 'both';

export const otherSide = (side: Side): Side => (side === 'organization' ? 'unit' : 'organization');

/** Whether a policy lets the actor through; a refusal (403) is an answer here, not an error. */
async function passes(check: () => Promise<void>): Promise<boolean> {
  try {
    await check();
    return true;
  } catch (error) {
    if (error instanceof Forbidden) return false;
    throw error;
  }
}

/** The sides `actor` stands on for a relationship of `unitId` with `orgId` (null: neither). */
export async function sidesOf(
  actor: Actor,
  orgId: string,
  unitId: string,
  directory: Directory,
): Promise<Sides | null> {
  const [organization, unit] = await Promise.all([
    passes(() => assertAdminFor(actor, orgId, directory)),
    passes(() => assertMayActFor(actor, unitId, directory)),
  ]);
  if (organization && unit) return 'both';
  if (organization) return 'organization';
  if (unit) return 'unit';
  return null;
}

export function forbidNeither(): never {
  forbid('only the organisation side or the unit side of this relationship may do this');
}

/** The sides of an actor that stands on at least one (403 otherwise). */
export async function requireSides(actor: Actor, orgId: string, unitId: string, directory: Directory): Promise<Sides> {
  return (await sidesOf(actor, orgId, unitId, directory)) ?? forbidNeither();
}

/** Refuses unless `sides` includes `side` (403). */
export function assertOnSide(sides: Sides | null, side: Side, what: string): asserts sides is Sides {
  if (sides === 'both' || sides === side) return;
  forbid(`only the ${side} side of this relationship may ${what}`);
}

/**
 * The sides of the caller for a pending proposal, refused (403) unless on the side that may act on
 * it: the other side answers it (`other`), the proposer withdraws it (`proposer`). Without a
 * pending proposal (`proposer` null) either side passes, and hears the decider's 404 or 409.
 */
export function assertMayAnswer(
  sides: Sides | null,
  proposer: Side | null | undefined,
  whose: 'other' | 'proposer',
  what: string,
): Sides {
  if (proposer) assertOnSide(sides, whose === 'other' ? otherSide(proposer) : proposer, what);
  return sides ?? forbidNeither();
}

/** The calendar day (UTC) a relationship is proposed, answered or ended on. */
export const today = () => new Date().toISOString().slice(0, 10);
