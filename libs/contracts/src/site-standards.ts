/**
 * 星级评定 of service sites against their standards (issue 20, DECISIONS 83). Here, not in
 * apps/organizations, because the console computes the stars live from the same rule.
 */

/** Seed 002 (Jinshan): 四星级以上由区层面考评，三星级以下由镇层面考评 — a district's default. */
export const DEFAULT_DISTRICT_STARS = 4;

/** The stars a rating may give, from how many of the checklist's items the site meets. */
export interface StarRange {
  least: number;
  most: number;
}

/**
 * The stars follow from the checklist: every item met earns at least three stars, and four or
 * five are the rater's judgement (with the reason every rating gives) on top of a full
 * checklist; one item missed caps the site at two stars, more than one at one star.
 */
export function siteStarRange(met: number, total: number): StarRange {
  const missed = total - met;
  if (missed <= 0) return { least: 3, most: 5 };
  if (missed === 1) return { least: 1, most: 2 };
  return { least: 1, most: 1 };
}

/**
 * Who gives `stars`: the district when `stars` reaches its rule (`districtStars`, 4 by default),
 * else the street (or anyone above the site).
 */
export const givenByDistrict = (stars: number, districtStars: number): boolean => stars >= districtStars;
