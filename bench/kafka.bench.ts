import { Controller, type INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { EventEnvelope, ProposedEvent } from '@gongjian/eventing';
import { SqliteEventStore } from '@gongjian/eventing/sqlite.event-store';
import { Relay, RethrowEventErrorsFilter } from '@gongjian/messaging';
import { SqliteCheckpointStore } from '@gongjian/messaging/sqlite.checkpoint-store';
import { KafkaEventBus, KafkaTransport } from '@gongjian/messaging/kafka.transport';
import { MemoryDocumentStore, ProjectionRunner } from '@gongjian/read-models';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { v7 as uuidv7 } from 'uuid';
import { needsProjection } from '../apps/matching/src/needs/needs.projection';
import { median } from './measure';

const LATENCY_EVENTS = Number(process.env.BENCH_KAFKA_LATENCY ?? 500);
const THROUGHPUT_EVENTS = Number(process.env.BENCH_KAFKA_EVENTS ?? 20_000);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);

/** One run of one side: latency percentiles (ms) and throughput (events/s). */
interface Run {
  p50: number;
  p99: number;
  rate: number;
  /** this process's CPU time per event while the throughput ran (µs; producer and consumer, not the broker) */
  cpuMicros: number;
}

/** One way from a publication to the handler: bare kafkajs, gongjian's bus, gongjian's relay. */
interface Side {
  /** publishes a few events and resolves once they are accepted (latency) */
  publish(events: EventEnvelope[]): Promise<void>;
  /** untimed, before the throughput's clock starts (the relay: the log is written meanwhile) */
  prepare?(events: EventEnvelope[]): Promise<void>;
  /** starts the throughput's clock: publishes them all */
  publishAll(events: EventEnvelope[]): Promise<void>;
  close(): Promise<void>;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(2));
}

function needEvent(run: string, n: number): EventEnvelope {
  const needId = uuidv7();
  return {
    eventId: uuidv7(),
    type: 'matching.NeedPosted',
    schemaVersion: 1,
    streamId: `matching.need-${needId}`,
    streamRevision: 0,
    globalPosition: n + 1,
    occurredAt: new Date().toISOString(),
    recordedAt: new Date().toISOString(),
    actor: { accountId: 'bench', role: 'community_admin', orgId: 'c' },
    correlationId: run,
    causationId: null,
    data: {
      needId,
      communityId: `community-${n % 50}`,
      gridId: null,
      title: `需求 ${n}`,
      description: '',
      category: 'elderly_care',
      tags: ['助餐'],
      quantity: { amount: 40, unit: 'person_hours' },
      window: { from: '2026-12-01', to: '2027-03-31' },
      urgency: 'high',
    },
    prevHash: '0'.repeat(64),
    hash: '0'.repeat(64),
  };
}

/** Waits for `count` arrivals, recording each arrival time by event id. */
class Arrivals {
  readonly at = new Map<string, number>();
  private waiter: { count: number; resolve: () => void } | null = null;

  mark(id: string): void {
    this.at.set(id, performance.now());
    if (this.waiter && this.at.size >= this.waiter.count) this.waiter.resolve();
  }

  until(count: number): Promise<void> {
    if (this.at.size >= count) return Promise.resolve();
    return new Promise((resolve) => (this.waiter = { count, resolve }));
  }
}

/** The consuming side of gongjian: KafkaTransport → @EventPattern → projection, in a Nest microservice. */
async function gongjianConsumer(brokers: string[], run: string, arrivals: Arrivals, topicPrefix: string) {
  const runner = new ProjectionRunner(new MemoryDocumentStore(), [needsProjection]);
  @Controller()
  class BenchHandlers {
    @EventPattern('matching.NeedPosted')
    async on(@Payload() event: EventEnvelope) {
      if (event.correlationId !== run) return;
      await runner.project(event);
      arrivals.mark(event.eventId);
    }
  }
  @Module({ controllers: [BenchHandlers] })
  class BenchModule {}
  const transport = new KafkaTransport({
    brokers,
    clientId: `bench-${run}`,
    groupId: `bench-${run}`,
    partitions: 3,
    topicPrefix,
  });
  const app: INestMicroservice = await NestFactory.createMicroservice(BenchModule, {
    strategy: transport,
    logger: false,
  });
  app.useGlobalFilters(new RethrowEventErrorsFilter());
  await app.listen();
  while (transport.health.state !== 'running') await new Promise((r) => setTimeout(r, 50));
  return app;
}

