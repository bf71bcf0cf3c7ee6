import { EventEmitter } from 'node:events';
import {
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AppendExpectedRevision,
  type AppendResult as EsdbAppendResult,
  type EventData,
  type EventStoreDBClient,
  type JSONRecordedEvent,
  type Position,
  type ReadPosition,
  type ReadRevision,
} from '@eventstore/db-client';
import { v7 as uuidv7 } from 'uuid';
import type { ProposedEvent } from './envelope';
import { eventStoreContract } from './event-store.contract';
import { EventStoreDbEventStore } from './eventstoredb.event-store';
import { chainEvents, streamHead } from './append-semantics';
import {
  ESDB_EVENT_ID_NAMESPACE,
  esdbEventId,
  esdbPositionToNumber,
  fromEsdbEvent,
  isEsdbEnvelopeEvent,
  isEsdbPositionAfter,
  isEsdbSystemEvent,
  numberToEsdbPosition,
  toEsdbEvent,
  toEsdbExpectedRevision,
  type EsdbEnvelopeMetadata,
} from './eventstoredb.mapping';
import { GENESIS_HASH, verifyChain } from './hash-chain';

const proposed = (overrides: Partial<ProposedEvent> = {}): ProposedEvent => ({
  eventId: uuidv7(),
  type: 'matching.NeedPosted',
  schemaVersion: 2,
  occurredAt: '2025-03-01T08:00:00.000Z',
  actor: { accountId: 'acc-1', role: 'community_admin', orgId: 'org-9' },
  correlationId: uuidv7(),
  causationId: null,
  data: { title: '助老', tags: ['a', 'b'], nested: { n: 1 } },
  ...overrides,
});

/** What the client hands back for a stored event (the server's view of what toEsdbEvent wrote). */
function recorded(event: EventData, streamId: string, revision: bigint, position?: Position): JSONRecordedEvent {
  return {
    streamId,
    id: event.id,
    isJson: true,
    revision,
    type: event.type,
    created: new Date(),
    data: JSON.parse(JSON.stringify(event.data)),
    metadata: JSON.parse(JSON.stringify(event.metadata)),
    position,
  } as JSONRecordedEvent;
}

