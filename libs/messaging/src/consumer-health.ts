import { Logger } from '@nestjs/common';

export type ConsumerState = 'starting' | 'running' | 'rebalancing' | 'crashed' | 'stopped';

/** The last crash of a bus consumer, kept as information once the consumer is back. */
export interface ConsumerError {
  message: string;
  /** when it crashed (ISO time) */
  at: string;
  /** whether kafkajs restarts the consumer by itself (false: only a process restart brings it back) */
  restart: boolean;
}

export interface ConsumerStatus {
  state: ConsumerState;
  lastError: ConsumerError | null;
}

/**
 * The state of one bus consumer as /health/ready reports it. A crash makes the consumer not
 * ready; joining its group again (kafkajs restarts a consumer after a retriable crash) makes it
 * ready again, and the crash stays visible as `lastError` with its time, as information only.
 */
export class ConsumerHealth {
  private readonly log = new Logger('ConsumerHealth');
  state: ConsumerState = 'starting';
  lastError: ConsumerError | null = null;

  joined(): void {
    if (this.state === 'crashed' && this.lastError)
      this.log.log(`consumer is back after the crash of ${this.lastError.at}`);
    this.state = 'running';
  }

  rebalancing(): void {
    this.state = 'rebalancing';
  }

  crashed(error: unknown, restart: boolean): void {
    const message = error instanceof Error ? error.message : String(error);
    this.lastError = { message, at: new Date().toISOString(), restart };
    this.state = 'crashed';
  }

  stopped(): void {
    this.state = 'stopped';
  }

  /** not ready: crashed, or stopped while the process still runs */
  get down(): boolean {
    return this.state === 'crashed' || this.state === 'stopped';
  }

  get status(): ConsumerStatus {
    return { state: this.state, lastError: this.lastError };
  }
}

/** The part of a kafkajs consumer whose instrumentation events ConsumerHealth follows. */
export interface ObservableConsumer {
  events: { GROUP_JOIN: string; REBALANCING: string; CRASH: string };
  on(event: string, listener: (event: { payload: any }) => void): unknown;
}

/** Follows a kafkajs consumer: GROUP_JOIN → running, REBALANCING → rebalancing, CRASH → crashed. */
export function observeConsumer(consumer: ObservableConsumer, health: ConsumerHealth): void {
  consumer.on(consumer.events.GROUP_JOIN, () => health.joined());
  consumer.on(consumer.events.REBALANCING, () => health.rebalancing());
  consumer.on(consumer.events.CRASH, (e) => health.crashed(e.payload.error, e.payload.restart === true));
}
