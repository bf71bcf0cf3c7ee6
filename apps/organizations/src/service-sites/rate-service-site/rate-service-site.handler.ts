import { Injectable } from '@nestjs/common';
import { Directory, forbid } from '@gongjian/auth';
import { givenByDistrict } from '@gongjian/contracts';
import { type Actor, type CommandContext, DomainRuleViolation } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { ListServiceSitesHandler } from '../list-service-sites/list-service-sites.handler';
import { serviceSiteAggregate } from '../service-site.decider';
import { GetSiteStandardsHandler } from '../standards/get-site-standards/get-site-standards.handler';
import { SiteEvidenceHandler } from '../evidence/site-evidence';
import { assertRatesSite } from '../site.policy';
import type { RateSiteDto } from './rate-service-site.dto';

/**
 * Seed 002 (Jinshan): 四星级以上由区层面考评，三星级以下由镇层面考评 — ratings of `districtStars` (the
 * district's rule, 4 by default) and more are given by the district (its admins, or the bootstrap
 * admin above everything), fewer by the street.
 */
export function assertMayGiveStars(actor: Actor, stars: number, districtStars: number): void {
  if (!givenByDistrict(stars, districtStars) || actor.role === 'system') return;
  if (actor.role === 'district_admin' || (actor.orgId === null && actor.role !== 'auditor')) return;
  forbid(`${districtStars} stars and more are given by the district (四星级以上由区层面考评)`, {
    field: 'stars',
    most: districtStars - 1,
  });
}

@Injectable()
export class RateServiceSiteHandler {
  private readonly sites;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly query: ListServiceSitesHandler,
    private readonly standards: GetSiteStandardsHandler,
    private readonly evidence: SiteEvidenceHandler,
  ) {
    this.sites = commands.for(serviceSiteAggregate);
  }

  /**
   * The rater must be an admin above the site (a site does not rate itself): of the organisation
   * above the site's own, or, for a site of units, of the place the units lie in; and of the
   * district for the stars its rule keeps (`assertMayGiveStars`). The answers are checked against
   * the current checklist of the site's level in its district.
   */
  async execute(siteId: string, dto: RateSiteDto, context: CommandContext) {
    const site = await this.query.get(siteId);
    await assertRatesSite(context.actor, site, this.directory);
    const standards = await this.standards.of(site.orgId);
    assertMayGiveStars(context.actor, dto.stars, standards.districtStars);
    const checklist = standards.checklists.find((c) => c.level === site.level)!;
    const files = dto.items.flatMap((a) => (a.fileSha256 ? [a.fileSha256] : []));
    const [unknown] = await this.evidence.unknown(files);
    if (unknown)
      throw new DomainRuleViolation(`no uploaded file has the hash ${unknown}`, 'unknown_file', {
        field: 'items',
        itemId: dto.items.find((a) => a.fileSha256 === unknown)!.itemId,
      });
    const command = {
      type: 'RateServiceSite' as const,
      year: dto.year,
      stars: dto.stars,
      reason: dto.reason.trim(),
      currentYear: new Date().getFullYear(),
      checklist: { version: checklist.version, items: checklist.items },
      answers: dto.items,
    };
    await this.sites.execute(siteId, command, context);
    return this.query.get(siteId);
  }
}