describe('EventStoreDB mapping', () => {
  it('puts data in the event and the rest of the envelope in the metadata', () => {
    const causationId = uuidv7();
    const [chained] = chainEvents(
      's-2',
      [proposed({ causationId })],
      { revision: 4, hash: 'f'.repeat(64) },
      '2025-03-01T08:00:01.000Z',
    );
    const event = toEsdbEvent(chained);
    expect(event).toEqual({
      id: chained.eventId,
      contentType: 'application/json',
      type: 'matching.NeedPosted',
      data: chained.data,
      metadata: {
        schemaVersion: 2,
        occurredAt: chained.occurredAt,
        recordedAt: '2025-03-01T08:00:01.000Z',
        actor: chained.actor,
        correlationId: chained.correlationId,
        causationId,
        prevHash: 'f'.repeat(64),
        hash: chained.hash,
        $correlationId: chained.correlationId,
        $causationId: causationId,
      } satisfies EsdbEnvelopeMetadata,
    });
    const [root] = chainEvents('s-2', [proposed()], streamHead(undefined), 't');
    expect(toEsdbEvent(root).metadata).not.toHaveProperty('$causationId');
  });

  it('round-trips an envelope through an EventStoreDB record', () => {
    const [chained] = chainEvents(
      's-3',
      [proposed({ causationId: uuidv7() })],
      { revision: 6, hash: GENESIS_HASH },
      't',
    );
    const position = { commit: 123_456n, prepare: 123_456n };
    const back = fromEsdbEvent(recorded(toEsdbEvent(chained), 's-3', 7n, position));
    expect(back).toEqual({ ...chained, globalPosition: 123_456 });
  });

  it('maps an event id that is not a canonical UUID to a stable UUIDv5 and keeps it in the metadata', () => {
    expect(esdbEventId('0190d2c4-7a4e-7cc1-9b36-0f3c1e5b2a10')).toBe('0190d2c4-7a4e-7cc1-9b36-0f3c1e5b2a10');
    const id = esdbEventId('points-for-0190d2c4');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(esdbEventId('points-for-0190d2c4')).toBe(id);
    expect(ESDB_EVENT_ID_NAMESPACE).toBe('0f6a8a1e-6c1b-4a52-9d0e-3b7c5a2f9e41');
    const [chained] = chainEvents('s', [proposed({ eventId: 'points-for-0190d2c4' })], streamHead(undefined), 't');
    const event = toEsdbEvent(chained);
    expect(event.id).toBe(id);
    expect(event.metadata).toMatchObject({ eventId: 'points-for-0190d2c4' });
    expect(fromEsdbEvent(recorded(event, 's', 0n, { commit: 9n, prepare: 9n })).eventId).toBe('points-for-0190d2c4');
  });

  it('tells our events from system and foreign ones', () => {
    const [chained] = chainEvents('s', [proposed()], streamHead(undefined), 't');
    const ours = recorded(toEsdbEvent(chained), 's', 0n, { commit: 1n, prepare: 1n });
    expect(isEsdbEnvelopeEvent(ours)).toBe(true);
    expect(isEsdbSystemEvent({ type: '$metadata', streamId: '$$s' })).toBe(true);
    expect(isEsdbSystemEvent({ type: 'Anything', streamId: '$stats-127.0.0.1:2113' })).toBe(true);
    expect(isEsdbEnvelopeEvent({ ...ours, type: '$>' } as JSONRecordedEvent)).toBe(false);
    expect(isEsdbEnvelopeEvent({ ...ours, metadata: { $correlationId: 'x' } } as JSONRecordedEvent)).toBe(false);
    expect(isEsdbEnvelopeEvent({ ...ours, metadata: undefined } as unknown as JSONRecordedEvent)).toBe(false);
    expect(() => fromEsdbEvent({ ...ours, metadata: {} } as JSONRecordedEvent)).toThrow(TypeError);
    expect(() => fromEsdbEvent({ ...ours, position: undefined } as JSONRecordedEvent)).toThrow(RangeError);
  });

  it('maps positions: commit position as a number, exact up to 2^53 - 1', () => {
    expect(esdbPositionToNumber({ commit: 4096n, prepare: 4096n })).toBe(4096);
    expect(esdbPositionToNumber({ commit: BigInt(Number.MAX_SAFE_INTEGER), prepare: 0n })).toBe(
      Number.MAX_SAFE_INTEGER,
    );
    expect(() => esdbPositionToNumber({ commit: BigInt(Number.MAX_SAFE_INTEGER) + 1n, prepare: 0n })).toThrow(
      RangeError,
    );
    // what a stream read from a server older than 22.6 reports: ulong.MaxValue
    expect(() => esdbPositionToNumber({ commit: 18446744073709551615n, prepare: 0n })).toThrow(RangeError);
  });

  it('maps our positions back to read positions, and compares exclusively', () => {
    expect(numberToEsdbPosition(0)).toBe('start');
    expect(numberToEsdbPosition(4096)).toEqual({ commit: 4096n, prepare: 4096n });
    expect(() => numberToEsdbPosition(-1)).toThrow(RangeError);
    expect(() => numberToEsdbPosition(1.5)).toThrow(RangeError);
    expect(isEsdbPositionAfter({ commit: 4096n, prepare: 4096n }, 4096)).toBe(false);
    expect(isEsdbPositionAfter({ commit: 4097n, prepare: 4097n }, 4096)).toBe(true);
  });

  it('appends with the exact revision read (NO_STREAM for a new stream)', () => {
    expect(toEsdbExpectedRevision(undefined)).toBe('no_stream');
    expect(toEsdbExpectedRevision(0)).toBe(0n);
    expect(toEsdbExpectedRevision(41)).toBe(41n);
  });
});

/**
 * An in-memory stand-in for EventStoreDBClient with the server behaviour the adapter relies on:
 * positions are byte offsets with commit == prepare per event, `$all` forward reads include the
 * start position and backward reads exclude it, appends are atomic and checked against the
 * expected revision (with EventStoreDB's idempotent acknowledgement of a retried append), a missing
 * stream fails the read with StreamNotFoundError, and `$all` also holds system and foreign events.
 * It tests the adapter's logic, not EventStoreDB: eventstoredb.event-store.infra.spec.ts does that.
 */
