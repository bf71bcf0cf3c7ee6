import { Logger } from '@nestjs/common';
import {
  BaseRpcContext,
  ClientProxy,
  type CustomTransportStrategy,
  type MessageHandler,
  type ReadPacket,
  Server,
  type WritePacket,
} from '@nestjs/microservices';
import type { EventEnvelope } from '@gongjian/eventing';
import { isObservable, lastValueFrom } from 'rxjs';
import type { EventBus } from './event-bus.port';
import { topicOfStream } from './topics';

/** The context handed to handlers (`@Ctx()`), like KafkaContext on the Kafka transport. */
export class EventContext extends BaseRpcContext<[topic: string, attempt: number]> {
  getTopic(): string {
    return this.args[0];
  }
  getAttempt(): number {
    return this.args[1];
  }
}

export interface DeadLetter {
  event: EventEnvelope;
  pattern: string;
  reason: string;
  attempts: number;
  at: string;
}

export interface RetryPolicy {
  attempts: number;
  backoffMillis: number;
}

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
      for (const [pattern, handler] of server.handlersFor(event.type)) {
        await this.deliverWithRetry(event, pattern, handler);
      }
    }
  }

  private async deliverWithRetry(event: EventEnvelope, pattern: string, handler: MessageHandler): Promise<void> {
    const topic = topicOfStream(event.streamId);
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await handler(event, new EventContext([topic, attempt]));
        if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
        return;
      } catch (error) {
        const reason = describeError(error);
        if (attempt >= this.retry.attempts) {
          this.logger.error(`dead-lettered ${event.type} ${event.streamId}@${event.streamRevision}: ${reason}`);
          this.deadLetters.push({ event, pattern, reason, attempts: attempt, at: new Date().toISOString() });
          return;
        }
        await new Promise((r) => setTimeout(r, this.retry.backoffMillis * 2 ** (attempt - 1)));
      }
    }
  }
}

/**
 * Nest transport strategy for the embedded runtime: `@EventPattern('matching.NeedPosted')`
 * handlers receive the event envelope; `@EventPattern('matching.*')` receives every event of a
 * service and `*` every event (the audit service).
 */
export class InProcessTransport extends Server implements CustomTransportStrategy {
  constructor(private readonly broker: InProcessBroker) {
    super();
  }

  listen(callback: () => void): void {
    this.broker.attach(this);
    callback();
  }

  close(): void {
    this.broker.detach(this);
  }

  on(): void {
    // no transport-level events in-process
  }

  unwrap<T>(): T {
    return this.broker as T;
  }

  handlersFor(type: string): Array<[string, MessageHandler]> {
    const service = type.slice(0, type.indexOf('.') + 1);
    const found: Array<[string, MessageHandler]> = [];
    for (const pattern of [type, `${service}*`, '*']) {
      const handler = this.getHandlerByPattern(pattern);
      if (handler?.isEventHandler) found.push([pattern, handler]);
    }
    return found;
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

/** Nest's RPC exception handler turns thrown errors into `{ status: 'error', message }`. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error) return String(error.message);
  return String(error);
}
