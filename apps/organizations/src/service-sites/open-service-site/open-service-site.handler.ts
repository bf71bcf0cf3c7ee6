import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory, type DirectoryEntry, requireActive } from '@gongjian/auth';
import { ORG_KIND_CODES } from '@gongjian/contracts';
import { type CommandContext, DomainRuleViolation, newId } from '@gongjian/eventing';
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

  /**
   * An admin over a known, active organisation (requireActive; a unit is none) opens a site of it;
   * or an admin over each of the units opens a site they run together, placed where the units
   * meet in the tree (their common location: a community, or the street of two communities).
   */
  async execute(dto: OpenSiteDto, context: CommandContext) {
    const unitIds = dto.unitIds ?? [];
    if (Boolean(dto.orgId) === unitIds.length > 0)
      throw new DomainRuleViolation('a site belongs to an organisation or to units: name one of the two', 'owner', {
        field: 'orgId',
      });
    let org: DirectoryEntry;
    const units: DirectoryEntry[] = [];
    if (dto.orgId) {
      org = await requireActive(this.directory, dto.orgId, ORG_KIND_CODES, 'orgId');
      await assertAdminFor(context.actor, org._id, this.directory);
    } else {
      for (const unitId of unitIds) units.push(await requireActive(this.directory, unitId, 'unit', 'unitIds'));
      for (const unit of units) await assertAdminFor(context.actor, unit._id, this.directory);
      org = await this.placeOf(units);
    }
    const siteId = newId(context);
    const command = {
      type: 'OpenServiceSite' as const,
      siteId,
      org: toOrgRef(org),
      units: units.map(toOrgRef),
      name: dto.name.trim(),
      level: dto.level,
      address: dto.address?.trim() ?? '',
    };
    await this.sites.execute(siteId, command, context);
    return this.query.get(siteId);
  }

  /** The deepest organisation above every unit: where a site of those units lies in the tree. */
  private async placeOf(units: DirectoryEntry[]): Promise<DirectoryEntry> {
    const lineages = await Promise.all(units.map((u) => this.directory.lineage(u.parentId ?? u._id)));
    const shared = lineages[0].filter((id) => lineages.every((line) => line.includes(id)));
    const place = shared.length ? await this.directory.get(shared[shared.length - 1]) : null;
    if (!place)
      throw new DomainRuleViolation('the units lie in different districts', 'units_apart', { field: 'unitIds' });
    return place;
  }
}
