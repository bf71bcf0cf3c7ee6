import { Controller, Module } from '@nestjs/common';
import { type CustomTransportStrategy, EventPattern, Payload, type Server } from '@nestjs/microservices';
import { NestFactory } from '@nestjs/core';
import type { INestMicroservice } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import type { EventEnvelope } from '@gongjian/eventing';
import type { EventBus } from './event-bus.port';
import { RethrowEventErrorsFilter } from './rethrow-event-errors.filter';

export interface BusHarness {
  bus: EventBus;
  /** A consumer in group `group` (Kafka: a consumer group; in-process: an attached server). */
  transport(group: string): CustomTransportStrategy & Server;
  /** Event ids and reasons parked as dead letters by `group`. */
  deadLetters(group: string): Promise<Array<{ eventId: string; reason: string }>>;
  close(): Promise<void>;
}

/** What the test handlers saw, per run: every (eventId, streamId, revision) in arrival order. */
interface Recorder {
  prefix: string;
  seen: EventEnvelope[];
  failTimes: Map<string, number>;
  poison: Set<string>;
}

function handlersModule(recorder: Recorder) {
  @Controller()
  class ContractHandlers {
    @EventPattern('matching.ContractHappened')
    async onEvent(@Payload() event: EventEnvelope) {
      if (!event.streamId.startsWith(recorder.prefix)) return;
      if (recorder.poison.has(event.eventId)) throw new Error(`poison ${event.eventId}`);
      const left = recorder.failTimes.get(event.eventId) ?? 0;
      if (left > 0) {
        recorder.failTimes.set(event.eventId, left - 1);
        throw new Error('transient failure');
      }
      recorder.seen.push(event);
    }
  }
  @Module({ controllers: [ContractHandlers] })
  class ContractModule {}
  return ContractModule;
}

/**
 * The contract every EventBus adapter passes with its Nest transport (in-process.bus.int.spec.ts,
 * kafka.bus.infra.spec.ts): delivery of every event, per-stream order, retries, dead letters, and —
 * for durable buses — no loss when a consumer stops mid-stream and a new one takes over.
 */
