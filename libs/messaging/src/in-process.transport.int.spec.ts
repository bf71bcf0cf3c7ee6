import { Controller, Module } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Test } from '@nestjs/testing';
import type { EventEnvelope } from '@gongjian/eventing';
import { RethrowEventErrorsFilter } from './rethrow-event-errors.filter';
import { InProcessBroker, InProcessEventBus, InProcessTransport } from './in-process.transport';

const received: Array<[string, string]> = [];
let failuresLeft = 0;

@Controller()
class Handlers {
  @EventPattern('matching.NeedPosted')
  onNeed(@Payload() e: EventEnvelope) {
    received.push(['exact', e.eventId]);
  }

  @EventPattern('matching.*')
  async onMatching(@Payload() e: EventEnvelope) {
    await new Promise((r) => setTimeout(r, 1));
    received.push(['service', e.eventId]);
  }

  @EventPattern('*')
  onAll(@Payload() e: EventEnvelope) {
    received.push(['all', e.eventId]);
  }

  @EventPattern('members.Flaky')
  onFlaky(@Payload() e: EventEnvelope) {
    if (failuresLeft-- > 0) throw new Error('database unavailable');
    received.push(['flaky', e.eventId]);
  }

  @EventPattern('members.Poison')
  onPoison() {
    throw new Error('cannot handle this one');
  }
}

@Module({ controllers: [Handlers] })
class HandlersModule {}

const envelope = (type: string, eventId: string): EventEnvelope => ({
  eventId,
  type,
  schemaVersion: 1,
  streamId: `${type.split('.')[0]}.thing-1`,
  streamRevision: 0,
  globalPosition: 1,
  occurredAt: '2026-11-25T00:00:00Z',
  recordedAt: '2026-11-25T00:00:00Z',
  actor: { accountId: 'a', role: 'r', orgId: null },
  correlationId: 'c',
  causationId: null,
  data: {},
  prevHash: '0'.repeat(64),
  hash: '1'.repeat(64),
});

describe('in-process transport (@EventPattern handlers on the embedded bus)', () => {
  const broker = new InProcessBroker({ attempts: 3, backoffMillis: 1 });
  const bus = new InProcessEventBus(broker);
  let close: () => Promise<void>;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [HandlersModule] }).compile();
    const app = moduleRef.createNestMicroservice({ strategy: new InProcessTransport(broker), logger: false });
    app.useGlobalFilters(new RethrowEventErrorsFilter());
    await app.listen();
    close = () => app.close();
  });
  afterAll(() => close());
  beforeEach(() => {
    received.length = 0;
    broker.deadLetters.length = 0;
  });

  it('delivers to exact, service-wide and catch-all patterns, awaiting each, in order', async () => {
    await bus.publish([envelope('matching.NeedPosted', 'e1'), envelope('matching.OfferPosted', 'e2')]);
    expect(received).toEqual([
      ['exact', 'e1'],
      ['service', 'e1'],
      ['all', 'e1'],
      ['service', 'e2'],
      ['all', 'e2'],
    ]);
  });

  it('retries a failing handler and delivers once it succeeds', async () => {
    failuresLeft = 2;
    await bus.publish([envelope('members.Flaky', 'e3')]);
    expect(received).toContainEqual(['flaky', 'e3']);
    expect(broker.deadLetters).toEqual([]);
  });

  it('parks a message that keeps failing as a dead letter with its reason, and goes on', async () => {
    await bus.publish([envelope('members.Poison', 'e4'), envelope('matching.NeedPosted', 'e5')]);
    expect(broker.deadLetters).toEqual([
      expect.objectContaining({ pattern: 'members.Poison', reason: 'cannot handle this one', attempts: 3 }),
    ]);
    expect(received).toContainEqual(['exact', 'e5']);
  });
});
