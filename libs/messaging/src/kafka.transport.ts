import { Logger } from '@nestjs/common';
import { type CustomTransportStrategy, type MessageHandler, Server } from '@nestjs/microservices';
import type { EventEnvelope } from '@gongjian/eventing';
import {
  type Admin,
  type Consumer,
  Kafka,
  type KafkaConfig,
  type KafkaMessage,
  type logCreator,
  logLevel,
  type Message,
  Partitioners,
  type Producer,
} from 'kafkajs';
import { ConsumerHealth, observeConsumer } from './consumer-health';
import { decodeMessage, type DecodeOptions } from './decode';
import {
  type DeadLetter,
  DEFAULT_RETRY,
  dispatchEvent,
  describeError,
  handlersFor,
  type OutagePolicy,
  type RetryPolicy,
} from './dispatch';
import type { EventBus } from './event-bus.port';
import { SERVICES, topicOfService, topicOfStream } from './topics';

export interface KafkaConnection {
  brokers: string[];
  clientId: string;
  /** Partitions of each service topic when gongjian creates it. */
  partitions?: number;
  /** Topic names are `<prefix>.<service>.events`; default `gongjian` (benchmarks use their own). */
  topicPrefix?: string;
}

/**
 * kafkajs's warnings and errors through Nest's logger (pino in a running service: JSON lines like
 * every other), under the context `kafkajs`, with kafkajs's own fields (broker, group, retry…).
 */
const kafkaLogs: logCreator = () => {
  const logger = new Logger('kafkajs');
  return ({ level, log: { message, timestamp: _timestamp, logger: _name, ...fields } }) => {
    const line = { msg: message, ...fields };
    if (level === logLevel.ERROR || level === logLevel.NOTHING) logger.error(line);
    else if (level === logLevel.WARN) logger.warn(line);
    else logger.debug(line);
  };
};

function kafkaClient({ brokers, clientId }: KafkaConnection): Kafka {
  // no client-wide retry limit: the idempotent producer needs unlimited retries to keep its guarantees
  const config: KafkaConfig = { brokers, clientId, logLevel: logLevel.WARN, logCreator: kafkaLogs };
  return new Kafka(config);
}

/** Creates the topics if missing (idempotent); a consumer cannot subscribe to an absent topic. */
export async function ensureTopics(admin: Admin, topics: string[], partitions = 3): Promise<void> {
  const existing = new Set(await admin.listTopics());
  const missing = topics.filter((t) => !existing.has(t));
  if (missing.length === 0) return;
  await admin.createTopics({
    topics: missing.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: 1 })),
    waitForLeaders: true,
  });
}

/** Dead letters of a consumer group: `gongjian.dlq.<groupId>`, the failure reason in headers. */
export function deadLetterTopic(groupId: string): string {
  return `gongjian.dlq.${groupId}`;
}

/**
 * Bytes of event values in one produce request at most: each partition's part of it is one record
 * batch, which the broker refuses past `message.max.bytes` (1 MiB by default). An event larger
 * than this goes alone, as it did when each event was a request of its own.
 */
const MAX_REQUEST_BYTES = 512 * 1024;

function send(producer: Producer, request: Map<string, Message[]>) {
  return producer.sendBatch({
    acks: -1,
    topicMessages: [...request].map(([topic, messages]) => ({ topic, messages })),
  });
}

/**
 * The EventBus port on Kafka: one topic per service (`gongjian.<service>.events`), keyed by
 * streamId so that per-stream order holds within a partition. The producer is idempotent with
 * one request in flight and `acks: all`, so a retried send neither duplicates nor reorders.
 */
export class KafkaEventBus implements EventBus {
  private readonly kafka: Kafka;
  /** for `probe`: no retries, short timeouts, no logs (an outage is logged by the relay) */
  private readonly prober: Kafka;
  private producer: Producer | null = null;
  private readonly ensured = new Set<string>();

