import { Controller, type INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { EventEnvelope } from '@gongjian/eventing';
import { RethrowEventErrorsFilter } from '@gongjian/messaging';
import { KafkaEventBus, KafkaTransport } from '@gongjian/messaging/kafka.transport';
import { MemoryDocumentStore, ProjectionRunner } from '@gongjian/read-models';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { v7 as uuidv7 } from 'uuid';
import { needsProjection } from '../apps/matching/src/needs/needs.projection';
import { median } from './measure';

const LATENCY_EVENTS = Number(process.env.BENCH_KAFKA_LATENCY ?? 500);
const THROUGHPUT_EVENTS = Number(process.env.BENCH_KAFKA_EVENTS ?? 20_000);

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

/** gongjian's path: KafkaEventBus → broker → KafkaTransport → @EventPattern → projection. */
async function gongjianPath(brokers: string[], run: string, arrivals: Arrivals) {
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
  const topicPrefix = `bench-${run}`;
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
  const bus = new KafkaEventBus({ brokers, clientId: `bench-pub-${run}`, partitions: 3, topicPrefix });
  return {
    publish: (events: EventEnvelope[]) => bus.publish(events),
    close: async () => (await bus.close(), await app.close()),
  };
}

/** The bare engine: a kafkajs producer and consumer with JSON.parse, nothing else. */
async function barePath(brokers: string[], run: string, arrivals: Arrivals) {
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
  return {
    publish: async (events: EventEnvelope[]) => {
      await producer.send({
        topic,
        acks: -1,
        messages: events.map((e) => ({ key: e.streamId, value: JSON.stringify(e) })),
      });
    },
    close: async () => (await consumer.disconnect(), await producer.disconnect()),
  };
}

async function measure(brokers: string[], path: typeof gongjianPath) {
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
    // throughput: batches of 500 published back to back, until the last is handled
    const events = Array.from({ length: THROUGHPUT_EVENTS }, (_, i) => needEvent(run, LATENCY_EVENTS + i));
    const started = performance.now();
    for (let i = 0; i < events.length; i += 500) await side.publish(events.slice(i, i + 500));
    await arrivals.until(LATENCY_EVENTS + THROUGHPUT_EVENTS);
    const seconds = (performance.now() - started) / 1000;
    return {
      latencyMillis: {
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        median: Number(median(latencies).toFixed(2)),
      },
      throughput: { rate: Math.round(THROUGHPUT_EVENTS / seconds), unit: 'events/s', events: THROUGHPUT_EVENTS },
    };
  } finally {
    await side.close();
  }
}

/** publish → projection on the real broker, beside the bare kafkajs producer → consumer. */
export async function kafkaBenchmarks(brokers: string[]) {
  const bare = await measure(brokers, barePath);
  const gongjian = await measure(brokers, gongjianPath);
  return {
    name: 'Kafka publish → projection',
    brokers,
    gongjian,
    baseline: { ...bare, what: 'kafkajs producer → consumer with JSON.parse, same messages, same broker' },
    ratio: {
      latencyP50: Number((gongjian.latencyMillis.p50 / bare.latencyMillis.p50).toFixed(3)),
      throughput: Number((gongjian.throughput.rate / bare.throughput.rate).toFixed(3)),
    },
  };
}
