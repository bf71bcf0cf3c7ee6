import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { ListServiceSitesHandler } from '../list-service-sites/list-service-sites.handler';
import { serviceSiteAggregate } from '../service-site.decider';
import type { RateSiteDto } from './rate-service-site.dto';

@Injectable()
export class RateServiceSiteHandler {
  private readonly sites;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly query: ListServiceSitesHandler,
  ) {
    this.sites = commands.for(serviceSiteAggregate);
  }

  /** The rater must be an admin of the organisation above the site's (a site does not rate itself). */
  async execute(siteId: string, dto: RateSiteDto, context: CommandContext) {
    const site = await this.query.get(siteId);
    const owner = await this.directory.get(site.orgId);
    await assertAdminFor(context.actor, owner?.parentId ?? site.orgId, this.directory);
    const command = {
      type: 'RateServiceSite' as const,
      year: dto.year,
      stars: dto.stars,
      reason: dto.reason.trim(),
      currentYear: new Date().getFullYear(),
    };
    await this.sites.execute(siteId, command, context);
    return this.query.get(siteId);
  }
}
