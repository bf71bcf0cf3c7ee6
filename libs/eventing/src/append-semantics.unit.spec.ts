import { v7 as uuidv7 } from 'uuid';
import {
  assertExpectedRevision,
  chainEvents,
  findReplay,
  matchesExpectedRevision,
  planAppend,
  storedResult,
  streamHead,
} from './append-semantics';
import type { EventEnvelope, ProposedEvent } from './envelope';
import { ConcurrencyConflict, DuplicateEventId } from './errors';
import type { ExpectedRevision } from './event-store.port';
import canonicalize from 'canonicalize';
import { eventHashOfText, GENESIS_HASH, verifyChain } from './hash-chain';

const proposed = (overrides: Partial<ProposedEvent> = {}): ProposedEvent => ({
  eventId: uuidv7(),
  type: 'matching.NeedPosted',
  schemaVersion: 1,
  occurredAt: '2025-03-01T08:00:00.000Z',
  actor: { accountId: 'acc-1', role: 'community_admin', orgId: 'org-9' },
  correlationId: uuidv7(),
  causationId: null,
  data: { title: '助老', n: 1 },
  ...overrides,
});

/** `events` as a store would hold them: chained after `head`, at positions from `position`. */
function stored(streamId: string, events: ProposedEvent[], revisionBefore?: number, position = 100): EventEnvelope[] {
  const head = { revision: revisionBefore, hash: GENESIS_HASH };
  return chainEvents(streamId, events, head, 't').map((e, i) => ({ ...e, globalPosition: position + i }));
}

describe('append semantics: the expected revision', () => {
  it.each<[ExpectedRevision, number | undefined, boolean]>([
    ['any', undefined, true],
    ['any', 4, true],
    ['no_stream', undefined, true],
    ['no_stream', 0, false],
    ['stream_exists', undefined, false],
    ['stream_exists', 0, true],
    [3, 3, true],
    [3, 4, false],
    [0, undefined, false],
    [-1, undefined, false],
  ])('expected %p on a stream at %p: %p', (expected, current, ok) => {
    expect(matchesExpectedRevision(expected, current)).toBe(ok);
  });

  it('names the revisions in the ConcurrencyConflict', () => {
    expect(() => assertExpectedRevision('s', 2, undefined)).toThrow(
      expect.objectContaining({ expected: '2', actual: 'no_stream', code: 'concurrency_conflict' }),
    );
    expect(() => assertExpectedRevision('s', 'no_stream', 5)).toThrow(ConcurrencyConflict);
  });
});

describe('append semantics: the hash chain', () => {
  it('numbers revisions after the head and chains hashes from its hash', () => {
    const [a, b] = chainEvents('s-1', [proposed(), proposed()], streamHead(undefined), '2025-03-01T08:00:01.000Z');
    expect(a).toMatchObject({ streamId: 's-1', streamRevision: 0, prevHash: GENESIS_HASH });
    expect(b).toMatchObject({ streamRevision: 1, prevHash: a.hash });
    const [c] = chainEvents('s-1', [proposed()], streamHead(b), '2025-03-01T08:00:02.000Z');
    expect(c).toMatchObject({ streamRevision: 2, prevHash: b.hash, recordedAt: '2025-03-01T08:00:02.000Z' });
    expect(verifyChain([a, b, c].map((e, i) => ({ ...e, globalPosition: i + 1 })))).toEqual([]);
  });

  it('hashes the data as a reader gets it back (JSON round trip), and only the envelope fields', () => {
    const extra = { ...proposed({ data: { at: new Date(0), gone: undefined } }), extra: 'not ours' };
    const [e] = chainEvents('s', [extra], streamHead(undefined), 't');
    expect(e.data).toEqual({ at: '1970-01-01T00:00:00.000Z' });
    expect(e).not.toHaveProperty('extra');
    expect(() => chainEvents('s', [proposed({ data: undefined })], streamHead(undefined), 't')).toThrow(TypeError);
  });
});

describe('append semantics: a retry is recognised by its event ids', () => {
  const batch = [proposed(), proposed(), proposed()];
  const earlier = stored('s', [proposed(), ...batch], undefined);
  const atHead = { revision: 7, hash: 'f'.repeat(64) };

  it('returns the stored events of an exact replay, with the head as it is now', () => {
    const result = findReplay('s', batch, earlier.slice(1), atHead);
    expect(result).toEqual({ nextExpectedRevision: 7, lastPosition: 103, events: earlier.slice(1) });
  });

  it('finds the run whatever order the adapter found the events in, and ignores repeats', () => {
    const found = [earlier[3], earlier[1], earlier[2], earlier[1]];
    expect(findReplay('s', batch, found, atHead)?.events.map((e) => e.streamRevision)).toEqual([1, 2, 3]);
  });

  it('is a new append when none of the ids is stored', () => {
    expect(findReplay('s', batch, [], atHead)).toBeNull();
    expect(findReplay('s', [], [], atHead)).toBeNull();
  });

  it.each<[string, ProposedEvent[], EventEnvelope[]]>([
    ['some ids stored, some new', [batch[0], proposed()], earlier.slice(1, 2)],
    ['the ids stored in another order', [batch[1], batch[0]], earlier.slice(1, 3)],
    ['the ids stored apart', [batch[0], batch[2]], [earlier[1], earlier[3]]],
    ['the ids stored in another stream', batch, stored('t', batch)],
  ])('is a DuplicateEventId when %s', (_case, events, found) => {
    expect(() => findReplay('s', events, found, atHead)).toThrow(DuplicateEventId);
  });
});

