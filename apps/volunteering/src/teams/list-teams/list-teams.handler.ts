import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import { paginate } from '@gongjian/http';
import type { Filter } from '@gongjian/read-models';
import { VolunteeringReadModels } from '../../read-models';
import { selfOf, viewerOf } from '../../volunteering.policy';
import type { ListByOrgQuery } from '../list-by-org.query';
import { teamResource } from '../team.resource';

/** The teams and one team: readable by every account, the roster only to the admins over it. */
@Injectable()
export class ListTeamsHandler {
  constructor(
    private readonly readModels: VolunteeringReadModels,
    private readonly directory: Directory,
  ) {}

  /** Teams of an area: `orgId` is the organisation or anything under it (a street's and its communities'). */
  async list(query: ListByOrgQuery, actor: Actor) {
    const filter: Filter = query.orgId ? { orgId: { $in: await this.directory.subtreeIds(query.orgId) } } : {};
    const page = await paginate(this.readModels.teams, filter, query);
    const self = await selfOf(actor, this.readModels);
    const items = await Promise.all(
      page.items.map(async (team) => teamResource(team, await viewerOf(actor, team.orgId, self, this.directory))),
    );
    return { items, nextCursor: page.nextCursor, total: page.total };
  }

  async get(teamId: string, actor: Actor) {
    const team = await this.readModels.teams.require(teamId);
    const viewer = await viewerOf(actor, team.orgId, await selfOf(actor, this.readModels), this.directory);
    return teamResource(team, viewer);
  }
}
