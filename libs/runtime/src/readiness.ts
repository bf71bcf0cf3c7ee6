import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import {
  type HealthCheckResult,
  HealthCheckService,
  type HealthIndicatorFunction,
  type HealthIndicatorResult,
  HealthIndicatorService,
} from '@nestjs/terminus';
import type { RelayStatus } from '@gongjian/messaging';
import { Runtime } from './runtime';

/**
 * What /health/ready answers (docs/ops/health.md): @nestjs/terminus's result — `info` (the
 * indicators up), `error` (those down) and `details` (all of them) — with gongjian's summary:
 * `status` is `ok`, `degraded` (every indicator up, some with `degraded: true`: still ready) or
 * `down` (an indicator down: 503), and `checks` says each in one word.
 */
export interface ReadinessReport {
  status: 'ok' | 'degraded' | 'down';
  /** one word per check: what operators and the gateway's report read */
  checks: Record<string, string>;
  info: Partial<HealthIndicatorResult>;
  error: Partial<HealthIndicatorResult>;
  details: HealthIndicatorResult;
}

/**
 * The relay in one word for `checks.relay`: `broker unreachable` while the broker does not
 * answer (publishing waits, nothing is lost), `retrying` while publications fail otherwise.
 */
function relayWord(relay: RelayStatus | null): string {
  if (relay === null) return 'off';
  if (relay.state === 'stopped') return 'stopped';
  if (relay.broker.state === 'unreachable') return 'broker unreachable';
  return relay.state === 'retrying' ? 'retrying' : 'ok';
}

/**
 * Readiness: can this process serve its own routes. Each check is a terminus health indicator,
 * `down` only when the process cannot: its stores not open (or read models not prepared), its
 * bus consumer crashed for good or stopped, its read store not answering a ping, its consumer
 * lagging more than GONGJIAN_MAX_CONSUMER_LAG events. A check that is impaired while the service's
 * own reads and writes still work — the relay retrying or the broker unreachable (writes land in
 * the event store and are published once it is back), the consumer restarting after a retriable
 * crash, the follower retrying an event — is `up` with `degraded: true`: terminus knows only up and
 * down, and taking pods out of their Service for a broker outage would turn it into an API outage.
 */
@Injectable()
export class Readiness {
  constructor(
    private readonly runtime: Runtime,
    private readonly indicators: HealthIndicatorService,
    private readonly health: HealthCheckService,
  ) {}

  private stores(): HealthIndicatorResult {
    const stores = this.indicators.check('stores');
    return this.runtime.prepared ? stores.up({ state: 'open' }) : stores.down({ state: 'starting' });
  }

  private relay(): HealthIndicatorResult {
    const relay = this.runtime.relayStatus;
    const check = this.indicators.check('relay');
    const leadership = this.runtime.leadershipStatus;
    // another replica runs it; a lease store that does not answer may mean nobody does
    if (!relay && leadership?.role === 'standby')
      return check.up({ state: 'standby', leadership, ...(leadership.lastError ? { degraded: true } : {}) });
    if (!relay) return check.up({ state: 'off' });
    return relayWord(relay) === 'ok' ? check.up({ ...relay }) : check.up({ degraded: true, ...relay });
  }

  private consumer(): HealthIndicatorResult {
    const health = this.runtime.consumer;
    const check = this.indicators.check('consumer');
    if (!health) return check.up({ state: 'none' });
    const consumer = health.status;
    if (health.down) return check.down({ ...consumer });
    const back = consumer.state === 'running' || consumer.state === 'rebalancing';
    return back ? check.up({ ...consumer }) : check.up({ degraded: true, ...consumer });
  }

  private follower(): HealthIndicatorResult {
    const follower = this.runtime.followerStatus;
    const check = this.indicators.check('follower');
    if (!follower && this.runtime.leadershipStatus?.role === 'standby') return check.up({ state: 'standby' });
    if (!follower) return check.up({ state: 'off' });
    return follower.state === 'running' ? check.up({ ...follower }) : check.up({ degraded: true, ...follower });
  }

  /** The read store answers a ping: down, reads answer 503 and the consumer is paused. */
  private async readStore(): Promise<HealthIndicatorResult> {
    const { ok, detail } = await this.runtime.readStoreCheck();
    const check = this.indicators.check('readStore');
    return ok ? check.up() : check.down({ message: detail.replace(/^down: /, '') });
  }

  /** The consumer group's lag within GONGJIAN_MAX_CONSUMER_LAG (measured at most every 5 s). */
  private async consumerLag(): Promise<HealthIndicatorResult> {
    const { ok, detail, lag } = await this.runtime.consumerLag();
    const check = this.indicators.check('consumerLag');
    const max = this.runtime.config.maxConsumerLag;
    if (!ok) return check.down({ max, ...lag, message: detail });
    return check.up({ max, ...(lag ?? {}), ...(detail.startsWith('unknown') ? { message: detail } : {}) });
  }

  /** The indicators of /health/ready, for @nestjs/terminus's HealthCheckService. */
  indicatorFunctions(): HealthIndicatorFunction[] {
    return [
      () => this.stores(),
      () => this.relay(),
      () => this.consumer(),
      () => this.follower(),
      () => this.readStore(),
      () => this.consumerLag(),
    ];
  }

  /** Runs the indicators; terminus throws 503 with the result when one is down — kept, not thrown. */
  async check(): Promise<ReadinessReport> {
    let result: HealthCheckResult;
    try {
      result = await this.health.check(this.indicatorFunctions());
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      result = error.getResponse() as HealthCheckResult;
    }
    const details = result.details;
    const degraded = Object.values(details).some((d) => d.degraded === true);
    return {
      status: result.status !== 'ok' ? 'down' : degraded ? 'degraded' : 'ok',
      checks: this.words(details),
      info: result.info ?? {},
      error: result.error ?? {},
      details,
    };
  }

  /** Each check in one word, from the indicators (the shape of /health before terminus, which the docs' table reads). */
  private words(details: HealthIndicatorResult): Record<string, string> {
    const { config } = this.runtime;
    const { relay, consumer, follower, readStore, consumerLag } = details;
    const consumerBack = ['none', 'running', 'rebalancing'].includes(consumer.state);
    return {
      service: config.service,
      eventStore: config.eventStore,
      readStore: config.readStore,
      bus: config.bus,
      stores: details.stores.state,
      relay:
        relay.state === 'off' || relay.state === 'standby' ? relay.state : relayWord(relay as unknown as RelayStatus),
      ...(relay.broker && relay.broker.state !== 'none' ? { broker: relay.broker.state } : {}),
      ...(relay.broker?.state === 'unreachable' ? { brokerError: relay.broker.lastError ?? 'unreachable' } : {}),
      consumer: consumer.state,
      ...(!consumerBack && consumer.lastError ? { consumerError: consumer.lastError.message } : {}),
      ...(consumer.pausedBy ? { consumerPausedBy: consumer.pausedBy } : {}),
      follower: follower.state,
      ...(follower.lastError ? { followerError: follower.lastError } : {}),
      readStoreReachable: readStore.status === 'up' ? 'ok' : `down: ${readStore.message}`,
      consumerLag: consumerLag.message ?? (consumerLag.total === undefined ? 'none' : `${consumerLag.total}`),
    };
  }
}