class FakeEsdbClient {
  private readonly log: JSONRecordedEvent[] = [];
  private readonly streams = new Map<string, JSONRecordedEvent[]>();
  private readonly live = new Set<EventEmitter>();
  private position = 1024n;
  private appends = 0;

  async appendToStream(
    streamName: string,
    events: EventData | EventData[],
    { expectedRevision = 'any' }: { expectedRevision?: AppendExpectedRevision } = {},
  ): Promise<EsdbAppendResult> {
    const batch = Array.isArray(events) ? events : [events];
    await tick();
    const stream = this.streams.get(streamName) ?? [];
    const current = stream.length === 0 ? undefined : BigInt(stream.length - 1);
    const sameAt = (from: number) =>
      stream.length >= from + batch.length && batch.every((e, i) => stream[from + i].id === e.id);
    const fail = () => {
      throw new WrongExpectedVersionError(undefined, {
        streamName,
        expected: expectedRevision,
        current: current ?? 'no_stream',
      });
    };
    const acknowledge = (): EsdbAppendResult => ({ success: true, nextExpectedRevision: current ?? -1n });
    if (expectedRevision === 'no_stream' && current !== undefined) return sameAt(0) ? acknowledge() : fail();
    if (expectedRevision === 'stream_exists' && current === undefined) fail();
    if (typeof expectedRevision === 'bigint' && expectedRevision !== current) {
      if (current !== undefined && current > expectedRevision && sameAt(Number(expectedRevision) + 1)) {
        return acknowledge();
      }
      fail();
    }
    for (const event of batch) this.write(streamName, event);
    // EventStoreDB writes events of its own, and other applications may share the server
    this.appends += 1;
    if (this.appends % 3 === 0) this.write('$stats-fake', { ...foreign(), type: '$statsCollected' });
    if (this.appends % 5 === 0) this.write(`other-app-${this.appends}`, foreign());
    const last = this.streams.get(streamName)!.at(-1)!;
    setImmediate(() => this.live.forEach((s) => s.emit('data', {})));
    return { success: true, nextExpectedRevision: last.revision, position: last.position };
  }

  readStream(
    streamName: string,
    {
      direction = 'forwards',
      fromRevision,
      maxCount = Number.MAX_SAFE_INTEGER,
    }: { direction?: string; fromRevision?: ReadRevision; maxCount?: number | bigint } = {},
  ): AsyncIterable<{ event: JSONRecordedEvent }> {
    const streams = this.streams;
    return (async function* () {
      await tick();
      const stream = streams.get(streamName);
      if (!stream) throw new StreamNotFoundError(undefined, streamName);
      const count = Number(maxCount);
      let events: JSONRecordedEvent[];
      if (direction === 'backwards') {
        const from = fromRevision === undefined || fromRevision === 'end' ? stream.length - 1 : Number(fromRevision);
        events = stream
          .slice(0, from + 1)
          .reverse()
          .slice(0, count);
      } else {
        const from = fromRevision === undefined || fromRevision === 'start' ? 0 : Number(fromRevision);
        events = stream.slice(from, from + count);
      }
      for (const event of events) yield { event };
    })();
  }

  readAll({
    direction = 'forwards',
    fromPosition = 'start',
    maxCount = Number.MAX_SAFE_INTEGER,
  }: { direction?: string; fromPosition?: ReadPosition; maxCount?: number | bigint } = {}): AsyncIterable<{
    event: JSONRecordedEvent;
  }> {
    const log = this.log;
    return (async function* () {
      await tick();
      const count = Number(maxCount);
      let events: JSONRecordedEvent[];
      if (direction === 'backwards') {
        const before = fromPosition === 'end' || fromPosition === 'start' ? undefined : fromPosition.commit;
        events = log
          .filter((e) => before === undefined || e.position!.commit < before)
          .reverse()
          .slice(0, count);
      } else {
        const from = fromPosition === 'start' || fromPosition === 'end' ? 0n : fromPosition.commit;
        events = log.filter((e) => e.position!.commit >= from).slice(0, count);
      }
      for (const event of events) yield { event };
    })();
  }

