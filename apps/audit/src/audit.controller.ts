import { Controller, Get, Headers, Inject, NotFoundException, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { assertMayAudit } from '@gongjian/auth';
import {
  ChainVerifier,
  type CommandContext,
  DomainRuleViolation,
  EVENT_STORE,
  type EventEnvelope,
  type EventStore,
} from '@gongjian/eventing';
import { Command, paginate } from '@gongjian/http';
import {
  DOCUMENT_STORE,
  type DocumentStore,
  type Effect,
  type Filter,
  type ReadModelDocument,
} from '@gongjian/read-models';
import type { Moment } from '@gongjian/runtime';
import { AsOfQuery, AuditEventsQuery, ExportQuery, IntegrityQuery } from './audit.dto';
import { AUDIT_INDEX_COLLECTION, type AuditEntry, orgIdsOf, toAuditEvent } from './audit-index.projection';
import { AuditTree } from './audit.tree';
import { csvHeader, csvLine } from './export';
import type { Caller } from './replays/read-model-owners';
import { ReplayService } from './replays/replay.service';

const BATCH = 2000;
const iso = (t: string) => new Date(t).toISOString();

/** 审计: the event history, time travel, integrity and export (DESIGN §6). Reads only. */
@Controller('audit')
export class AuditController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    private readonly replays: ReplayService,
    private readonly tree: AuditTree,
  ) {}

  /**
   * What the events did to the read models, asked of every owner (each folds the stream through
   * its own read models) and put together event by event, in the owners' order.
   */
  private async effectsOf(events: EventEnvelope[], streamId: string, moment: Moment | undefined, caller: Caller) {
    const answers = await Promise.all(
      this.replays.owners.owners.map((owner) => owner.effectsOf(streamId, moment, caller)),
    );
    const effects: Effect[][] = events.map((e) => answers.flatMap((a) => a.effects[e.eventId] ?? []));
    const state: Record<string, Record<string, ReadModelDocument>> = {};
    for (const answer of answers) Object.assign(state, answer.state);
    return { effects, state };
  }

  private get index() {
    return this.documents.collection<AuditEntry>(AUDIT_INDEX_COLLECTION);
  }

  /** Who did what, when and why, newest first; filters combine. */
  @Get('events')
  async events(@Query() query: AuditEventsQuery, @Command() ctx: CommandContext) {
    assertMayAudit(ctx.actor);
    const filter: Filter = {};
    if (query.streamId) filter.streamId = query.streamId;
    if (query.type) filter.type = query.type;
    if (query.actor) filter['actor.accountId'] = query.actor;
    if (query.correlationId) filter.correlationId = query.correlationId;
    if (query.orgId) filter.orgIds = { $in: await this.tree.subtreeIds(query.orgId, { includeUnits: true }) };
    const time: Record<string, string> = {};
    if (query.from) time.$gte = iso(query.from);
    if (query.to) time.$lte = iso(query.to);
    if (Object.keys(time).length > 0) filter.occurredAt = time;
    const page = await paginate(this.index, filter, query);
    return { items: page.items.map(toAuditEvent), nextCursor: page.nextCursor };
  }

  /**
   * One event with why it happened and what it caused: the causation chain up to the request
   * that started it, and every event caused by it, in any service (the same correlation).
   */
  @Get('events/:eventId')
  async event(@Param('eventId') eventId: string, @Command() ctx: CommandContext) {
    assertMayAudit(ctx.actor);
    const entry = await this.index.get(eventId);
    if (!entry)
      throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `event ${eventId} not found` });
    const related = await this.index.find({ correlationId: entry.correlationId }, { sort: { _id: 1 } });
    const byId = new Map(related.map((e) => [e._id, e]));
    const causedBy: AuditEntry[] = [];
    for (let at = entry.causationId ? byId.get(entry.causationId) : undefined; at;) {
      causedBy.unshift(at);
      at = at.causationId && !causedBy.some((e) => e._id === at!.causationId) ? byId.get(at.causationId) : undefined;
    }
    const caused: AuditEntry[] = [];
    const frontier = [entry._id];
    while (frontier.length > 0) {
      const parent = frontier.shift()!;
      for (const e of related) {
        if (e.causationId === parent && !caused.includes(e)) {
          caused.push(e);
          frontier.push(e._id);
        }
      }
    }
    return {
      ...toAuditEvent(entry),
      causedBy: causedBy.map(toAuditEvent),
      caused: caused.map(toAuditEvent),
      correlation: related.map(toAuditEvent),
    };
  }

  /** The full history of one need, member, project…: oldest first, each event with its effect. */
  @Get('streams/:streamId')
  async stream(
    @Param('streamId') streamId: string,
    @Command() ctx: CommandContext,
    @Headers('authorization') authorization?: string,
  ) {
    assertMayAudit(ctx.actor);
    const events = await this.store.readStream(streamId);
    if (events.length === 0)
      throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `stream ${streamId} not found` });
    const { effects, state } = await this.effectsOf(events, streamId, undefined, { actor: ctx.actor, authorization });
    const verifier = new ChainVerifier();
    events.forEach((e) => verifier.verify(e));
    return {
      streamId,
      revision: events[events.length - 1].streamRevision,
      chain: { intact: verifier.breaks.length === 0, breaks: verifier.breaks },
      events: events.map((e, i) => ({ ...envelopeView(e), effects: effects[i] })),
      state,
    };
  }

  /**
   * Time travel: the state of one aggregate (`streamId`) or of a read model (`projection`, with
   * optional `communityId`/`unitId`/`orgId`/`status` filters) as it was at `at`.
   */
  @Get('as-of')
  async asOf(
    @Query() query: AsOfQuery,
    @Command() ctx: CommandContext,
    @Headers('authorization') authorization?: string,
  ) {
    assertMayAudit(ctx.actor);
    const caller: Caller = { actor: ctx.actor, authorization };
    // a time, or a global position of the log: the validation pipe lets through exactly one
    const { position } = query;
    const at = position === undefined ? iso(query.at!) : undefined;
    const moment: Moment = at !== undefined ? { at } : { position: position! };
    const then = (e: EventEnvelope) => (at !== undefined ? e.occurredAt <= at : e.globalPosition <= position!);
    if (query.streamId) {
      const events = (await this.store.readStream(query.streamId)).filter(then);
      const { state } = await this.effectsOf(events, query.streamId, moment, caller);
      return {
        ...moment,
        streamId: query.streamId,
        revision: events.length > 0 ? events[events.length - 1].streamRevision : null,
        events: events.length,
        lastEvent: events.length > 0 ? envelopeView(events[events.length - 1]) : null,
        state,
      };
    }
    if (!query.projection) {
      throw new DomainRuleViolation('name a streamId or a projection', 'as_of_target_missing', {
        field: 'streamId',
      });
    }
    const owner = await this.replays.ownerOfReadModel(query.projection, caller);
    const filter: Filter = {};
    for (const key of ['communityId', 'unitId', 'orgId', 'status'] as const) if (query[key]) filter[key] = query[key];
    const { events, items } = await owner.asOf(query.projection, moment, filter, caller);
    return { ...moment, projection: query.projection, events, items };
  }

  /** Walks the hash chains of every stream (or one) and names each break by stream and revision. */
  @Get('integrity')
  async integrity(@Query() query: IntegrityQuery, @Command() ctx: CommandContext) {
    assertMayAudit(ctx.actor);
    const started = performance.now();
    const verifier = new ChainVerifier();
    await this.each(query.streamId, (e) => verifier.verify(e));
    const from = query.from ? iso(query.from) : '';
    const to = query.to ? iso(query.to) : '\uffff';
    const breaks = verifier.breaks.length === 0 ? [] : await this.inRange(verifier.breaks, from, to, query.orgId);
    return {
      intact: breaks.length === 0,
      checkedEvents: verifier.checked,
      streams: verifier.streams,
      breaks,
      millis: Math.round(performance.now() - started),
    };
  }

  /**
   * The audit trail as CSV or JSON Lines, streamed batch by batch, with the chain hashes: see
   * docs/audit.md for re-verifying it offline (`npm run verify-export -- <file>`).
   */
  @Get('export')
  async export(@Query() query: ExportQuery, @Command() ctx: CommandContext, @Res() res: Response) {
    assertMayAudit(ctx.actor);
    const format = query.format ?? 'jsonl';
    const from = query.from ? iso(query.from) : '';
    const to = query.to ? iso(query.to) : '\uffff';
    res.status(200);
    res.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="gongjian-audit.${format}"`);
    const subtree = query.orgId ? new Set(await this.tree.subtreeIds(query.orgId, { includeUnits: true })) : null;
    if (format === 'csv') res.write(csvHeader());
    await this.each(query.streamId, async (e) => {
      if (query.type && e.type !== query.type) return;
      if (e.occurredAt < from || e.occurredAt > to) return;
      if (query.actor && e.actor.accountId !== query.actor) return;
      if (query.correlationId && e.correlationId !== query.correlationId) return;
      if (subtree && !orgIdsOf(e).some((id) => subtree.has(id))) return;
      const line = format === 'csv' ? csvLine(e) : `${JSON.stringify(e)}\n`;
      if (!res.write(line)) await new Promise((resolve) => res.once('drain', resolve));
    });
    res.end();
  }

  @Get('projections')
  async projections(@Command() ctx: CommandContext, @Headers('authorization') authorization?: string) {
    assertMayAudit(ctx.actor);
    return { items: await this.replays.names({ actor: ctx.actor, authorization }) };
  }

  private async each(streamId: string | undefined, visit: (e: EventEnvelope) => unknown): Promise<void> {
    if (streamId) {
      for (const e of await this.store.readStream(streamId)) await visit(e);
      return;
    }
    for (let position = 0; ;) {
      const batch = await this.store.readAll({ fromPosition: position, maxCount: BATCH });
      if (batch.length === 0) return;
      for (const e of batch) await visit(e);
      position = batch[batch.length - 1].globalPosition;
    }
  }

  /** Breaks in the time range and, given `orgId`, in events of that organisation's subtree. */
  private async inRange<T extends { eventId: string }>(
    breaks: T[],
    from: string,
    to: string,
    orgId?: string,
  ): Promise<T[]> {
    if (!from && to === '\uffff' && !orgId) return breaks;
    // the whole subtree, as `GET /audit/events?orgId=` reads it: a street's check covers its communities
    const subtree = orgId ? new Set(await this.tree.subtreeIds(orgId, { includeUnits: true })) : null;
    const kept: T[] = [];
    for (const b of breaks) {
      const entry = await this.index.get(b.eventId);
      const inTime = !entry || (entry.occurredAt >= from && entry.occurredAt <= to);
      const inOrg = !subtree || !entry || entry.orgIds.some((id) => subtree.has(id));
      if (inTime && inOrg) kept.push(b);
    }
    return kept;
  }
}

function envelopeView(e: EventEnvelope) {
  return {
    eventId: e.eventId,
    type: e.type,
    streamRevision: e.streamRevision,
    globalPosition: e.globalPosition,
    occurredAt: e.occurredAt,
    actor: e.actor,
    correlationId: e.correlationId,
    causationId: e.causationId,
    data: e.data,
    prevHash: e.prevHash,
    hash: e.hash,
  };
}
