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
  /**
   * Resolves when the broker answers, rejects with why not (refused, timed out…), without
   * retrying; the relay calls it to say in /health/ready when the broker is unreachable, also
   * while nothing is published. Absent: the bus has no broker (in-process).
   */
  probe?(): Promise<void>;
}

export const EVENT_BUS = Symbol('EVENT_BUS');
