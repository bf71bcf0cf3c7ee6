import { causedBy } from './command-handler';

const event = {
  eventId: '0190aaaa-0000-7000-8000-000000000001',
  correlationId: 'req-1',
  actor: { accountId: 'er-shequ', role: 'community_admin', orgId: 'c1' },
};

describe('causedBy', () => {
  it("makes the causing event's id the causation id, with its correlation and actor", () => {
    expect(causedBy(event)).toEqual({
      actor: event.actor,
      correlationId: 'req-1',
      causationId: event.eventId,
      expectedVersion: undefined,
    });
  });

  it('keeps who acts and the request going on, but never its If-Match or its own causation', () => {
    const system = { accountId: 'system:x', role: 'system', orgId: null };
    const ctx = causedBy(event, { actor: system, correlationId: 'req-1', expectedVersion: 3, causationId: 'agg-1' });
    expect(ctx).toMatchObject({ actor: system, causationId: event.eventId });
    expect(ctx.expectedVersion).toBeUndefined();
  });

  it('without an event (the step before decided nothing), the context stands as the cause', () => {
    const ctx = causedBy(undefined, {
      actor: event.actor,
      correlationId: 'req-1',
      causationId: null,
      expectedVersion: 2,
    });
    expect(ctx).toEqual({ actor: event.actor, correlationId: 'req-1', causationId: null, expectedVersion: undefined });
  });
});