  subscribeToAll(): EventEmitter & { unsubscribe(): Promise<void> } {
    const live = this.live;
    const subscription = Object.assign(new EventEmitter(), {
      unsubscribe: async () => {
        live.delete(subscription);
        subscription.emit('close');
      },
    });
    live.add(subscription);
    return subscription;
  }

  async dispose(): Promise<void> {
    this.live.clear();
  }

  private write(streamName: string, event: EventData): void {
    const stream = this.streams.get(streamName) ?? [];
    this.streams.set(streamName, stream);
    const size = BigInt(64 + JSON.stringify(event.data).length + JSON.stringify(event.metadata ?? '').length);
    const position = { commit: this.position, prepare: this.position };
    this.position += size;
    const stored = recorded(event, streamName, BigInt(stream.length), position);
    stream.push(stored);
    this.log.push(stored);
  }
}

function foreign(): EventData {
  return { id: uuidv7(), contentType: 'application/json', type: 'OrderPlaced', data: { x: 1 }, metadata: { a: 1 } };
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('EventStoreDbEventStore over an in-memory fake of the client', () => {
  eventStoreContract(
    'eventstoredb adapter logic (fake client)',
    async () =>
      new EventStoreDbEventStore(new FakeEsdbClient() as unknown as EventStoreDBClient, {
        pollMillis: 50,
        pageSize: 64,
      }),
    undefined,
    { detectsCrossStreamDuplicates: false },
  );

  it('skips system and foreign events in readAll and headPosition', async () => {
    const client = new FakeEsdbClient();
    const store = new EventStoreDbEventStore(client as unknown as EventStoreDBClient, { pageSize: 4 });
    for (let i = 0; i < 6; i++) await store.append(`s-${i}`, [proposed()], 'no_stream');
    // the last append wrote a $stats event after ours: the head is still our last event
    const all = await store.readAll();
    expect(all.map((e) => e.streamId)).toEqual(['s-0', 's-1', 's-2', 's-3', 's-4', 's-5']);
    expect(await store.headPosition()).toBe(all[5].globalPosition);
    expect((await store.readAll({ fromPosition: all[1].globalPosition, maxCount: 2 })).map((e) => e.streamId)).toEqual([
      's-2',
      's-3',
    ]);
    await store.close();
  });

  it('returns the stored events for a retry that races the original append', async () => {
    const store = new EventStoreDbEventStore(new FakeEsdbClient() as unknown as EventStoreDBClient);
    const batch = [proposed(), proposed()];
    const [a, b] = await Promise.all([store.append('s', batch, 'no_stream'), store.append('s', batch, 'no_stream')]);
    expect(a.events).toEqual(b.events);
    expect(await store.readStream('s')).toHaveLength(2);
    await store.close();
  });

  it('refuses an event id reused within the stream, and within one batch', async () => {
    const store = new EventStoreDbEventStore(new FakeEsdbClient() as unknown as EventStoreDBClient);
    const [a, b] = [proposed(), proposed()];
    await store.append('s', [a, b], 'no_stream');
    await expect(store.append('s', [b, proposed()], 'any')).rejects.toMatchObject({ code: 'duplicate_event_id' });
    await expect(store.append('s', [b, proposed()], 0)).rejects.toMatchObject({ code: 'duplicate_event_id' });
    const c = proposed();
    await expect(store.append('t', [c, c], 'no_stream')).rejects.toMatchObject({ code: 'duplicate_event_id' });
    await store.close();
  });

  it('chains concurrent `any` appends onto each other instead of forking', async () => {
    const store = new EventStoreDbEventStore(new FakeEsdbClient() as unknown as EventStoreDBClient, {
      appendAttempts: 10,
    });
    await Promise.all(Array.from({ length: 5 }, () => store.append('s', [proposed()], 'any')));
    const read = await store.readStream('s');
    expect(read).toHaveLength(5);
    expect(verifyChain(read)).toEqual([]);
    await store.close();
  });
});