describe('append semantics: planAppend', () => {
  const recordedAt = '2025-03-01T08:00:03.000Z';

  it('plans the chained events and the revision after them', () => {
    const events = [proposed(), proposed()];
    const plan = planAppend({
      streamId: 's',
      proposed: events,
      expected: 4,
      head: { revision: 4, hash: 'a'.repeat(64) },
      found: [],
      recordedAt,
    });
    expect(plan).toMatchObject({ kind: 'write', nextExpectedRevision: 6 });
    if (plan.kind !== 'write') throw new Error('expected a write');
    expect(plan.events.map((e) => [e.eventId, e.streamRevision, e.recordedAt])).toEqual([
      [events[0].eventId, 5, recordedAt],
      [events[1].eventId, 6, recordedAt],
    ]);
    expect(plan.events[0].prevHash).toBe('a'.repeat(64));
  });

  it('refuses a batch that repeats an id before looking at anything else', () => {
    const e = proposed();
    expect(() =>
      planAppend({
        streamId: 's',
        proposed: [e, e],
        expected: 'any',
        head: streamHead(undefined),
        found: [],
        recordedAt,
      }),
    ).toThrow(DuplicateEventId);
  });

  it('answers a retry before checking the expected revision (the retried append moved the stream)', () => {
    const events = [proposed()];
    const found = stored('s', events);
    const head = streamHead(found[0]);
    const plan = planAppend({ streamId: 's', proposed: events, expected: 'no_stream', head, found, recordedAt });
    expect(plan).toEqual({ kind: 'replay', result: { nextExpectedRevision: 0, lastPosition: 100, events: found } });
  });

  it('checks the expected revision against the head', () => {
    const head = { revision: 2, hash: GENESIS_HASH };
    expect(() =>
      planAppend({ streamId: 's', proposed: [proposed()], expected: 1, head, found: [], recordedAt }),
    ).toThrow(ConcurrencyConflict);
    expect(() =>
      planAppend({ streamId: 's', proposed: [], expected: 'no_stream', head, found: [], recordedAt }),
    ).toThrow(ConcurrencyConflict);
    expect(planAppend({ streamId: 's', proposed: [], expected: 2, head, found: [], recordedAt })).toEqual({
      kind: 'write',
      events: [],
      texts: [],
      nextExpectedRevision: 2,
    });
  });
});

describe('append semantics: what is stored and hashed', () => {
  class Point {
    x = 1;
    y = undefined;
  }
  const batch: ProposedEvent[] = [
    proposed({
      eventId: 'e-1',
      correlationId: 'c-1',
      data: {
        title: '助老 "引号" \\ \n',
        n: 1.5,
        z: [1, null, 'x'],
        a: { b: -0, c: 1e21, é: true },
        10: 'ten',
        2: 'two',
      },
    }),
    proposed({
      eventId: 'e-2',
      type: 'matching.NeedEdited',
      schemaVersion: 2,
      actor: { accountId: 'acc-1', role: 'community_admin', orgId: null },
      correlationId: 'c-1',
      causationId: 'e-1',
      data: {
        when: new Date('2025-03-02T00:00:00Z'),
        skipped: undefined,
        list: [undefined, () => 1, NaN, Infinity],
        point: new Point(),
        surrogate: '\ud800x',
      },
    }),
    {
      eventId: 'e-3',
      type: 't',
      schemaVersion: 1,
      occurredAt: 'o',
      actor: { accountId: 'a', role: 'r', orgId: null },
      correlationId: 'c',
      causationId: null,
      data: 'just a string',
    },
  ];
  const head = streamHead({ streamRevision: 4, hash: 'a'.repeat(64) });
  const recordedAt = '2025-03-01T08:00:01.000Z';
  const plan = planAppend({ streamId: 's-1', proposed: batch, expected: 4, head, found: [], recordedAt });

  it('hashes as every earlier version did (the hashes are stored)', () => {
    // computed by the store before DECISIONS 89; a change here breaks every stored chain
    expect(plan.kind === 'write' && plan.events.map((e) => e.hash)).toEqual([
      '1064b6375150a89f5048145b8ca6d5777e6263270b43b0a6e4742e1a8d951d71',
      '0de601ac8a34cc51fb1f3c2825f87fc38a92d5923c9b87b9eb21afed16627b83',
      '3e5127b9f7879a592b2f9ce71dc1df28f5953e4dc1c4cf6220191526e47da036',
    ]);
    expect(chainEvents('s-1', batch, head, recordedAt)).toEqual(plan.kind === 'write' && plan.events);
  });

  it('stores the canonical text of actor and data, the text the hash covers, and the events carry its parse', () => {
    if (plan.kind !== 'write') throw new Error('a write was planned');
    plan.events.forEach((event, i) => {
      const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
      expect(plan.texts[i]).toEqual({
        actor: canonicalize(roundTrip(batch[i].actor)),
        data: canonicalize(roundTrip(batch[i].data)),
        hashed: true,
      });
      expect(eventHashOfText(event, plan.texts[i].actor, plan.texts[i].data)).toBe(event.hash);
      expect(event.data).toEqual(JSON.parse(plan.texts[i].data));
    });
    // -0 and a Date do not come back from their text as they were: the parse of the text is hashed
    expect(plan.events[0].data).not.toBe(batch[0].data);
    expect(plan.events[1].data).not.toBe(batch[1].data);
    expect(plan.events[1].data).toEqual({
      when: '2025-03-02T00:00:00.000Z',
      list: [null, null, null, null],
      point: { x: 1 },
      surrogate: '\ud800x',
    });
  });
});

