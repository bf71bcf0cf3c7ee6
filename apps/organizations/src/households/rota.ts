/**
 * 轮值户 — whose month it is in a 联建单元 (seed 004: each household serves a month in turn). Fair
 * means no household serves twice before every other has served: the household on duty is one
 * that has never served, else the one whose last month lies furthest back; among equals, the one
 * that joined first. So when a household serves again, every household of the unit at that time
 * has served since its previous month — a household that joined meanwhile has never served and
 * comes first, one that left is no longer asked (rota.property.spec.ts checks it).
 */
export interface RotaState {
  /** the unit's households, in the order they joined (one that left and came back: at the end) */
  households: readonly string[];
  /** each household's last month on duty (YYYY-MM), households that left included */
  lastServed: Readonly<Record<string, string>>;
}

/** The household on duty next, or null when the unit has none. */
export function nextOnDuty({ households, lastServed }: RotaState): string | null {
  let chosen: string | null = null;
  for (const household of households) {
    if (chosen === null) {
      chosen = household;
      continue;
    }
    const mine = lastServed[household];
    const best = lastServed[chosen];
    // never served (undefined) comes before any month; an earlier month before a later one
    if (best !== undefined && (mine === undefined || mine < best)) chosen = household;
  }
  return chosen;
}

/** The month after `month` (YYYY-MM). */
export function monthAfter(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}
