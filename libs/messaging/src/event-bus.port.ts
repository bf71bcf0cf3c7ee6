import type { EventEnvelope } from '@gongjian/eventing';

/**
 * The event bus port (DESIGN §3). The relay is its only publisher; services consume through Nest
 * `@EventPattern('<service>.<EventType>')` handlers that run unchanged on every transport.
 * Adapters: in-process.transport.ts (embedded), kafka.transport.ts (distributed).
 *
 * `publish` resolves once the transport has accepted the events (in-process: once every
 * subscribed handler has run; Kafka: once the broker has acknowledged them), in order, keyed by
 * streamId so per-stream order holds.
 */
export interface EventBus {
  publish(events: EventEnvelope[]): Promise<void>;
  close(): Promise<void>;
}

export const EVENT_BUS = Symbol('EVENT_BUS');