  constructor(
    private readonly connection: KafkaConnection,
    private readonly probeMillis = 2_000,
  ) {
    this.kafka = kafkaClient(connection);
    this.prober = new Kafka({
      brokers: connection.brokers,
      clientId: `${connection.clientId}-probe`,
      logLevel: logLevel.NOTHING,
      connectionTimeout: Math.min(1_000, probeMillis),
      requestTimeout: probeMillis,
      retry: { retries: 0 },
    });
  }

  /**
   * Asks a broker for the cluster's metadata on a connection of its own (the producer's would
   * retry for as long as kafkajs's retry policy says): rejects at once when the connection is
   * refused, after `probeMillis` when nothing answers.
   */
  async probe(): Promise<void> {
    const admin = this.prober.admin({ retry: { retries: 0 } });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(Object.assign(new Error(`no answer within ${this.probeMillis} ms`), { code: 'ETIMEDOUT' })),
        this.probeMillis,
      );
    });
    try {
      await Promise.race([admin.connect().then(() => admin.describeCluster()), timeout]);
    } finally {
      clearTimeout(timer);
      await admin.disconnect().catch(() => undefined);
    }
  }

  /**
   * Sends the events in order, in as few requests as fit MAX_REQUEST_BYTES of values (the relay
   * hands over up to 500 at once): one request per batch, not per event. A publication cut short
   * by a failure is published again whole by the relay; consumers skip what they have.
   */
  async publish(events: EventEnvelope[]): Promise<void> {
    const producer = await this.connected();
    const topics = new Set<string>();
    for (const event of events) topics.add(topicOfStream(event.streamId, this.connection.topicPrefix));
    await this.ensure([...topics]);
    let request = new Map<string, Message[]>();
    let bytes = 0;
    for (const event of events) {
      const value = Buffer.from(JSON.stringify(event));
      if (bytes > 0 && bytes + value.length > MAX_REQUEST_BYTES) {
        await send(producer, request);
        request = new Map();
        bytes = 0;
      }
      const topic = topicOfStream(event.streamId, this.connection.topicPrefix);
      const message = { key: event.streamId, value, headers: { type: event.type, eventId: event.eventId } };
      const messages = request.get(topic);
      if (messages) messages.push(message);
      else request.set(topic, [message]);
      bytes += value.length;
    }
    if (bytes > 0) await send(producer, request);
  }

  async close(): Promise<void> {
    await this.producer?.disconnect();
    this.producer = null;
  }

  private async connected(): Promise<Producer> {
    if (!this.producer) {
      const producer = this.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      await producer.connect();
      this.producer = producer;
    }
    return this.producer;
  }

  private async ensure(topics: string[]): Promise<void> {
    const missing = topics.filter((t) => !this.ensured.has(t));
    if (missing.length === 0) return;
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await ensureTopics(admin, missing, this.connection.partitions);
    } finally {
      await admin.disconnect();
    }
    missing.forEach((t) => this.ensured.add(t));
  }
}

export interface KafkaTransportOptions extends KafkaConnection, DecodeOptions {
  /** One consumer group per consuming service, e.g. `gongjian.matching`. */
  groupId: string;
  retry?: RetryPolicy;
  /** Partitions processed in parallel (order holds within each). */
  partitionsConsumedConcurrently?: number;
  /**
   * Handler failures that are outages (the read store unreachable): the consumer pauses on the
   * message — no commit, no dead letter, heartbeats go on — and retries with backoff (default
   * 250 ms doubling to 5 s) until it is applied.
   */
  outage?: Pick<OutagePolicy, 'isOutage'> & Partial<Pick<OutagePolicy, 'backoffMillis' | 'maxBackoffMillis'>>;
}

/** Events not yet consumed, per topic, for one consumer group: log end offset minus committed offset. */
export interface ConsumerLag {
  group: string;
  total: number;
  topics: Record<string, number>;
}

