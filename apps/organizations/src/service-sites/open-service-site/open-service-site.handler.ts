import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory, requireActive } from '@gongjian/auth';
import { ORG_KIND_CODES } from '@gongjian/contracts';
import { type CommandContext, newId } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { toOrgRef } from '../../hierarchy/organization.resource';
import { ListServiceSitesHandler } from '../list-service-sites/list-service-sites.handler';
import { serviceSiteAggregate } from '../service-site.decider';
import type { OpenSiteDto } from './open-service-site.dto';

@Injectable()
export class OpenServiceSiteHandler {
  private readonly sites;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly query: ListServiceSitesHandler,
  ) {
    this.sites = commands.for(serviceSiteAggregate);
  }

  /** An admin over a known, active organisation (requireActive; a unit is none) opens a site of it. */
  async execute(dto: OpenSiteDto, context: CommandContext) {
    const org = await requireActive(this.directory, dto.orgId, ORG_KIND_CODES, 'orgId');
    await assertAdminFor(context.actor, org._id, this.directory);
    const siteId = newId(context);
    const command = {
      type: 'OpenServiceSite' as const,
      siteId,
      org: toOrgRef(org),
      name: dto.name.trim(),
      level: dto.level,
      address: dto.address?.trim() ?? '',
    };
    await this.sites.execute(siteId, command, context);
    return this.query.get(siteId);
  }
}
