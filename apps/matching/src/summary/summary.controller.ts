import { Controller, Get, Inject, Query } from '@nestjs/common';
import { OptionalId } from '@gongjian/http';
import { DOCUMENT_STORE, type DocumentStore } from '@gongjian/read-models';
import { MatchingTree } from '../matching.tree';
import { NEEDS_COLLECTION, type NeedDocument } from '../needs/needs.projection';
import { PROJECTS_COLLECTION, type ProjectDocument } from '../projects/projects.projection';

export class SummaryQuery {
  @OptionalId() communityId?: string;
  /** A street or district: every community in its subtree. */
  @OptionalId() orgId?: string;
}

const DAY = 86_400_000;
/** Upper ends (days) of the buckets of the time from posting a need to its project; the last is open. */
export const DAYS_TO_PROJECT_BUCKETS = [1, 3, 7, 14, 30, null] as const;

/**
 * 总览 of an area (a community, or a street's or district's subtree), added up on the server from
 * the whole read models rather than from pages in the browser: needs by category and status, the
 * match rate, the time from posting to project, and the units with the most completed projects.
 */
@Controller('matching/summary')
export class SummaryController {
  constructor(
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    private readonly tree: MatchingTree,
  ) {}

  @Get()
  async summary(@Query() query: SummaryQuery) {
    const filter = await this.tree.communityFilter(query.orgId, query.communityId);
    const needs = await this.documents.collection<NeedDocument>(NEEDS_COLLECTION).find(filter);
    const projects = await this.documents.collection<ProjectDocument>(PROJECTS_COLLECTION).find(filter);

    const byCategory: Record<string, Record<string, number>> = {};
    for (const n of needs) {
      const statuses = (byCategory[n.category] ??= {});
      statuses[n.status] = (statuses[n.status] ?? 0) + 1;
    }
    // a need counts as matched once anything of it is reserved; cancelled ones are left out
    const live = needs.filter((n) => n.status !== 'cancelled');
    const matched = live.filter((n) => ['partially_matched', 'matched', 'fulfilled'].includes(n.status)).length;

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
      needs: { total: needs.length, byCategory, live: live.length, matched },
      projects: {
        total: projects.length,
        daysToProject: {
          mean: days.length ? days.reduce((a, b) => a + b, 0) / days.length : null,
          buckets,
        },
        topUnits,
      },
    };
  }
}
