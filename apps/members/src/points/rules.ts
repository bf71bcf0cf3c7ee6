import type { PointsRule } from '@gongjian/contracts';

/**
 * The points rule table (量化积分), in one place. Points come only from verified events of other
 * services; nothing else awards them. docs/members.md explains each row.
 */
export const POINTS_RULE_TABLE: Record<PointsRule, { source: string; points: string }> = {
  volunteer_hours: {
    source: 'volunteering.VolunteerHoursVerified',
    points: 'verified hours × the activity’s points per hour, rounded to the nearest point',
  },
  micro_wish: { source: 'volunteering.MicroWishFulfilled', points: `${20} per fulfilled wish, to its claimer` },
  project: {
    source: 'matching.ProjectCompleted',
    points: `${30} per completed co-build project, to each member who served in it`,
  },
};

export const POINTS_PER_WISH = 20;
export const POINTS_PER_PROJECT = 30;

export function pointsForHours(hours: number, pointsPerHour: number): number {
  return Math.round(hours * pointsPerHour);
}

/**
 * 先锋指数 (pioneer index) of a member for one quarter: an explainable sum of what was verified in
 * that quarter. Weights in one place; the breakdown is returned with the index.
 */
export const PIONEER_WEIGHTS = {
  /** per verified volunteer hour */
  hour: 2,
  /** per fulfilled micro-wish */
  wish: 10,
  /** per completed project served in */
  project: 15,
  /** per point of each resident evaluation above (or below) 3 of a project served in */
  evaluation: 5,
} as const;
