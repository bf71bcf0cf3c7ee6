import { Module } from '@nestjs/common';
import { provideDirectory } from '@gongjian/auth';
import { ProjectionRegistry } from '@gongjian/runtime';
import { AuditLog } from './event-log';
import { AuditNames } from './names';
import { AUDIT_PROJECTIONS, AuditReadModels } from './read-models';
import { ListProjectionsController } from './replays/list-projections/list-projections.controller';
import { ReadModelOwners } from './replays/read-model-owners';
import { ReplaysController } from './replays/replays.controller';
import { ReplayService } from './replays/replay.service';
import { AsOfController } from './time-travel/as-of/as-of.controller';
import { AsOfHandler } from './time-travel/as-of/as-of.handler';
import { CheckIntegrityController } from './trail/check-integrity/check-integrity.controller';
import { CheckIntegrityHandler } from './trail/check-integrity/check-integrity.handler';
import { ExportTrailController } from './trail/export-trail/export-trail.controller';
import { ExportTrailHandler } from './trail/export-trail/export-trail.handler';
import { ListEventsController } from './trail/list-events/list-events.controller';
import { ListEventsHandler } from './trail/list-events/list-events.handler';
import { SearchStreamsController } from './trail/search-streams/search-streams.controller';
import { SearchStreamsHandler } from './trail/search-streams/search-streams.handler';
import { StreamHistoryController } from './trail/stream-history/stream-history.controller';
import { StreamHistoryHandler } from './trail/stream-history/stream-history.handler';
import { TraceEventController } from './trail/trace-event/trace-event.controller';
import { TraceEventHandler } from './trail/trace-event/trace-event.handler';
import { TraceSpendingController } from './trail/trace-spending/trace-spending.controller';
import { TraceSpendingHandler } from './trail/trace-spending/trace-spending.handler';

/** The audit service (DESIGN §6): an index of every event, history, replays, time travel, integrity. */
@Module({
  controllers: [
    ListEventsController,
    TraceEventController,
    TraceSpendingController,
    StreamHistoryController,
    SearchStreamsController,
    AsOfController,
    CheckIntegrityController,
    ExportTrailController,
    ListProjectionsController,
    ReplaysController,
  ],
  providers: [
    AuditReadModels,
    AuditLog,
    provideDirectory('audit'),
    AuditNames,
    ReadModelOwners,
    ReplayService,
    ListEventsHandler,
    TraceEventHandler,
    TraceSpendingHandler,
    StreamHistoryHandler,
    SearchStreamsHandler,
    AsOfHandler,
    CheckIntegrityHandler,
    ExportTrailHandler,
  ],
})
export class AuditModule {
  constructor(registry: ProjectionRegistry) {
    registry.register(...AUDIT_PROJECTIONS);
  }
}
