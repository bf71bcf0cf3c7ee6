import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventEnvelope, type EventStore } from '@gongjian/eventing';

const BATCH = 2000;

/**
 * The event log as the audit service reads it: its own port onto the event store, read-only. The
 * audit service is the one service that reads the log itself (DESIGN §6: history, hash chains,
 * export), so its use cases inject this rather than the store.
 */
@Injectable()
export class AuditLog {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** One stream's events, oldest first (empty when there is no such stream). */
  readStream(streamId: string): Promise<EventEnvelope[]> {
    return this.store.readStream(streamId);
  }

  /** One stream's events, or (no `streamId`) the whole log in order, read batch by batch. */
  async *events(streamId?: string): AsyncGenerator<EventEnvelope> {
    if (streamId) {
      yield* await this.store.readStream(streamId);
      return;
    }
    for (let position = 0; ;) {
      const batch = await this.store.readAll({ fromPosition: position, maxCount: BATCH });
      if (batch.length === 0) return;
      yield* batch;
      position = batch[batch.length - 1].globalPosition;
    }
  }
}

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
