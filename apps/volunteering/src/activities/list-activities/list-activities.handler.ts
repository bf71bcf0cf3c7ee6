import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { ActivityStatus } from '@gongjian/contracts';
import type { Actor } from '@gongjian/eventing';
import { paginate } from '@gongjian/http';
import type { Filter } from '@gongjian/read-models';
import { VolunteeringReadModels } from '../../read-models';
import { activityViewerOf, residentOf, selfOf } from '../../volunteering.policy';
import { activityAreaFilter } from '../activity-area';
import { activityResource } from '../activity.resource';
import type { ListActivitiesQuery } from './list-activities.query';

/** The activities (招募令) and one activity: readable by every account, member ids only to organisers. */
@Injectable()
export class ListActivitiesHandler {
  constructor(
    private readonly readModels: VolunteeringReadModels,
    private readonly directory: Directory,
  ) {}

  /** Newest first, by area, category and the status they show now. */
  async list(query: ListActivitiesQuery, actor: Actor) {
    const page = await paginate(this.readModels.activities, await this.filter(query), query);
    const [self, resident] = [await selfOf(actor, this.readModels), await residentOf(actor, this.readModels)];
    const items = await Promise.all(
      page.items.map(async (a) =>
        activityResource(a, { ...(await activityViewerOf(actor, a, self, this.directory)), resident }),
      ),
    );
    return { items, nextCursor: page.nextCursor, total: page.total };
  }

  /** The filter of the list's query: the export (`GET /exports/activities.xlsx`) uses it too. */
  async filter(query: Omit<ListActivitiesQuery, 'limit' | 'cursor'>): Promise<Filter> {
    const filter = await activityAreaFilter(query, this.directory);
    if (query.category) filter.push({ category: query.category });
    if (query.status) filter.push(statusFilter(query.status, new Date().toISOString()));
    return filter.length ? { $and: filter } : {};
  }

  async get(activityId: string, actor: Actor) {
    const activity = await this.readModels.activities.require(activityId);
    const viewer = await activityViewerOf(actor, activity, await selfOf(actor, this.readModels), this.directory);
    return activityResource(activity, { ...viewer, resident: await residentOf(actor, this.readModels) });
  }
}

/** `activityStatus` as a query: the activities that show `status` at `now`. */
function statusFilter(status: ActivityStatus, now: string): Filter {
  switch (status) {
    case 'cancelled':
      return { cancelled: true };
    case 'finished':
      return { cancelled: false, endsAt: { $lte: now } };
    case 'open':
      return { cancelled: false, endsAt: { $gt: now }, openSlots: { $gt: 0 } };
    case 'full':
      return { cancelled: false, endsAt: { $gt: now }, openSlots: { $lte: 0 } };
  }
}
