import { Injectable } from '@nestjs/common';
import { orgDirectoryProjection } from '@gongjian/auth';
import type { Projection, ReadModel } from '@gongjian/read-models';
import { Queries } from '@gongjian/runtime';
import { AUDIT_INDEX_COLLECTION, type AuditEntry, auditIndexProjection } from './audit-index.projection';

/**
 * The audit service's own read models: the index of every event and its copy of the organisation
 * tree (for subtree filters). The read models of the other services are theirs: the audit service
 * asks their owners for them (replays/read-model-owners.ts).
 */
export const AUDIT_PROJECTIONS: Projection<any>[] = [auditIndexProjection, orgDirectoryProjection('audit')];

/** What the audit service's use cases read: the audit index, read-only. */
@Injectable()
export class AuditReadModels {
  readonly index: ReadModel<AuditEntry>;

  constructor(queries: Queries) {
    this.index = queries.of(AUDIT_INDEX_COLLECTION, 'event');
  }
}
