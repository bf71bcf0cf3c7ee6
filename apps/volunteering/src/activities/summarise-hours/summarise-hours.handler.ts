import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { VolunteeringReadModels } from '../../read-models';
import { personHours } from '../activities.projection';
import { activityAreaFilter } from '../activity-area';
import type { AreaQuery } from './summarise-hours.query';

@Injectable()
export class SummariseHoursHandler {
  constructor(
    private readonly readModels: VolunteeringReadModels,
    private readonly directory: Directory,
  ) {}

  /**
   * Verified volunteer hours by community in an area (members', residents' and social
   * organisations' person-hours), added up on the server for the console's 总览; communities with
   * most hours first, each by name (issue 17: names, not ids).
   */
  async execute(query: AreaQuery) {
    const filter = await activityAreaFilter(query, this.directory);
    const activities = await this.readModels.activities.find(filter.length ? { $and: filter } : {});
    const hours = new Map<string, number>();
    for (const a of activities) {
      const verified = personHours(a);
      hours.set(a.communityId, (hours.get(a.communityId) ?? 0) + verified);
    }
    const byCommunity = await Promise.all(
      [...hours]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(async ([communityId, verifiedHours]) => ({
          communityId,
          communityName: (await this.directory.get(communityId))?.name ?? null,
          verifiedHours,
        })),
    );
    return { activities: activities.length, byCommunity };
  }
}
