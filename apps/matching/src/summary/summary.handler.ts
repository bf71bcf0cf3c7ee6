import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { communityFilter } from '../area';
import type { NeedDocument } from '../needs/needs.projection';
import type { ProjectDocument } from '../projects/projects.projection';
import { MatchingReadModels } from '../read-models';
import type { SummaryQuery } from './summary.query';

const DAY = 86_400_000;
/** Upper ends (days) of the buckets of the time from posting a need to its project; the last is open. */
export const DAYS_TO_PROJECT_BUCKETS = [1, 3, 7, 14, 30, null] as const;

/**
 * 总览 of an area (a community, or a street's or district's subtree), added up on the server from
 * the whole read models rather than from pages in the browser: needs by category and status, the
 * match rate, the time from posting to project, and the units with the most completed projects.
 */
@Injectable()
export class SummaryHandler {
  constructor(
    private readonly readModels: MatchingReadModels,
    private readonly directory: Directory,
  ) {}

  async summary(query: SummaryQuery) {
    const filter = await communityFilter(this.directory, query.orgId, query.communityId);
    const needs = await this.readModels.needs.find(filter);
    const projects = await this.readModels.projects.find(filter);
    const figures = projectFigures(projects, needs);
    // the top units by name (issue 17: names, not ids)
    const topUnits = await Promise.all(
      figures.topUnits.map(async (u) => ({ ...u, unitName: (await this.directory.get(u.unitId))?.name ?? null })),
    );
    return { needs: needFigures(needs), projects: { ...figures, topUnits } };
  }
}

function needFigures(needs: NeedDocument[]) {
  const byCategory: Record<string, Record<string, number>> = {};
  for (const n of needs) {
    const statuses = (byCategory[n.category] ??= {});
    statuses[n.status] = (statuses[n.status] ?? 0) + 1;
  }
  // a need counts as matched once anything of it is reserved; cancelled ones are left out
  const live = needs.filter((n) => n.status !== 'cancelled');
  const matched = live.filter((n) => ['partially_matched', 'matched', 'fulfilled'].includes(n.status)).length;
  return { total: needs.length, byCategory, live: live.length, matched };
}

function projectFigures(projects: ProjectDocument[], needs: NeedDocument[]) {
  const postedAt = new Map(needs.map((n) => [n._id, Date.parse(n.postedAt)]));
  const days = projects
    .filter((p) => postedAt.has(p.needId))
    .map((p) => (Date.parse(p.createdAt) - postedAt.get(p.needId)!) / DAY);
  const buckets = DAYS_TO_PROJECT_BUCKETS.map((upTo, i) => {
    const from = i === 0 ? -Infinity : DAYS_TO_PROJECT_BUCKETS[i - 1]!;
    return { upToDays: upTo, projects: days.filter((d) => d > from && (upTo === null || d <= upTo)).length };
  });

  const completed = new Map<string, number>();
  for (const p of projects) if (p.status === 'completed') completed.set(p.unitId, (completed.get(p.unitId) ?? 0) + 1);
  const topUnits = [...completed]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 10)
    .map(([unitId, completedProjects]) => ({ unitId, completedProjects }));

  return {
    total: projects.length,
    daysToProject: {
      mean: days.length ? days.reduce((a, b) => a + b, 0) / days.length : null,
      buckets,
    },
    topUnits,
  };
}
