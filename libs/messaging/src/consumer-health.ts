import { Logger } from '@nestjs/common';
import { publicErrorText } from './public-error';

/**
 * `restarting`: crashed on a retriable error (a broker outage), kafkajs restarts it by itself;
 * `crashed`: crashed on an error kafkajs does not retry, only a process restart brings it back;
 * `paused`: holding a message back while a dependency (the read store) is down, resuming by itself.
 */
export type ConsumerState = 'starting' | 'running' | 'rebalancing' | 'restarting' | 'paused' | 'crashed' | 'stopped';

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
  /** when the consumer entered this state (ISO time) */
  since: string;
  /** the last crash, also once the consumer has joined its group again (information only) */
  lastError: ConsumerError | null;
  /** while `paused`: why (the read store's error) */
  pausedBy: string | null;
}

/**
 * The state of one bus consumer as /health/ready reports it. A crash kafkajs retries (the broker
 * unreachable) is `restarting`; joining the group again (kafkajs restarts the consumer) makes it
 * `running`, and the crash stays visible as `lastError` with its time, as information only. A
 * crash kafkajs does not retry is `crashed` for good, and stopped is `stopped`: those two are
 * `down`.
 */
export class ConsumerHealth {
  private readonly log = new Logger('ConsumerHealth');
  state: ConsumerState = 'starting';
  since = new Date();
  lastError: ConsumerError | null = null;
  pausedBy: string | null = null;

  private enter(state: ConsumerState): void {
    if (state !== this.state) this.since = new Date();
    this.state = state;
  }

  joined(): void {
    if ((this.state === 'restarting' || this.state === 'crashed') && this.lastError)
      this.log.log(`consumer is back after the crash of ${this.lastError.at}`);
    this.enter('running');
  }

  rebalancing(): void {
    this.enter('rebalancing');
  }

  crashed(error: unknown, restart: boolean): void {
    const message = publicErrorText(error);
    this.lastError = { message, at: new Date().toISOString(), restart };
    this.enter(restart ? 'restarting' : 'crashed');
  }

  /** Holds a message back while a dependency is down (nothing committed, nothing dead-lettered). */
  paused(reason: string): void {
    if (this.state === 'stopped') return;
    this.pausedBy = publicErrorText(reason);
    this.enter('paused');
  }

  resumed(): void {
    this.pausedBy = null;
    if (this.state === 'paused') this.enter('running');
  }

  stopped(): void {
    this.pausedBy = null;
    this.enter('stopped');
  }

  /** not ready: crashed for good, stopped while the process still runs, or paused on an outage */
  get down(): boolean {
    return this.state === 'crashed' || this.state === 'stopped' || this.state === 'paused';
  }

  get status(): ConsumerStatus {
    return { state: this.state, since: this.since.toISOString(), lastError: this.lastError, pausedBy: this.pausedBy };
  }
}

/** The part of a kafkajs consumer whose instrumentation events ConsumerHealth follows. */
export interface ObservableConsumer {
  events: { GROUP_JOIN: string; REBALANCING: string; CRASH: string };
  on(event: string, listener: (event: { payload: any }) => void): unknown;
}

/**
 * Follows a kafkajs consumer: GROUP_JOIN → running, REBALANCING → rebalancing, CRASH →
 * restarting (kafkajs restarts it) or crashed (it does not).
 */
export function observeConsumer(consumer: ObservableConsumer, health: ConsumerHealth): void {
  consumer.on(consumer.events.GROUP_JOIN, () => health.joined());
  consumer.on(consumer.events.REBALANCING, () => health.rebalancing());
  consumer.on(consumer.events.CRASH, (e) => health.crashed(e.payload.error, e.payload.restart === true));
}
