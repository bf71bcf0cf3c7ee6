import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DOCUMENT_STORE, type DocumentStore } from '@gongjian/read-models';
import { MEMBERS_PROJECTIONS } from './read-models';
import { ProjectionRegistry, RUNTIME_CONFIG, type RuntimeConfig } from '@gongjian/runtime';
import { MembersTree } from './members.tree';
import { createMemberKeyStore, MEMBER_KEY_STORE, type MemberKeyStore } from './personal-data/key-store';
import { PointsController } from './points/points.controller';
import { PointsReactor } from './points/points.reactor';
import { MemberViews } from './registry/member-views';
import { MembersController } from './registry/members.controller';

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