/**
 * Nest transport strategy on Kafka. Nest's own ServerKafka dispatches by topic; gongjian's
 * handlers subscribe by event type (`@EventPattern('matching.NeedPosted')`, `'matching.*'`, `'*'`),
 * so this strategy subscribes to the topics of the services its patterns name and dispatches each
 * message by the envelope's `type` — the same handlers run on the in-process transport unchanged.
 *
 * At-least-once: kafkajs commits an offset only after `eachMessage` resolved, i.e. after every
 * handler (and its read-model write) succeeded. A failing handler is retried with backoff; after
 * the last attempt the message goes to the dead-letter topic with its reason and the partition
 * moves on. If even the dead-letter write fails, `eachMessage` throws and kafkajs redelivers.
 * A crashed consumer shows as `state: 'crashed'` (nestjs/nest #11910), which /health/ready reports
 * until the consumer has joined its group again (`health`).
 */
export class KafkaTransport extends Server implements CustomTransportStrategy {
  private readonly log = new Logger('KafkaTransport');
  private readonly kafka: Kafka;
  private consumer: Consumer | null = null;
  private producer: Producer | null = null;
  /** the consumer's state and last crash, for /health/ready */
  readonly health = new ConsumerHealth();
  /** Messages this process wrote to its dead-letter topic (the `/metrics` counter). */
  deadLettered = 0;
  private admin: Admin | null = null;

