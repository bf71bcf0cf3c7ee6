import {
  ASSESSMENT_PERIOD_CODES,
  AWARD_KIND_CODES,
  AWARD_STATUS_CODES,
  INDEX_KIND_CODES,
  INDICATOR_SET_STATUS_CODES,
  MEASURE_CODES,
  MEASURES,
} from '@gongjian/contracts';
import { array, boolean, date, id, integer, named, nullable, number, object, oneOf, string } from '@gongjian/http';
import type { KnownSet } from './indicator-sets/sets';
import type { AwardDocument } from './read-models';

const indicatorFields = {
  measure: oneOf(MEASURE_CODES),
  category: nullable(string()),
  weight: number(),
  cap: nullable(number()),
};

export const INDICATOR_SET = named(
  'IndicatorSet',
  object({
    id: id(),
    version: integer(),
    index: oneOf(INDEX_KIND_CODES),
    name: string(),
    period: oneOf(ASSESSMENT_PERIOD_CODES),
    indicators: array(object(indicatorFields)),
    status: oneOf(INDICATOR_SET_STATUS_CODES),
    effectiveFrom: nullable(string({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
    publishedAt: nullable(date()),
    builtIn: boolean(),
  }),
);

export function setResource({ setId, ...set }: KnownSet) {
  return { id: setId, ...set };
}

/** Which set computed a figure. */
export const SET_REF = object({ id: id(), name: string(), version: integer(), effectiveFrom: nullable(string()) });
export const setRef = (set: KnownSet) => ({
  id: set.setId,
  name: set.name,
  version: set.version,
  effectiveFrom: set.effectiveFrom,
});

const BREAKDOWN = array(object({ ...indicatorFields, label: string(), value: number(), points: number() }));
export const withLabels = <B extends { measure: keyof typeof MEASURES }>(breakdown: B[]) =>
  breakdown.map((b) => ({ ...b, label: MEASURES[b.measure].label }));

const RANKED_FIELDS = {
  subjectId: id(),
  name: nullable(string()),
  rank: integer({ minimum: 1 }),
  index: number(),
  breakdown: BREAKDOWN,
};

export const RANKING = named(
  'AssessmentRanking',
  object({
    index: oneOf(INDEX_KIND_CODES),
    period: string(),
    set: SET_REF,
    /** how many the ranking holds in the scope asked; `items`: the first `top` of them */
    total: integer({ minimum: 0 }),
    items: array(object(RANKED_FIELDS)),
  }),
);

export const FIGURE = named(
  'AssessmentFigure',
  object({
    index: oneOf(INDEX_KIND_CODES),
    period: string(),
    set: SET_REF,
    subjectId: id(),
    name: nullable(string()),
    value: number(),
    /** the place among the subjects the index ranks (everyone of the index), null when it ranks nobody */
    rank: nullable(integer()),
    of: integer(),
    breakdown: BREAKDOWN,
  }),
);

const POSITION = object({ rank: integer(), index: number() });
export const MOVE = object({
  subjectId: id(),
  name: nullable(string()),
  before: POSITION,
  after: POSITION,
  places: integer(),
  points: number(),
  why: array(
    object({
      measure: oneOf(MEASURE_CODES),
      category: nullable(string()),
      label: string(),
      before: number(),
      after: number(),
    }),
  ),
});

export const WHAT_IF = named(
  'WhatIf',
  object({
    id: id(),
    setId: id(),
    index: oneOf(INDEX_KIND_CODES),
    period: string(),
    status: oneOf(['running', 'completed', 'failed'] as const),
    progress: object({
      done: integer(),
      total: integer(),
      totalEstimated: boolean(),
      eventsPerSecond: number(),
      etaSeconds: nullable(number()),
    }),
    startedAt: date(),
    finishedAt: nullable(date()),
    published: SET_REF,
    draft: SET_REF,
    summary: nullable(object({ subjects: integer(), up: integer(), down: integer(), same: integer() })),
    moves: nullable(array(MOVE)),
    error: nullable(string()),
  }),
);

export const AWARD = named(
  'Award',
  object({
    id: id(),
    version: integer(),
    kind: oneOf(AWARD_KIND_CODES),
    year: integer(),
    subjectId: id(),
    subjectName: nullable(string()),
    subjectOrgId: id(),
    scopeOrgId: nullable(id()),
    rank: integer(),
    index: number(),
    setIds: array(id()),
    status: oneOf(AWARD_STATUS_CODES),
    proposedAt: date(),
    decidedAt: nullable(date()),
    decidedBy: nullable(string()),
    reason: nullable(string()),
  }),
);

export function awardResource({ _id, ...award }: AwardDocument, subjectName: string | null) {
  return { id: _id, ...award, subjectName };
}
