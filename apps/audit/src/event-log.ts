import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventEnvelope, type EventStore } from '@gongjian/eventing';

const BATCH = 2000;

/**
 * The event log as the audit service reads it: its own port onto the event store, read-only. The
 * audit service is the one service that reads the log itself (DESIGN §6: history, hash chains,
 * export), so its use cases inject this rather than the store.
 *
 * It reads with `includeForeign`: records the store did not write (EventStoreDB: a raw event
 * appended into one of our streams from its UI, another application's events on a shared server)
 * come back marked `foreign`, so that the integrity check reports them (`foreign_event`) instead
 * of saying intact, and a stream's history still opens. Use cases that fold or show events of ours
 * leave them out (`ours`).
 */
@Injectable()
export class AuditLog {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** One stream's events, oldest first (empty when there is no such stream). */
  readStream(streamId: string): Promise<EventEnvelope[]> {
    return this.store.readStream(streamId, { includeForeign: true });
  }

  /** One stream's events, or (no `streamId`) the whole log in order, read batch by batch. */
  async *events(streamId?: string): AsyncGenerator<EventEnvelope> {
    if (streamId) {
      yield* await this.readStream(streamId);
      return;
    }
    for (let position = 0; ;) {
      const batch = await this.store.readAll({ fromPosition: position, maxCount: BATCH, includeForeign: true });
      if (batch.length === 0) return;
      yield* batch;
      position = batch[batch.length - 1].globalPosition;
    }
  }
}

/** Whether gongjian wrote the event (not a record marked `foreign`). */
export const ours = (e: EventEnvelope): boolean => e.foreign !== true;

/** An event as the history and time travel show it: the envelope, with its chain hashes. */
export function envelopeView(e: EventEnvelope) {
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
