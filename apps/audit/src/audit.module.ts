import { Module } from '@nestjs/common';
import { orgDirectoryProjection } from '@gongjian/auth';
import { ProjectionRegistry } from '@gongjian/runtime';
import { AuditController } from './audit.controller';
import { auditIndexProjection } from './audit-index.projection';
import { AuditTree } from './audit.tree';
import { ReadModelOwners } from './replays/read-model-owners';
import { ReplaysController } from './replays/replays.controller';
import { ReplayService } from './replays/replay.service';

/** The audit service (DESIGN §6): an index of every event, history, replays, time travel, integrity. */
@Module({
  controllers: [AuditController, ReplaysController],
  providers: [AuditTree, ReadModelOwners, ReplayService],
})
export class AuditModule {
  constructor(registry: ProjectionRegistry) {
    registry.register(auditIndexProjection, orgDirectoryProjection('audit'));
  }
}
