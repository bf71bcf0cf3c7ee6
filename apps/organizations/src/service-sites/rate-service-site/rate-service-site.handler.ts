import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory, forbid } from '@gongjian/auth';
import type { Actor, CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { ListServiceSitesHandler } from '../list-service-sites/list-service-sites.handler';
import { serviceSiteAggregate } from '../service-site.decider';
import type { RateSiteDto } from './rate-service-site.dto';

/**
 * Seed 002 (Jinshan): 四星级以上由区层面考评，三星级以下由镇层面考评 — four and five stars are given by
 * the district (its admins, or the bootstrap admin above everything), three or fewer by the street.
 */
export const DISTRICT_STARS = 4;

export function assertMayGiveStars(actor: Actor, stars: number): void {
  if (stars < DISTRICT_STARS || actor.role === 'system') return;
  if (actor.role === 'district_admin' || (actor.orgId === null && actor.role !== 'auditor')) return;
  forbid(`${DISTRICT_STARS} stars and more are given by the district (四星级以上由区层面考评)`, {
    field: 'stars',
    most: DISTRICT_STARS - 1,
  });
}

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

  /**
   * The rater must be an admin of the organisation above the site's (a site does not rate
   * itself), and of the district for four or five stars (`assertMayGiveStars`).
   */
  async execute(siteId: string, dto: RateSiteDto, context: CommandContext) {
    const site = await this.query.get(siteId);
    const owner = await this.directory.get(site.orgId);
    await assertAdminFor(context.actor, owner?.parentId ?? site.orgId, this.directory);
    assertMayGiveStars(context.actor, dto.stars);
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