describe('append semantics: an envelope of another shape', () => {
  it('is hashed over its whole body by the library, its text plain JSON and not marked as hashed', () => {
    const odd = { ...proposed(), causationId: undefined } as unknown as ProposedEvent;
    const plan = planAppend({
      streamId: 's',
      proposed: [odd],
      expected: 'any',
      head: streamHead(undefined),
      found: [],
      recordedAt: 't',
    });
    if (plan.kind !== 'write') throw new Error('a write was planned');
    expect(plan.texts[0]).toEqual({ actor: JSON.stringify(odd.actor), data: JSON.stringify(odd.data), hashed: false });
    expect(eventHashOfText(plan.events[0], plan.texts[0].actor, plan.texts[0].data)).not.toBe(plan.events[0].hash);
    expect(verifyChain([{ ...plan.events[0], globalPosition: 1 }])).toEqual([]);
  });
});

describe('append semantics: plain JSON data is not copied', () => {
  it('keeps data that a JSON round trip gives back equal, and hashes it as its parse', () => {
    const plain = { title: '助老', n: 1, tags: ['a', null, true], nested: { z: 0.5, a: [] }, none: null };
    const stranger = [
      { when: new Date(0) },
      { missing: undefined },
      { list: [1, undefined] },
      // eslint-disable-next-line no-sparse-arrays
      { holes: [1, , 2] },
      { zero: -0 },
      { big: Infinity },
      { [Symbol('s')]: 1 },
      Object.assign([1], { extra: 2 }),
      { instance: new (class Point {})() },
      { withToJson: { toJSON: () => 'x' } },
    ];
    const events = [plain, ...stranger].map((data) => proposed({ data }));
    const parsed = events.map((e) => ({ ...e, data: JSON.parse(JSON.stringify(e.data)) as unknown }));
    const kept = chainEvents('s', events, streamHead(undefined), 't');
    const copied = chainEvents('s', parsed, streamHead(undefined), 't');
    expect(kept[0].data).toBe(plain);
    kept.slice(1).forEach((e, i) => expect(e.data).not.toBe(stranger[i]));
    expect(kept).toEqual(copied);
    expect(kept.map((e) => e.hash)).toEqual(copied.map((e) => e.hash));
  });
});

describe('append semantics: storedResult', () => {
  const plan = planAppend({
    streamId: 's',
    proposed: [proposed(), proposed()],
    expected: 'no_stream',
    head: streamHead(undefined),
    found: [],
    recordedAt: 't',
  });
  if (plan.kind !== 'write') throw new Error('expected a write');
  const at = (...positions: number[]) => plan.events.map((e, i) => ({ ...e, globalPosition: positions[i] }));

  it('gives the result of the events as stored', () => {
    expect(storedResult(plan, at(10, 12))).toEqual({ nextExpectedRevision: 1, lastPosition: 12, events: at(10, 12) });
  });

  it('refuses positions that do not ascend, and events that are not the planned ones', () => {
    expect(() => storedResult(plan, at(12, 10))).toThrow(/not as planned/);
    expect(() => storedResult(plan, at(10, 12).slice(1))).toThrow(/not as planned/);
    expect(() => storedResult(plan, at(10, 12).reverse())).toThrow(/not as planned/);
  });
});
