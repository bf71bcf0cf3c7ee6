import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { computeEventHash, GENESIS_HASH, type HashedFields } from './hash-chain';

/** The hash as it was first written (canonicalize over the whole body): every stored hash is this. */
function reference(event: HashedFields): string {
  const { eventId, type, schemaVersion, streamId, streamRevision, occurredAt, recordedAt } = event;
  const { actor, correlationId, causationId, data, prevHash } = event;
  const body = { eventId, type, schemaVersion, streamId, streamRevision, occurredAt, recordedAt };
  return createHash('sha256')
    .update(prevHash)
    .update(canonicalize({ ...body, actor, correlationId, causationId, data, prevHash }) ?? '')
    .digest('hex');
}

const base: HashedFields = {
  eventId: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
  type: 'matching.NeedPosted',
  schemaVersion: 1,
  streamId: 'matching.need-1',
  streamRevision: 3,
  occurredAt: '2026-12-07T08:00:00.000Z',
  recordedAt: '2026-12-07T08:00:01.000Z',
  actor: { accountId: 'acc-1', role: 'community_admin', orgId: 'community-1' },
  correlationId: 'c-1',
  causationId: null,
  data: {},
  prevHash: GENESIS_HASH,
};

/** A small generator of JSON-ish values (seeded): what writers put in `data`, and worse. */
function randomValue(seed: { n: number }, depth: number): unknown {
  const next = () => (seed.n = (seed.n * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const strings = [
    '',
    'a',
    '需求：独居老人助餐',
    'quote " back \\ slash',
    '\u2028line',
    '\ud800lone',
    'é',
    '😀',
    '\n\t',
  ];
  const keys = ['b', 'a', 'Z', 'z', '10', '2', '__proto__x', 'é', 'ä', '😀', '', 'aa', 'a b'];
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)];
  const kind = Math.floor(next() * (depth > 3 ? 5 : 8));
  switch (kind) {
    case 0:
      return pick(strings);
    case 1:
      return pick([0, -0, 1, -1.5, 1e21, 1e-7, 123456789.123, Number.MAX_SAFE_INTEGER, NaN, Infinity]);
    case 2:
      return next() < 0.5;
    case 3:
      return null;
    case 4:
      return undefined;
    case 5:
      return Array.from({ length: Math.floor(next() * 4) }, () => randomValue(seed, depth + 1));
    default: {
      const object: Record<string, unknown> = {};
      for (let i = Math.floor(next() * 5); i > 0; i--) object[pick(keys)] = randomValue(seed, depth + 1);
      return object;
    }
  }
}

describe('computeEventHash', () => {
  it('gives the hash canonicalize gives for an envelope of the shape writers append', () => {
    const data = {
      needId: 'n-1',
      communityId: 'community-3',
      gridId: null,
      title: '需求 3：独居老人助餐',
      tags: ['助餐', '独居老人'],
      quantity: { unit: 'person_hours', amount: 40 },
      window: { from: '2026-12-01', to: '2027-03-31' },
    };
    expect(computeEventHash({ ...base, data })).toBe(reference({ ...base, data }));
  });

  it('gives the same hash as canonicalize over a thousand generated payloads and actors', () => {
    const seed = { n: 42 };
    for (let i = 0; i < 1000; i++) {
      const data = randomValue(seed, 0) ?? {};
      const event = { ...base, data, streamRevision: i, actor: { ...base.actor, extra: randomValue(seed, 2) } };
      expect(computeEventHash(event as HashedFields)).toBe(reference(event as HashedFields));
    }
  });

  it('gives the same hash for scalar fields that JSON escapes (quotes, controls, surrogates) or not', () => {
    const strings = [
      'quote " in',
      'back \\ slash',
      'new\nline',
      '\u0000',
      '\ud800lone',
      '😀 pair',
      '\u2028',
      '\u007f',
      'é 中',
    ];
    for (const [i, text] of strings.entries()) {
      const event = { ...base, eventId: text, type: `t ${text}`, streamId: `s-${text}`, causationId: text };
      expect(computeEventHash({ ...event, correlationId: text, occurredAt: text, streamRevision: i })).toBe(
        reference({ ...event, correlationId: text, occurredAt: text, streamRevision: i }),
      );
    }
  });

  it('gives the same hash for values only the library writes: dates, index keys, __proto__, missing fields', () => {
    const odd: unknown[] = [
      { at: new Date('2026-12-07T08:00:00Z') },
      { 10: 'a', 2: 'b', x: 'c' },
      JSON.parse('{"__proto__": {"a": 1}, "b": 2}'),
      Object.assign(Object.create(null) as object, { b: 1, a: 2 }),
      [undefined, 1, , 3], // eslint-disable-line no-sparse-arrays
      { toJSON: () => 'custom' },
    ];
    for (const data of odd) expect(computeEventHash({ ...base, data })).toBe(reference({ ...base, data }));
    const missing = { ...base, causationId: undefined } as unknown as HashedFields;
    expect(computeEventHash(missing)).toBe(reference(missing));
    const orgless = { ...base, actor: { accountId: 'a', role: 'r', orgId: undefined } } as unknown as HashedFields;
    expect(computeEventHash(orgless)).toBe(reference(orgless));
  });
});
