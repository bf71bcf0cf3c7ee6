import { Injectable } from '@nestjs/common';
import { orgDirectoryProjection } from '@gongjian/auth';
import type { Projection, ReadModel } from '@gongjian/read-models';
import { Queries } from '@gongjian/runtime';
import { AUDIT_INDEX_COLLECTION, type AuditEntry, auditIndexProjection } from './audit-index.projection';
import { AUDIT_STREAMS_COLLECTION, type AuditStream, auditStreamsProjection } from './audit-streams.projection';
import { MONEY_TRAIL_COLLECTION, moneyTrailProjection, type SpendingTrailDocument } from './money-trail.projection';

/**
 * The audit service's own read models: the index of every event, one document per stream (what
 * a search by name finds) and its copy of the organisation tree (for subtree filters and names). The read models of the other services are theirs: the audit service
 * asks their owners for them (replays/read-model-owners.ts).
 */
export const AUDIT_PROJECTIONS: Projection<any>[] = [
  auditIndexProjection,
  auditStreamsProjection,
  moneyTrailProjection,
  orgDirectoryProjection('audit'),
];

/** What the audit service's use cases read: the audit index and the streams, read-only. */
@Injectable()
export class AuditReadModels {
  readonly index: ReadModel<AuditEntry>;
  readonly streams: ReadModel<AuditStream>;
  /** where each spending of the funds service is: its fund's stream (issue 19) */
  readonly spendings: ReadModel<SpendingTrailDocument>;

  constructor(queries: Queries) {
    this.index = queries.of(AUDIT_INDEX_COLLECTION, 'event');
    this.streams = queries.of(AUDIT_STREAMS_COLLECTION, 'stream');
    this.spendings = queries.of(MONEY_TRAIL_COLLECTION, 'spending');
  }
}