/** gongjian's bus: KafkaEventBus.publish → broker → KafkaTransport → @EventPattern → projection. */
export async function gongjianPath(brokers: string[], run: string, arrivals: Arrivals): Promise<Side> {
  const topicPrefix = `bench-${run}`;
  const app = await gongjianConsumer(brokers, run, arrivals, topicPrefix);
  const bus = new KafkaEventBus({ brokers, clientId: `bench-pub-${run}`, partitions: 3, topicPrefix });
  const publish = (events: EventEnvelope[]) => bus.publish(events);
  return {
    publish,
    publishAll: async (events) => {
      for (let i = 0; i < events.length; i += 500) await publish(events.slice(i, i + 500));
    },
    close: async () => (await bus.close(), await app.close()),
  };
}

/**
 * gongjian's relay, as a service runs it: events appended to the log (SQLite), the Relay follows
 * it and publishes through KafkaEventBus, the consumer projects. Throughput: the events are
 * appended while the relay is stopped (not timed), then the relay starts from its checkpoint and
 * the clock runs until the last is projected. Latency: from the append to the projection.
 */
export async function relayPath(brokers: string[], run: string, arrivals: Arrivals): Promise<Side> {
  const topicPrefix = `relay-${run}`;
  const app = await gongjianConsumer(brokers, run, arrivals, topicPrefix);
  const store = new SqliteEventStore({ filename: ':memory:' });
  const checkpoints = new SqliteCheckpointStore(store.db);
  const bus = new KafkaEventBus({ brokers, clientId: `relay-pub-${run}`, partitions: 3, topicPrefix });
  let relay = new Relay(store, bus, checkpoints);
  await relay.start();
  const append = (events: EventEnvelope[]) =>
    Promise.all(events.map((e) => store.append(e.streamId, [proposedOf(e)], 'no_stream')));
  return {
    publish: async (events) => void (await append(events)),
    prepare: async (events) => {
      await relay.stop();
      for (let i = 0; i < events.length; i += 500) await append(events.slice(i, i + 500));
    },
    publishAll: async () => {
      relay = new Relay(store, bus, checkpoints);
      await relay.start();
    },
    close: async () => (await relay.stop(), await bus.close(), await app.close(), await store.close()),
  };
}

function proposedOf(e: EventEnvelope): ProposedEvent {
  const { eventId, type, schemaVersion, occurredAt, actor, correlationId, causationId, data } = e;
  return { eventId, type, schemaVersion, occurredAt, actor, correlationId, causationId, data };
}

/** The bare engine: a kafkajs producer and consumer with JSON.parse, nothing else. */
export async function barePath(brokers: string[], run: string, arrivals: Arrivals): Promise<Side> {
  const kafka = new Kafka({ brokers, clientId: `bare-${run}`, logLevel: logLevel.NOTHING });
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  const consumer = kafka.consumer({ groupId: `bare-${run}` });
  await Promise.all([producer.connect(), consumer.connect()]);
  const topic = `bare-${run}.matching.events`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 3, replicationFactor: 1 }], waitForLeaders: true });
  await admin.disconnect();
  await consumer.subscribe({ topic, fromBeginning: false });
  let joined = false;
  consumer.on(consumer.events.GROUP_JOIN, () => (joined = true));
  await consumer.run({
    eachMessage: async ({ message }) => {
      const event = JSON.parse(message.value!.toString()) as EventEnvelope;
      if (event.correlationId === run) arrivals.mark(event.eventId);
    },
  });
  while (!joined) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 500));
  const publish = async (events: EventEnvelope[]) => {
    await producer.send({
      topic,
      acks: -1,
      messages: events.map((e) => ({ key: e.streamId, value: JSON.stringify(e) })),
    });
  };
  return {
    publish,
    publishAll: async (events) => {
      for (let i = 0; i < events.length; i += 500) await publish(events.slice(i, i + 500));
    },
    close: async () => (await consumer.disconnect(), await producer.disconnect()),
  };
}