  constructor(private readonly options: KafkaTransportOptions) {
    super();
    this.kafka = kafkaClient(options);
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      await this.start();
      callback();
    } catch (error) {
      callback(error);
    }
  }

  /** Topics of the services named by the registered patterns (`*` = every service). */
  topics(): string[] {
    const services = new Set<string>();
    for (const [pattern, handler] of this.getHandlers()) {
      if (!handler.isEventHandler) continue;
      if (pattern === '*') SERVICES.forEach((s) => services.add(s));
      else services.add(pattern.slice(0, pattern.indexOf('.')));
    }
    return [...services].map((service) => topicOfService(service, this.options.topicPrefix));
  }

  handlersFor(type: string): Array<[string, MessageHandler]> {
    return handlersFor(this, type);
  }

  private async start(): Promise<void> {
    const topics = this.topics();
    const admin = this.kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [...topics, deadLetterTopic(this.options.groupId)], this.options.partitions);
    await admin.disconnect();

    this.producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await this.producer.connect();
    const consumer = this.kafka.consumer({
      groupId: this.options.groupId,
      allowAutoTopicCreation: false,
      retry: { retries: 10 },
      // a member that died is noticed after 10 s (kafkajs default: 30 s), so a restarted
      // consumer takes its partitions over sooner
      sessionTimeout: 10_000,
      heartbeatInterval: 2_000,
    });
    this.consumer = consumer;
    observeConsumer(consumer, this.health);
    consumer.on(consumer.events.CRASH, (e) =>
      this.log.error(`consumer crashed (restart: ${e.payload.restart}): ${this.health.lastError?.message}`),
    );
    // resolves once this member has joined the group and owns partitions: a service only starts
    // serving (and waiting for its own writes to be projected) when its consumer really consumes
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.connect();
    if (topics.length > 0) await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 1,
      eachMessage: async ({ topic, partition, message, heartbeat }) => {
        const decoded = decodeMessage(message.value, message.headers, this.options);
        if (!decoded.ok) return this.parkUnreadable(topic, partition, message, decoded.reason);
        await dispatchEvent(
          this,
          decoded.event,
          topic,
          this.options.retry ?? DEFAULT_RETRY,
          (letter) => this.deadLetter(topic, letter),
          this.outagePolicy(heartbeat),
        );
      },
    });
    if (topics.length > 0) await joined;
  }

  /**
   * While an outage lasts the message is held inside eachMessage: kafkajs commits nothing, the
   * partition goes no further, and the heartbeat keeps this member in its group (without it the
   * session times out and the group rebalances). kafkajs's own pause() would need eachMessage to
   * throw, and thrown errors count towards the consumer's retries until it crashes.
   */
  private outagePolicy(heartbeat: () => Promise<void>): OutagePolicy | undefined {
    const outage = this.options.outage;
    if (!outage) return undefined;
    return {
      isOutage: outage.isOutage,
      backoffMillis: outage.backoffMillis ?? 250,
      maxBackoffMillis: outage.maxBackoffMillis ?? 5_000,
      waiting: async (error, waits) => {
        if (this.health.state === 'stopped') throw error;
        if (waits === 1) this.log.warn(`consumer paused: ${describeError(error)}`);
        this.health.paused(describeError(error));
        await heartbeat();
      },
      resumed: () => {
        this.log.log(`consumer resumed after ${this.health.pausedBy}`);
        this.health.resumed();
      },
    };
  }

  /**
   * The group's lag per topic, in events: each partition's log end offset (fetchTopicOffsets'
   * `high`) minus the group's committed offset (fetchOffsets; a partition never committed counts
   * from its `low`). Null when this consumer subscribes to nothing.
   */
  async lag(): Promise<ConsumerLag | null> {
    const topics = this.topics();
    if (topics.length === 0) return null;
    if (!this.admin) {
      const admin = this.kafka.admin({ retry: { retries: 0 } });
      await admin.connect();
      this.admin = admin;
    }
    const committed = await this.admin.fetchOffsets({ groupId: this.options.groupId, topics });
    const result: ConsumerLag = { group: this.options.groupId, total: 0, topics: {} };
    for (const { topic, partitions } of committed) {
      const ends = await this.admin.fetchTopicOffsets(topic);
      let lag = 0;
      for (const end of ends) {
        const offset = Number(partitions.find((p) => p.partition === end.partition)?.offset ?? -1);
        lag += Math.max(0, Number(end.high) - (offset >= 0 ? offset : Number(end.low)));
      }
      result.topics[topic] = lag;
      result.total += lag;
    }
    return result;
  }

  private async deadLetter(topic: string, letter: DeadLetter): Promise<void> {
    this.log.error(
      `dead-lettered ${letter.event.type} ${letter.event.streamId}@${letter.event.streamRevision}: ${letter.reason}`,
    );
    await this.producer!.send({
      topic: deadLetterTopic(this.options.groupId),
      acks: -1,
      messages: [
        {
          key: letter.event.streamId,
          value: JSON.stringify(letter.event),
          headers: {
            reason: letter.reason,
            type: letter.event.type,
            pattern: letter.pattern,
            attempts: String(letter.attempts),
            sourceTopic: topic,
            consumerGroup: this.options.groupId,
            at: letter.at,
          },
        },
      ],
    });
    this.deadLettered++;
  }

  /**
   * A message no consumer can read (not JSON, not an envelope, no type header, a schema version
   * from the future) goes to the DLQ byte for byte, with where it came from, and the partition
   * moves on; `npm run dlq` shows it. If the DLQ write fails, kafkajs redelivers.
   */
  private async parkUnreadable(topic: string, partition: number, message: KafkaMessage, reason: string) {
    this.log.error(`dead-lettered an unreadable message at ${topic}[${partition}]@${message.offset}: ${reason}`);
    await this.producer!.send({
      topic: deadLetterTopic(this.options.groupId),
      acks: -1,
      messages: [
        {
          key: message.key,
          value: message.value,
          headers: {
            reason,
            pattern: 'decode',
            attempts: '1',
            sourceTopic: topic,
            sourcePartition: String(partition),
            sourceOffset: message.offset,
            consumerGroup: this.options.groupId,
            at: new Date().toISOString(),
          },
        },
      ],
    });
    this.deadLettered++;
  }

  on(): void {
    // transport events are observed through `health`
  }

  unwrap<T>(): T {
    return this.kafka as T;
  }

  async close(): Promise<void> {
    this.health.stopped();
    // disconnect leaves the group at once, so the partitions move to the other members
    await this.consumer?.disconnect();
    await this.producer?.disconnect();
    await this.admin?.disconnect();
    this.consumer = null;
    this.producer = null;
    this.admin = null;
  }
}
