import { ForbiddenException } from '@nestjs/common';
import { assertAdminFor, assertMayActFor, type OrgTree } from '@gongjian/auth';
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

async function passes(check: () => Promise<void>): Promise<boolean> {
  try {
    await check();
    return true;
  } catch (error) {
    if (error instanceof ForbiddenException || error instanceof Forbidden) return false;
    throw error;
  }
}

/** The sides `actor` stands on for a relationship of `unitId` with `orgId` (null: neither). */
export async function sidesOf(actor: Actor, orgId: string, unitId: string, tree: OrgTree): Promise<Sides | null> {
  const [organization, unit] = await Promise.all([
    passes(() => assertAdminFor(actor, orgId, tree)),
    passes(() => assertMayActFor(actor, unitId, tree)),
  ]);
  if (organization && unit) return 'both';
  if (organization) return 'organization';
  if (unit) return 'unit';
  return null;
}

export function forbidNeither(): never {
  throw new ForbiddenException({
    statusCode: 403,
    error: 'Forbidden',
    message: 'only the organisation side or the unit side of this relationship may do this',
  });
}

/** Refuses unless `sides` includes `side` (403). */
export function assertOnSide(sides: Sides | null, side: Side, what: string): asserts sides is Sides {
  if (sides === 'both' || sides === side) return;
  throw new ForbiddenException({
    statusCode: 403,
    error: 'Forbidden',
    message: `only the ${side} side of this relationship may ${what}`,
  });
}