export async function measure(brokers: string[], path: typeof gongjianPath): Promise<Run> {
  const run = uuidv7();
  const arrivals = new Arrivals();
  const side = await path(brokers, run, arrivals);
  try {
    // latency: one event at a time, publish → handled (projected, for gongjian)
    const latencies: number[] = [];
    for (let i = 0; i < LATENCY_EVENTS; i++) {
      const event = needEvent(run, i);
      const started = performance.now();
      await side.publish([event]);
      await arrivals.until(i + 1);
      latencies.push(arrivals.at.get(event.eventId)! - started);
    }
    // throughput: batches of 500 published back to back (or the log relayed), until the last is handled
    const events = Array.from({ length: THROUGHPUT_EVENTS }, (_, i) => needEvent(run, LATENCY_EVENTS + i));
    await side.prepare?.(events);
    const started = performance.now();
    const cpu = process.cpuUsage();
    await side.publishAll(events);
    await arrivals.until(LATENCY_EVENTS + THROUGHPUT_EVENTS);
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    return {
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      rate: Math.round(THROUGHPUT_EVENTS / seconds),
      cpuMicros: Number(((used.user + used.system) / THROUGHPUT_EVENTS).toFixed(1)),
    };
  } finally {
    await side.close();
  }
}

/** Medians of the runs: latency p50 and p99 (ms), throughput (events/s), with every run's figures. */
function summary(runs: Run[]) {
  return {
    latencyMillis: { p50: median(runs.map((r) => r.p50)), p99: median(runs.map((r) => r.p99)) },
    throughput: { rate: median(runs.map((r) => r.rate)), unit: 'events/s', events: THROUGHPUT_EVENTS },
    cpuMicrosPerEvent: median(runs.map((r) => r.cpuMicros)),
    runs,
  };
}

const ratios = (side: ReturnType<typeof summary>, bare: ReturnType<typeof summary>) => ({
  latencyP50: Number((side.latencyMillis.p50 / bare.latencyMillis.p50).toFixed(3)),
  latencyP99: Number((side.latencyMillis.p99 / bare.latencyMillis.p99).toFixed(3)),
  throughput: Number((side.throughput.rate / bare.throughput.rate).toFixed(3)),
  cpuPerEvent: Number((side.cpuMicrosPerEvent / bare.cpuMicrosPerEvent).toFixed(3)),
});

/**
 * publish → projection on the real broker (gongjian's bus, and the relay from the log), beside
 * the bare kafkajs producer → consumer, `BENCH_REPEAT` runs each taken in turns (bare, bus, relay,
 * then the other way round: what else the machine does weighs on all three); medians.
 */
export async function kafkaBenchmarks(brokers: string[]) {
  const paths = { bare: barePath, gongjian: gongjianPath, relay: relayPath };
  const runs: Record<keyof typeof paths, Run[]> = { bare: [], gongjian: [], relay: [] };
  for (let i = 0; i < REPEAT; i++) {
    const order = (['bare', 'gongjian', 'relay'] as const).slice();
    if (i % 2 === 1) order.reverse();
    for (const side of order) runs[side].push(await measure(brokers, paths[side]));
  }
  const bare = summary(runs.bare);
  const gongjian = summary(runs.gongjian);
  const relay = summary(runs.relay);
  return {
    name: 'Kafka publish → projection',
    brokers,
    repeat: REPEAT,
    gongjian,
    relay: { ...relay, what: 'events appended to the log (SQLite), Relay → KafkaEventBus → consumer → projection' },
    baseline: { ...bare, what: 'kafkajs producer → consumer with JSON.parse, same messages, same broker' },
    ratio: ratios(gongjian, bare),
    relayRatio: ratios(relay, bare),
  };
}
