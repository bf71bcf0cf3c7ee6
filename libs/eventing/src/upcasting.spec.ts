import type { EventEnvelope } from './envelope';
import { upcast, type Upcasters } from './upcasting';

const stored = (schemaVersion: number, data: unknown): EventEnvelope => ({
  eventId: 'e',
  type: 'matching.NeedPosted',
  schemaVersion,
  streamId: 'matching.need-1',
  streamRevision: 0,
  globalPosition: 1,
  occurredAt: '2026-01-01T00:00:00Z',
  recordedAt: '2026-01-01T00:00:00Z',
  actor: { accountId: 'a', role: 'r', orgId: null },
  correlationId: 'c',
  causationId: null,
  data,
  prevHash: '0'.repeat(64),
  hash: 'h',
});

describe('upcast', () => {
  // v1 had a bare number of hours; v2 a quantity; v3 added urgency
  const upcasters: Upcasters = {
    'matching.NeedPosted': {
      1: (d: { hours: number }) => ({ quantity: { amount: d.hours, unit: 'person_hours' } }),
      2: (d: object) => ({ ...d, urgency: 'normal' }),
    },
  };

  it('walks an old event up to the current version on read, leaving the stored hash alone', () => {
    const current = upcast(stored(1, { hours: 8 }), upcasters);
    expect(current.schemaVersion).toBe(3);
    expect(current.data).toEqual({ quantity: { amount: 8, unit: 'person_hours' }, urgency: 'normal' });
    expect(current.hash).toBe('h');
  });

  it('returns current events and unknown types unchanged', () => {
    const event = stored(3, { quantity: { amount: 1, unit: 'items' }, urgency: 'high' });
    expect(upcast(event, upcasters)).toBe(event);
    const other = { ...event, type: 'matching.OfferPosted', schemaVersion: 1 };
    expect(upcast(other, upcasters)).toBe(other);
  });
});
