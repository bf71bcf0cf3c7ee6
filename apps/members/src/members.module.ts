import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { orgDirectoryProjection } from '@gongjian/auth';
import { DOCUMENT_STORE, type DocumentStore } from '@gongjian/read-models';
import { ProjectionRegistry, RUNTIME_CONFIG, type RuntimeConfig } from '@gongjian/runtime';
import { MembersTree } from './members.tree';
import { createMemberKeyStore, MEMBER_KEY_STORE, type MemberKeyStore } from './personal-data/key-store';
import { balancesProjection, ledgerEntriesProjection } from './points/ledger.projection';
import { PointsController } from './points/points.controller';
import { PointsReactor } from './points/points.reactor';
import { accountsProjection } from './registry/accounts.projection';
import { MemberViews } from './registry/member-views';
import { MembersController } from './registry/members.controller';
import { membersProjection } from './registry/members.projection';

/** The read models of the members service (the audit service replays them too). */
export const MEMBERS_PROJECTIONS = [
  membersProjection,
  balancesProjection,
  ledgerEntriesProjection,
  accountsProjection,
  orgDirectoryProjection('members'),
];

/** 党员: registry, 双报到, 量化积分 and 先锋指数 (DESIGN §2–§4). */
@Module({
  controllers: [MembersController, PointsController],
  providers: [
    MembersTree,
    MemberViews,
    PointsReactor,
    {
      provide: MEMBER_KEY_STORE,
      inject: [RUNTIME_CONFIG, DOCUMENT_STORE],
      useFactory: (config: RuntimeConfig, documents: DocumentStore) => createMemberKeyStore(config, documents),
    },
  ],
})
export class MembersModule implements OnApplicationShutdown {
  constructor(
    registry: ProjectionRegistry,
    @Inject(MEMBER_KEY_STORE) private readonly keys: MemberKeyStore,
  ) {
    registry.register(...MEMBERS_PROJECTIONS);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.keys.close();
  }
}
