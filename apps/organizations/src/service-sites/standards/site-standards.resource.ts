import { siteStarRange } from '@gongjian/contracts';
import { array, date, id, integer, named, nullable, object, oneOf, string } from '@gongjian/http';
import { SITE_LEVELS, type SiteLevel } from '../service-site.decider';

const LEVEL_CODES = Object.keys(SITE_LEVELS) as SiteLevel[];

const checklistVersion = object({
  level: oneOf(LEVEL_CODES),
  version: integer(),
  items: array(object({ id: string(), name: string(), description: string() })),
  /** null: the default (version 1), which nobody edited */
  editedAt: nullable(date()),
  editedBy: nullable(string()),
});

/** An uploaded evidence file of a rating: what an answer names (`fileSha256`). */
export const SITE_EVIDENCE = named(
  'SiteEvidence',
  object({ sha256: string({ pattern: '^[0-9a-f]{64}$' }), size: integer(), contentType: string() }),
);

/** The star rule in figures, for the console to show beside the form: stars by items missed. */
export const STAR_RULE = [0, 1, 2].map((missed) => ({ missed, ...siteStarRange(5 - missed, 5) }));

/**
 * 星级考评标准: the district's checklists (the current version of each level, and every version
 * ratings may name), the star rule, and who gives which stars.
 */
export const SITE_STANDARDS = named(
  'SiteStandards',
  object({
    districtId: nullable(id()),
    checklists: array(checklistVersion),
    versions: array(checklistVersion),
    /** ratings of this many stars and more are the district's, fewer the street's */
    districtStars: integer({ minimum: 1, maximum: 6 }),
    authoritySetAt: nullable(date()),
    authoritySetBy: nullable(string()),
    /** `missed` items (2: two or more) allow `least`..`most` stars */
    starRule: array(object({ missed: integer(), least: integer(), most: integer() })),
  }),
);
