import type { Indicator, IndicatorSet } from './indicator-set';
import type { Tally } from './tally';

export interface IndicatorPoints extends Indicator {
  value: number;
  points: number;
}

export interface Figure {
  subjectId: string;
  index: number;
  breakdown: IndicatorPoints[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The index of a subject by a set: each indicator's value times its weight, capped at its cap;
 * the sum rounded to 0.1 and never below 0 — with the breakdown that explains it.
 */
export function figureOf(
  subjectId: string,
  values: Map<string, number>,
  set: Pick<IndicatorSet, 'indicators'>,
): Figure {
  const breakdown = set.indicators.map((indicator) => {
    const value =
      values.get(indicator.category ? `${indicator.measure}|${indicator.category}` : indicator.measure) ?? 0;
    const raw = value * indicator.weight;
    const points = round1(indicator.cap === null ? raw : Math.min(raw, indicator.cap));
    return { ...indicator, value: round1(value), points };
  });
  const total = breakdown.reduce((sum, b) => sum + b.points, 0);
  return { subjectId, index: Math.max(0, round1(total)), breakdown };
}

/** The subjects an index ranks: members not erased, or branches not dissolved and paired units. */
export function subjectsOf(tally: Tally, index: IndicatorSet['index']): string[] {
  if (index === 'pioneer') return [...tally.members].filter(([, m]) => !m.erased).map(([id]) => id);
  return [...tally.orgs].filter(([, o]) => !o.dissolved).map(([id]) => id);
}

export interface Ranked extends Figure {
  rank: number;
}

/** Highest index first; equal indices share a rank (1, 2, 2, 4), ordered by id for a stable list. */
export function rank(figures: Figure[]): Ranked[] {
  const sorted = [...figures].sort((a, b) => b.index - a.index || (a.subjectId < b.subjectId ? -1 : 1));
  let rankOfPrevious = 0;
  return sorted.map((figure, i) => {
    const rankNow = i > 0 && sorted[i - 1].index === figure.index ? rankOfPrevious : i + 1;
    rankOfPrevious = rankNow;
    return { ...figure, rank: rankNow };
  });
}

/** The ranking of a period by a set, over the subjects given (all of the index, or a scope's). */
export function rankingOf(tally: Tally, set: IndicatorSet, period: string, subjects: string[]): Ranked[] {
  const prefix = set.index === 'pioneer' ? 'm:' : 'o:';
  return rank(subjects.map((id) => figureOf(id, tally.values(`${prefix}${id}`, period), set)));
}

export interface Move {
  subjectId: string;
  before: { rank: number; index: number };
  after: { rank: number; index: number };
  /** places gained (positive: up) */
  places: number;
  /** index points gained */
  points: number;
  /** why: the indicators whose points differ, before and after */
  why: { measure: string; category: string | null; before: number; after: number }[];
}

const indicatorKey = (i: Indicator) => `${i.measure}|${i.category ?? ''}`;

/**
 * How a ranking changes from the published set to a draft, subject by subject: places and points
 * gained or lost, and the indicators behind the difference. Biggest moves first.
 */
export function compareRankings(published: Ranked[], draft: Ranked[]): Move[] {
  const after = new Map(draft.map((r) => [r.subjectId, r]));
  const moves = published.map((b) => {
    const a = after.get(b.subjectId)!;
    const pointsBefore = new Map(b.breakdown.map((i) => [indicatorKey(i), i]));
    const pointsAfter = new Map(a.breakdown.map((i) => [indicatorKey(i), i]));
    const why = [...new Set([...pointsBefore.keys(), ...pointsAfter.keys()])]
      .map((key) => {
        const indicator = (pointsAfter.get(key) ?? pointsBefore.get(key))!;
        return {
          measure: indicator.measure,
          category: indicator.category,
          before: pointsBefore.get(key)?.points ?? 0,
          after: pointsAfter.get(key)?.points ?? 0,
        };
      })
      .filter((w) => w.before !== w.after);
    return {
      subjectId: b.subjectId,
      before: { rank: b.rank, index: b.index },
      after: { rank: a.rank, index: a.index },
      places: b.rank - a.rank,
      points: round1(a.index - b.index),
      why,
    };
  });
  return moves.sort(
    (x, y) =>
      Math.abs(y.places) - Math.abs(x.places) || Math.abs(y.points) - Math.abs(x.points) || x.after.rank - y.after.rank,
  );
}
