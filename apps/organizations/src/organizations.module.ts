import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { orgDirectoryProjection } from '@gongjian/auth';
import { ProjectionRegistry } from '@gongjian/runtime';
import { AccountsController } from './accounts/accounts.controller';
import { accountsProjection } from './accounts/accounts.projection';
import { AuthController } from './accounts/auth.controller';
import { DissolvedOrganizationReactor } from './accounts/dissolved-organization.reactor';
import { BootstrapAdmin } from './accounts/bootstrap-admin';
import { HierarchyController } from './hierarchy/hierarchy.controller';
import { openNeedsProjection } from './hierarchy/open-needs.projection';
import { PairingsController } from './pairings/pairings.controller';
import { pairingsProjection } from './pairings/pairings.projection';
import { contributionsProjection } from './units/contributions.projection';
import { UnitsController } from './units/units.controller';
import { ServiceSitesController } from './service-sites/service-sites.controller';
import { serviceSitesProjection } from './service-sites/service-sites.projection';
import { JointMeetingsController } from './joint-meetings/joint-meetings.controller';
import { jointMeetingsProjection } from './joint-meetings/joint-meetings.projection';
import { OrganizationsTree } from './organizations.tree';

/** The read models of the organizations service (the audit service replays them too). */
export const ORGANIZATIONS_PROJECTIONS = [
  orgDirectoryProjection('organizations'),
  pairingsProjection,
  jointMeetingsProjection,
  serviceSitesProjection,
  accountsProjection,
  openNeedsProjection,
  contributionsProjection,
];

/** The hierarchy, units, co-build relationships, accounts and login (DESIGN §2–§4). */
@Module({
  controllers: [
    HierarchyController,
    UnitsController,
    PairingsController,
    JointMeetingsController,
    ServiceSitesController,
    AccountsController,
    AuthController,
  ],
  providers: [OrganizationsTree, BootstrapAdmin, DissolvedOrganizationReactor],
})
export class OrganizationsModule implements OnApplicationBootstrap {
  constructor(
    registry: ProjectionRegistry,
    private readonly bootstrapAdmin: BootstrapAdmin,
  ) {
    registry.register(...ORGANIZATIONS_PROJECTIONS);
  }

  /** Nest runs this in `app.listen`, after startApp has rebuilt the read models and started the relay. */
  async onApplicationBootstrap(): Promise<void> {
    await this.bootstrapAdmin.ensure();
  }
}
