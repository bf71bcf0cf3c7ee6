import { type Admin, Kafka, type KafkaMessage, logLevel, type Producer } from 'kafkajs';
import { v7 as uuidv7 } from 'uuid';
import { deadLetterTopic, ensureTopics } from './kafka.transport';

/** One message parked on a consumer group's DLQ, as an operator sees it. */
export interface DeadLetterEntry {
  /** `<partition>:<offset>` on the DLQ topic: what `show`, `replay` and `discard` take */
  id: string;
  reason: string;
  type: string | null;
  sourceTopic: string | null;
  key: string | null;
  at: string | null;
  headers: Record<string, string>;
  value: string;
  /** set once replayed or discarded */
  handled: { action: 'replayed' | 'discarded'; at: string; note: string } | null;
}

/** Kafka cannot delete one message: what an operator did with each is kept beside the DLQ. */
export const handledTopic = (groupId: string) => `${deadLetterTopic(groupId)}.handled`;

function headersOf(message: KafkaMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {}))
    if (value !== undefined) out[name] = Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
  return out;
}

/**
 * Working a consumer group's dead-letter topic without Kafka tools (`npm run dlq`): list what is
 * parked and why, show one, replay it to the topic it came from (every consumer is idempotent by
 * stream and revision, so the groups that had it already skip it), or discard it with a note.
 */
export class DeadLetterQueue {
  private readonly kafka: Kafka;

  constructor(
    brokers: string[],
    private readonly groupId: string,
  ) {
    this.kafka = new Kafka({ brokers, clientId: 'gongjian-dlq', logLevel: logLevel.NOTHING });
  }

  /** Every parked message, oldest first; handled ones carry what was done with them. */
  async list(): Promise<DeadLetterEntry[]> {
    const handled = new Map<string, DeadLetterEntry['handled']>();
    for (const { message } of await this.readAll(handledTopic(this.groupId)))
      handled.set(message.key!.toString(), JSON.parse(message.value!.toString('utf8')));
    return (await this.readAll(deadLetterTopic(this.groupId))).map(({ partition, message }) => {
      const headers = headersOf(message);
      const id = `${partition}:${message.offset}`;
      return {
        id,
        reason: headers.reason ?? '(no reason recorded)',
        type: headers.type ?? null,
        sourceTopic: headers.sourceTopic ?? null,
        key: message.key?.toString('utf8') ?? null,
        at: headers.at ?? null,
        headers,
        value: message.value?.toString('utf8') ?? '',
        handled: handled.get(id) ?? null,
      };
    });
  }

  async show(id: string): Promise<DeadLetterEntry> {
    const entry = (await this.list()).find((e) => e.id === id);
    if (!entry) throw new Error(`no message ${id} on ${deadLetterTopic(this.groupId)}`);
    return entry;
  }

  /** Sends the parked bytes back to their source topic with their key and type, then marks them. */
  async replay(id: string, note = ''): Promise<DeadLetterEntry> {
    const entry = await this.unhandled(id);
    if (!entry.sourceTopic) throw new Error(`message ${id} records no source topic`);
    await this.withProducer(async (producer) => {
      await producer.send({
        topic: entry.sourceTopic!,
        acks: -1,
        messages: [{ key: entry.key, value: entry.value, headers: entry.type ? { type: entry.type } : {} }],
      });
      await this.mark(producer, id, 'replayed', note);
    });
    return this.show(id);
  }

  async discard(id: string, note: string): Promise<DeadLetterEntry> {
    await this.unhandled(id);
    await this.withProducer((producer) => this.mark(producer, id, 'discarded', note));
    return this.show(id);
  }

  private async unhandled(id: string): Promise<DeadLetterEntry> {
    const entry = await this.show(id);
    if (entry.handled) throw new Error(`message ${id} was already ${entry.handled.action} at ${entry.handled.at}`);
    return entry;
  }

  private async mark(producer: Producer, id: string, action: 'replayed' | 'discarded', note: string) {
    const value = JSON.stringify({ action, at: new Date().toISOString(), note });
    await producer.send({ topic: handledTopic(this.groupId), acks: -1, messages: [{ key: id, value }] });
  }

  private async withProducer<T>(work: (producer: Producer) => Promise<T>): Promise<T> {
    await this.withAdmin((admin) => ensureTopics(admin, [handledTopic(this.groupId)], 1));
    const producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    try {
      return await work(producer);
    } finally {
      await producer.disconnect();
    }
  }

  private async withAdmin<T>(work: (admin: Admin) => Promise<T>): Promise<T> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      return await work(admin);
    } finally {
      await admin.disconnect();
    }
  }

  /** Every message of a topic up to its current end (none when the topic does not exist). */
  private async readAll(topic: string): Promise<Array<{ partition: number; message: KafkaMessage }>> {
    const ends = await this.withAdmin(async (admin) => {
      if (!(await admin.listTopics()).includes(topic)) return null;
      return admin.fetchTopicOffsets(topic);
    });
    if (!ends) return [];
    const remaining = new Map(ends.filter((e) => Number(e.high) > Number(e.low)).map((e) => [e.partition, e.high]));
    const out: Array<{ partition: number; message: KafkaMessage }> = [];
    if (remaining.size === 0) return out;
    const consumer = this.kafka.consumer({ groupId: `gongjian-dlq-reader-${uuidv7()}` });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic, fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`reading ${topic} took longer than 30 s`)), 30_000);
        consumer
          .run({
            eachMessage: async ({ partition, message }) => {
              if (!remaining.has(partition)) return;
              out.push({ partition, message });
              if (BigInt(message.offset) + 1n >= BigInt(remaining.get(partition)!)) remaining.delete(partition);
              if (remaining.size === 0) {
                clearTimeout(timer);
                resolve();
              }
            },
          })
          .catch(reject);
      });
    } finally {
      await consumer.disconnect();
    }
    return out.sort((a, b) => a.partition - b.partition || Number(BigInt(a.message.offset) - BigInt(b.message.offset)));
  }
}
