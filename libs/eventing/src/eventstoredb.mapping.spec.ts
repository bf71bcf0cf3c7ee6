import type { EventData, JSONRecordedEvent, Position } from '@eventstore/db-client';
import { v7 as uuidv7 } from 'uuid';
import type { ProposedEvent } from './envelope';
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
import { GENESIS_HASH } from './hash-chain';

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
