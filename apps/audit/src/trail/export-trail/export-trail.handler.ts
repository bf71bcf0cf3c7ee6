import { Injectable } from '@nestjs/common';
import { assertMayAudit, Directory } from '@gongjian/auth';
import type { Actor, EventEnvelope } from '@gongjian/eventing';
import { orgIdsOf } from '../../audit-index.projection';
import { AuditLog, ours } from '../../event-log';
import { timeBounds } from '../range.query';
import { csvHeader, csvLine } from './csv';
import type { ExportQuery } from './export-trail.query';

/** An export ready to stream: its format and its lines, read from the log as they are written. */
export interface TrailExport {
  format: 'csv' | 'jsonl';
  lines: AsyncIterable<string>;
}

@Injectable()
export class ExportTrailHandler {
  constructor(
    private readonly log: AuditLog,
    private readonly directory: Directory,
  ) {}

  /**
   * The audit trail as CSV or JSON Lines with the chain hashes (docs/audit.md: re-verifying it
   * offline). Authorizes before anything is sent; the lines come batch by batch from the log.
   */
  async execute(query: ExportQuery, actor: Actor): Promise<TrailExport> {
    assertMayAudit(actor);
    const format = query.format ?? 'jsonl';
    const subtree = query.orgId ? new Set(await this.directory.subtreeIds(query.orgId, { includeUnits: true })) : null;
    const { from, to } = timeBounds(query);
    // the trail of gongjian's events: a foreign record has no actor or hashes to export (the
    // integrity check names it)
    const wanted = (e: EventEnvelope) =>
      ours(e) &&
      (!query.type || e.type === query.type) &&
      e.occurredAt >= from &&
      e.occurredAt <= to &&
      (!query.actor || e.actor.accountId === query.actor) &&
      (!query.correlationId || e.correlationId === query.correlationId) &&
      (!subtree || orgIdsOf(e).some((id) => subtree.has(id)));
    const line = (e: EventEnvelope) => (format === 'csv' ? csvLine(e) : `${JSON.stringify(e)}\n`);
    return { format, lines: this.lines(query.streamId, format, wanted, line) };
  }

  private async *lines(
    streamId: string | undefined,
    format: TrailExport['format'],
    wanted: (e: EventEnvelope) => boolean,
    line: (e: EventEnvelope) => string,
  ): AsyncGenerator<string> {
    if (format === 'csv') yield csvHeader();
    for await (const e of this.log.events(streamId)) if (wanted(e)) yield line(e);
  }
}
