import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { NotFound } from '@gongjian/eventing';
import { OrganizationsReadModels } from '../../../read-models';
import { SITE_LEVELS, type SiteLevel } from '../../service-site.decider';
import { defaultStandards } from '../site-standards.decider';
import { STAR_RULE } from '../site-standards.resource';
import type { ChecklistVersion } from '../site-standards.projection';

/** A checklist version as read: the defaults (version 1) were edited by nobody. */
type VersionView = Omit<ChecklistVersion, 'editedAt' | 'editedBy'> & {
  editedAt: string | null;
  editedBy: string | null;
};

const LEVELS = Object.keys(SITE_LEVELS) as SiteLevel[];

/** The standards of the district a site or organisation lies in, as every account reads them. */
@Injectable()
export class GetSiteStandardsHandler {
  constructor(
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
  ) {}

  /** The standards of the district at or above `orgId` (an organisation or a unit): the defaults until it edits them. */
  async of(orgId: string) {
    const org = await this.directory.get(orgId);
    if (!org) throw new NotFound(`organisation ${orgId} not found`);
    const district = await this.directory.nearest(orgId, 'district');
    const doc = district ? await this.readModels.siteStandards.get(district._id) : null;
    const defaults = defaultStandards();
    const firsts = LEVELS.map((level): VersionView => ({
      level,
      ...defaults.checklists[level],
      editedAt: null,
      editedBy: null,
    }));
    const versions: VersionView[] = [...firsts, ...(doc?.versions ?? [])];
    const checklists = LEVELS.map((level) => versions.filter((v) => v.level === level).at(-1)!);
    return {
      districtId: district?._id ?? null,
      checklists,
      versions,
      districtStars: doc?.authority?.districtStars ?? defaults.districtStars,
      authoritySetAt: doc?.authority?.setAt ?? null,
      authoritySetBy: doc?.authority?.setBy ?? null,
      starRule: STAR_RULE,
    };
  }
}