export function eventBusContract(
  name: string,
  open: () => Promise<BusHarness>,
  capabilities: {
    /** Whether events published while no consumer runs are kept for it (Kafka yes, in-process no). */
    durable: boolean;
  },
) {
  const itWhenDurable = capabilities.durable ? it : it.skip;
  describe(`EventBus contract: ${name}`, () => {
    let harness: BusHarness;
    const running: INestMicroservice[] = [];
    beforeAll(async () => {
      harness = await open();
    });
    afterAll(async () => {
      for (const app of running) await app.close().catch(() => undefined);
      await harness.close();
    });

    const newRecorder = (): Recorder => ({
      prefix: `matching.contract-${uuidv7()}`,
      seen: [],
      failTimes: new Map(),
      poison: new Set(),
    });
    const consumer = async (recorder: Recorder, group: string) => {
      const app = await NestFactory.createMicroservice(handlersModule(recorder), {
        strategy: harness.transport(group),
        logger: false,
      });
      app.useGlobalFilters(new RethrowEventErrorsFilter());
      await app.listen();
      running.push(app);
      return app;
    };
    const events = (recorder: Recorder, streams: number, perStream: number, offset = 0): EventEnvelope[] => {
      const out: EventEnvelope[] = [];
      for (let r = offset; r < offset + perStream; r++) {
        for (let s = 0; s < streams; s++) {
          out.push({
            eventId: uuidv7(),
            type: 'matching.ContractHappened',
            schemaVersion: 1,
            streamId: `${recorder.prefix}-${s}`,
            streamRevision: r,
            globalPosition: r * streams + s + 1,
            occurredAt: new Date().toISOString(),
            recordedAt: new Date().toISOString(),
            actor: { accountId: 'contract', role: 'system', orgId: null },
            correlationId: uuidv7(),
            causationId: null,
            data: { s, r },
            prevHash: '0'.repeat(64),
            hash: '0'.repeat(64),
          });
        }
      }
      return out;
    };
    const until = async (condition: () => boolean | Promise<boolean>, what: string, millis = 60_000) => {
      const deadline = Date.now() + millis;
      while (!(await condition())) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    };
    const unique = (seen: EventEnvelope[]) => new Set(seen.map((e) => e.eventId));

    it('delivers every event, in order within each stream', async () => {
      const recorder = newRecorder();
      await consumer(recorder, `contract-order-${uuidv7()}`);
      const published = events(recorder, 10, 20);
      await harness.bus.publish(published);
      await until(() => unique(recorder.seen).size === published.length, 'all events');
      expect(recorder.seen).toHaveLength(published.length);
      for (let s = 0; s < 10; s++) {
        const revisions = recorder.seen
          .filter((e) => e.streamId === `${recorder.prefix}-${s}`)
          .map((e) => e.streamRevision);
        expect(revisions).toEqual(Array.from({ length: 20 }, (_, i) => i));
      }
      expect(recorder.seen[0]).toEqual(published.find((e) => e.eventId === recorder.seen[0].eventId));
    });

    it('delivers a publication larger than one broker request takes (1.2 MB in one stream), in order', async () => {
      const recorder = newRecorder();
      await consumer(recorder, `contract-large-${uuidv7()}`);
      const published = events(recorder, 1, 6).map((e) => ({
        ...e,
        data: { ...(e.data as object), pad: 'x'.repeat(200_000) },
      }));
      await harness.bus.publish(published);
      await until(() => unique(recorder.seen).size === published.length, 'all events');
      expect(recorder.seen.map((e) => e.streamRevision)).toEqual([0, 1, 2, 3, 4, 5]);
    });

    it('retries a failing handler until it succeeds, without a dead letter', async () => {
      const recorder = newRecorder();
      const group = `contract-retry-${uuidv7()}`;
      await consumer(recorder, group);
      const published = events(recorder, 1, 3);
      recorder.failTimes.set(published[1].eventId, 2);
      await harness.bus.publish(published);
      await until(() => unique(recorder.seen).size === 3, 'three events');
      expect(recorder.seen.map((e) => e.streamRevision)).toEqual([0, 1, 2]);
      expect(await harness.deadLetters(group)).toEqual([]);
    });

    it('parks a message that always fails as a dead letter with its reason, and goes on', async () => {
      const recorder = newRecorder();
      const group = `contract-dlq-${uuidv7()}`;
      await consumer(recorder, group);
      const published = events(recorder, 1, 3);
      recorder.poison.add(published[1].eventId);
      await harness.bus.publish(published);
      await until(() => unique(recorder.seen).size === 2, 'the two good events');
      expect(recorder.seen.map((e) => e.streamRevision)).toEqual([0, 2]);
      await until(async () => (await harness.deadLetters(group)).length === 1, 'the dead letter');
      expect(await harness.deadLetters(group)).toEqual([
        { eventId: published[1].eventId, reason: `poison ${published[1].eventId}` },
      ]);
    });

    itWhenDurable('loses nothing when a consumer stops mid-stream and another takes over', async () => {
      const recorder = newRecorder();
      const group = `contract-takeover-${uuidv7()}`;
      const first = await consumer(recorder, group);
      const published = events(recorder, 4, 100);
      await harness.bus.publish(published.slice(0, 200));
      await until(() => recorder.seen.length >= 50, 'the first events');
      await first.close();
      await harness.bus.publish(published.slice(200));
      await consumer(recorder, group);
      await until(() => unique(recorder.seen).size === published.length, 'every event after the takeover');
      // redelivery after the takeover is allowed (at-least-once), loss is not
      expect(unique(recorder.seen)).toEqual(new Set(published.map((e) => e.eventId)));
    });
  });
}
