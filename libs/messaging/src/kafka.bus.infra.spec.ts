import { Kafka, logLevel } from 'kafkajs';
import { v7 as uuidv7 } from 'uuid';
import { eventBusContract } from './event-bus.contract';
import { deadLetterTopic, KafkaEventBus, KafkaTransport } from './kafka.transport';

const brokers = process.env.KAFKA_BROKERS?.split(',').filter(Boolean);

if (!brokers) {
  console.log(
    'KAFKA_BROKERS not set: Kafka contract suite skipped (deploy/ci/kafka.sh start, or docker compose up kafka)',
  );
  test.skip('Kafka contract suite (KAFKA_BROKERS not set)', () => undefined);
} else {
  eventBusContract(
    `kafka ${brokers.join(',')}`,
    async () => {
      const transports: KafkaTransport[] = [];
      const kafka = new Kafka({ brokers, clientId: 'contract-dlq-reader', logLevel: logLevel.NOTHING });
      const readers = new Map<
        string,
        { letters: Array<{ eventId: string; reason: string }>; close: () => Promise<void> }
      >();
      // topics of its own, so the suite leaves the service topics alone
      const topicPrefix = `contract-${uuidv7()}`;
      const bus = new KafkaEventBus({ brokers, clientId: 'contract-publisher', partitions: 3, topicPrefix });
      return {
        bus,
        transport: (group) => {
          const transport = new KafkaTransport({
            brokers,
            clientId: `contract-${group}`,
            groupId: group,
            partitions: 3,
            topicPrefix,
            retry: { attempts: 4, backoffMillis: 10 },
          });
          transports.push(transport);
          return transport;
        },
        deadLetters: async (group) => {
          let reader = readers.get(group);
          if (!reader) {
            const consumer = kafka.consumer({ groupId: `dlq-reader-${uuidv7()}` });
            const letters: Array<{ eventId: string; reason: string }> = [];
            await consumer.connect();
            await consumer.subscribe({ topic: deadLetterTopic(group), fromBeginning: true });
            await consumer.run({
              eachMessage: async ({ message }) => {
                const event = JSON.parse(message.value!.toString());
                letters.push({ eventId: event.eventId, reason: message.headers!.reason!.toString() });
              },
            });
            reader = { letters, close: () => consumer.disconnect() };
            readers.set(group, reader);
          }
          return [...reader.letters];
        },
        close: async () => {
          for (const r of readers.values()) await r.close();
          for (const t of transports) await t.close();
          await bus.close();
        },
      };
    },
    { durable: true },
  );
}
