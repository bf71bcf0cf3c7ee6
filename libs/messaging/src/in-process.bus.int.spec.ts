import { eventBusContract } from './event-bus.contract';
import { InProcessBroker, InProcessEventBus, InProcessTransport } from './in-process.transport';

eventBusContract(
  'in-process',
  async () => {
    const broker = new InProcessBroker({ attempts: 4, backoffMillis: 1 });
    const groups = new Map<string, InProcessTransport>();
    return {
      bus: new InProcessEventBus(broker),
      transport: (group) => {
        const transport = new InProcessTransport(broker);
        groups.set(group, transport);
        return transport;
      },
      deadLetters: async (group) =>
        broker.deadLetters
          .filter((d) =>
            groups
              .get(group)
              ?.handlersFor(d.event.type)
              .some(([p]) => p === d.pattern),
          )
          .map((d) => ({ eventId: d.event.eventId, reason: d.reason })),
      close: async () => undefined,
    };
  },
  { durable: false },
);
