import { Injectable } from '@nestjs/common';
import { assertMayAudit, Directory } from '@gongjian/auth';
import { type Actor, ChainVerifier } from '@gongjian/eventing';
import { AuditLog } from '../../event-log';
import { AuditReadModels } from '../../read-models';
import { timeBounds } from '../range.query';
import type { IntegrityQuery } from './check-integrity.query';

@Injectable()
export class CheckIntegrityHandler {
  constructor(
    private readonly log: AuditLog,
    private readonly readModels: AuditReadModels,
    private readonly directory: Directory,
  ) {}

  /** Walks the hash chains of every stream (or one) and names each break by stream and revision. */
  async execute(query: IntegrityQuery, actor: Actor) {
    assertMayAudit(actor);
    const started = performance.now();
    const verifier = new ChainVerifier();
    for await (const e of this.log.events(query.streamId)) verifier.verify(e);
    const breaks = verifier.breaks.length === 0 ? [] : await this.inRange(verifier.breaks, query);
    return {
      intact: breaks.length === 0,
      checkedEvents: verifier.checked,
      streams: verifier.streams,
      breaks,
      millis: Math.round(performance.now() - started),
    };
  }

  /** Breaks in the time range and, given `orgId`, in events of that organisation's subtree. */
  private async inRange<T extends { eventId: string }>(breaks: T[], query: IntegrityQuery): Promise<T[]> {
    const { from, to } = timeBounds(query);
    if (!query.from && !query.to && !query.orgId) return breaks;
    // the whole subtree, as `GET /audit/events?orgId=` reads it: a street's check covers its communities
    const subtree = query.orgId ? new Set(await this.directory.subtreeIds(query.orgId, { includeUnits: true })) : null;
    const kept: T[] = [];
    for (const b of breaks) {
      // a break whose event the index does not hold is reported whatever the filters
      const entry = await this.readModels.index.get(b.eventId);
      const inTime = !entry || (entry.occurredAt >= from && entry.occurredAt <= to);
      const inOrg = !subtree || !entry || entry.orgIds.some((id) => subtree.has(id));
      if (inTime && inOrg) kept.push(b);
    }
    return kept;
  }
}
