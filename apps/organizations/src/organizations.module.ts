import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { ORGANIZATIONS_PROJECTIONS } from './read-models';
import { ProjectionRegistry } from '@gongjian/runtime';
import { AccountsController } from './accounts/accounts.controller';
import { AuthController } from './accounts/auth.controller';
import { DissolvedOrganizationReactor } from './accounts/dissolved-organization.reactor';
import { BootstrapAdmin } from './accounts/bootstrap-admin';
import { HierarchyController } from './hierarchy/hierarchy.controller';
import { PairingsController } from './pairings/pairings.controller';
import { UnitsController } from './units/units.controller';
import { ServiceSitesController } from './service-sites/service-sites.controller';
import { JointMeetingsController } from './joint-meetings/joint-meetings.controller';
import { OrganizationsTree } from './organizations.tree';

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
