import type { AssessmentPeriod, IndexKind, IndicatorSetStatus, Measure } from '@gongjian/contracts';

/** One indicator: a measure of the catalogue (optionally one category of it), its weight and cap. */
export interface Indicator {
  measure: Measure;
  /** count only this category (活动/需求 category) of a measure counted by category */
  category: string | null;
  /** points per unit of the measure (negative weights count against) */
  weight: number;
  /** the most points the indicator gives, or null for no cap */
  cap: number | null;
}

/** An indicator set (考核指标体系): data a district admin drafts, edits and publishes. */
export interface IndicatorSet {
  setId: string;
  index: IndexKind;
  name: string;
  period: AssessmentPeriod;
  indicators: Indicator[];
  status: IndicatorSetStatus;
  /** YYYY-MM-DD, the first day of a period: the set computes the periods starting on or after it */
  effectiveFrom: string | null;
}

/**
 * The sets in force from the beginning (DECISIONS 81): the pioneer default is the weights the
 * members service fixed in code (apps/members/src/points/rules.ts PIONEER_WEIGHTS: 2 a verified
 * hour, 10 a wish, 15 a project served in, 5 a point of evaluation above or below 3).
 */
export const DEFAULT_SETS: Record<IndexKind, IndicatorSet> = {
  pioneer: {
    setId: 'pioneer-default',
    index: 'pioneer',
    name: '先锋指数（默认）',
    period: 'quarter',
    indicators: [
      { measure: 'volunteer_hours', category: null, weight: 2, cap: null },
      { measure: 'wishes_fulfilled', category: null, weight: 10, cap: null },
      { measure: 'projects_served', category: null, weight: 15, cap: null },
      { measure: 'evaluation_points', category: null, weight: 5, cap: null },
    ],
    status: 'published',
    effectiveFrom: '2000-01-01',
  },
  bastion: {
    setId: 'bastion-default',
    index: 'bastion',
    name: '堡垒指数（默认）',
    period: 'quarter',
    indicators: [
      { measure: 'projects_completed', category: null, weight: 10, cap: null },
      { measure: 'evaluation_points', category: null, weight: 5, cap: null },
      { measure: 'needs_served', category: null, weight: 10, cap: null },
      { measure: 'volunteer_hours', category: null, weight: 1, cap: null },
      { measure: 'wishes_fulfilled', category: null, weight: 5, cap: null },
      { measure: 'meetings_held', category: null, weight: 5, cap: null },
      { measure: 'meetings_attended', category: null, weight: 3, cap: null },
    ],
    status: 'published',
    effectiveFrom: '2000-01-01',
  },
};

/**
 * The published set computing a period: the one with the latest effective date on or before the
 * period's first day (a set takes effect where a period starts, so one set computes a period).
 */
export function setInForce<S extends Pick<IndicatorSet, 'status' | 'effectiveFrom'>>(
  sets: S[],
  startDay: string,
): S | null {
  return (
    sets
      .filter((s) => s.status === 'published' && s.effectiveFrom !== null && s.effectiveFrom <= startDay)
      .sort((a, b) => (a.effectiveFrom! < b.effectiveFrom! ? -1 : 1))
      .at(-1) ?? null
  );
}
