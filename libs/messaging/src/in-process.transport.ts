import { Logger } from '@nestjs/common';
import {
  ClientProxy,
  type CustomTransportStrategy,
  type MessageHandler,
  type ReadPacket,
  Server,
  type WritePacket,
} from '@nestjs/microservices';
import type { EventEnvelope } from '@gongjian/eventing';
import { type DeadLetter, dispatchEvent, handlersFor, type RetryPolicy } from './dispatch';
import { ConsumerHealth } from './consumer-health';
import type { EventBus } from './event-bus.port';
import { topicOfStream } from './topics';

/**
 * The in-process broker: delivers each event, in publication order, to every server attached,
 * awaiting each handler. A handler that keeps failing is retried with backoff, then parked as a
 * dead letter with its reason — it never blocks the stream forever and is never silently lost.
 */
export class InProcessBroker {
  private readonly servers = new Set<InProcessTransport>();
  readonly deadLetters: DeadLetter[] = [];
  private readonly logger = new Logger('InProcessBroker');

  constructor(readonly retry: RetryPolicy = { attempts: 5, backoffMillis: 20 }) {}

  attach(server: InProcessTransport): void {
    this.servers.add(server);
  }

  detach(server: InProcessTransport): void {
    this.servers.delete(server);
  }

  async deliver(event: EventEnvelope): Promise<void> {
    for (const server of this.servers) {
      await dispatchEvent(server, event, topicOfStream(event.streamId), this.retry, async (letter) => {
        this.logger.error(`dead-lettered ${event.type} ${event.streamId}@${event.streamRevision}: ${letter.reason}`);
        this.deadLetters.push(letter);
      });
    }
  }
}

/**
 * Nest transport strategy for the embedded runtime: `@EventPattern('matching.NeedPosted')`
 * handlers receive the event envelope; `@EventPattern('matching.*')` receives every event of a
 * service and `*` every event (the audit service).
 */
export class InProcessTransport extends Server implements CustomTransportStrategy {
  /** running once attached to the broker (the in-process consumer cannot crash on its own) */
  readonly health = new ConsumerHealth();

  constructor(private readonly broker: InProcessBroker) {
    super();
  }

  listen(callback: () => void): void {
    this.broker.attach(this);
    this.health.joined();
    callback();
  }

  close(): void {
    this.broker.detach(this);
    this.health.stopped();
  }

  on(): void {
    // no transport-level events in-process
  }

  unwrap<T>(): T {
    return this.broker as T;
  }

  /** Messages parked as dead letters since the broker started (the `/metrics` counter). */
  get deadLettered(): number {
    return this.broker.deadLetters.length;
  }

  handlersFor(type: string): Array<[string, MessageHandler]> {
    return handlersFor(this, type);
  }
}

/** ClientProxy for the embedded runtime (what `ClientKafka` is on Kafka): `emit` only. */
export class InProcessClient extends ClientProxy {
  constructor(private readonly broker: InProcessBroker) {
    super();
  }

  connect(): Promise<void> {
    return Promise.resolve();
  }

  close(): void {
    // nothing to release
  }

  unwrap<T>(): T {
    return this.broker as T;
  }

  /** Messages parked as dead letters since the broker started (the `/metrics` counter). */
  get deadLettered(): number {
    return this.broker.deadLetters.length;
  }

  protected publish(_packet: ReadPacket, callback: (packet: WritePacket) => void): () => void {
    callback({ err: new Error('request/response is not used for events; use emit') });
    return () => undefined;
  }

  protected async dispatchEvent<T = unknown>(packet: ReadPacket<EventEnvelope>): Promise<T> {
    await this.broker.deliver(packet.data);
    return undefined as T;
  }
}

/** The EventBus port on the in-process broker: delivery is done when publish resolves. */
export class InProcessEventBus implements EventBus {
  constructor(private readonly broker: InProcessBroker) {}

  async publish(events: EventEnvelope[]): Promise<void> {
    for (const event of events) await this.broker.deliver(event);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
