import { Injectable } from '@nestjs/common';
import { assertMayAudit, Directory } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import { paginate } from '@gongjian/http';
import type { Filter } from '@gongjian/read-models';
import { toAuditEvent } from '../../audit-index.projection';
import { AuditReadModels } from '../../read-models';
import { iso } from '../range.query';
import type { AuditEventsQuery } from './list-events.query';

@Injectable()
export class ListEventsHandler {
  constructor(
    private readonly readModels: AuditReadModels,
    private readonly directory: Directory,
  ) {}

  /** Who did what, when and why, newest first; filters combine. */
  async execute(query: AuditEventsQuery, actor: Actor) {
    assertMayAudit(actor);
    const filter: Filter = {};
    if (query.streamId) filter.streamId = query.streamId;
    if (query.type) filter.type = query.type;
    if (query.actor) filter['actor.accountId'] = query.actor;
    if (query.correlationId) filter.correlationId = query.correlationId;
    if (query.orgId) filter.orgIds = { $in: await this.directory.subtreeIds(query.orgId, { includeUnits: true }) };
    const time: Record<string, string> = {};
    if (query.from) time.$gte = iso(query.from);
    if (query.to) time.$lte = iso(query.to);
    if (Object.keys(time).length > 0) filter.occurredAt = time;
    const page = await paginate(this.readModels.index, filter, query);
    return { items: page.items.map(toAuditEvent), nextCursor: page.nextCursor, total: page.total };
  }
}
