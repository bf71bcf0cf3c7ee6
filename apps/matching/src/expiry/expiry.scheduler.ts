import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { ConcurrencyConflict, SYSTEM_ACTOR } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { v7 as uuidv7 } from 'uuid';
import { needAggregate } from '../needs/need.decider';
import { offerAggregate } from '../offers/offer.decider';
import { matchingConfig, type MatchingSettings } from '../matching.config';
import { MatchingReadModels } from '../read-models';
import { windowEnded } from '../window';

/**
 * Expires needs and offers at the end of their window: what is still waiting for a match (a
 * need's unreserved remainder, an offer's unreserved capacity) leaves the lists and the runs;
 * reserved parts carry on in their projects. The sweep reads the read models for candidates and
 * lets the deciders judge, so it is idempotent: several replicas may sweep at once, and a need
 * someone else expired (or changed) meanwhile yields no event or a conflict that is skipped.
 *
 * The sweep runs every `MATCHING_EXPIRY_INTERVAL_MS` (default one minute, 0 turns it off) as the
 * interval `matching.expiry` of @nestjs/schedule's SchedulerRegistry, which clears it at shutdown;
 * a sweep still running when the next is due is not doubled.
 */
@Injectable()
export class ExpiryScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  /** The name of the sweep's interval in the SchedulerRegistry. */
  static readonly interval = 'matching.expiry';
  private readonly logger = new Logger('expiry');
  private running: Promise<unknown> | null = null;
  private readonly needs;
  private readonly offers;

  constructor(
    commands: Commands,
    private readonly readModels: MatchingReadModels,
    private readonly scheduler: SchedulerRegistry,
    @Inject(matchingConfig.KEY) private readonly settings: MatchingSettings,
  ) {
    this.needs = commands.for(needAggregate);
    this.offers = commands.for(offerAggregate);
  }

  onApplicationBootstrap(): void {
    const every = this.settings.expiryIntervalMs;
    if (!(every > 0)) return;
    const timer = setInterval(() => this.tick(), every);
    timer.unref();
    this.scheduler.addInterval(ExpiryScheduler.interval, timer);
  }

  /** One scheduled sweep, unless the last one is still running. */
  private tick(): void {
    if (this.running) return;
    this.running = this.sweep()
      .catch((error) => this.logger.error(`expiry sweep failed: ${error}`))
      .finally(() => (this.running = null));
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.scheduler.doesExist('interval', ExpiryScheduler.interval))
      this.scheduler.deleteInterval(ExpiryScheduler.interval);
    await this.running;
  }

  /** Expires everything whose window ended before `now`; returns what it expired. */
  async sweep(now: Date = new Date()): Promise<{ needs: string[]; offers: string[] }> {
    // date-only ends sort before the next day; date-times are checked exactly by windowEnded
    const horizon = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
    const context = { actor: SYSTEM_ACTOR, correlationId: uuidv7() };
    const needs = await this.readModels.needs.find({
      status: { $in: ['open', 'partially_matched'] },
      'window.to': { $lt: horizon },
    });
    const offers = await this.readModels.offers.find({
      status: { $in: ['open', 'partially_reserved'] },
      'window.to': { $lt: horizon },
    });
    const expired = { needs: [] as string[], offers: [] as string[] };
    const at = now.toISOString();
    for (const need of needs.filter((n) => windowEnded(n.window.to, now))) {
      if (await this.attempt(() => this.needs.execute(need._id, { type: 'ExpireNeed', now: at }, context)))
        expired.needs.push(need._id);
    }
    for (const offer of offers.filter((o) => windowEnded(o.window.to, now))) {
      if (await this.attempt(() => this.offers.execute(offer._id, { type: 'ExpireOffer', now: at }, context)))
        expired.offers.push(offer._id);
    }
    if (expired.needs.length + expired.offers.length > 0)
      this.logger.log(`expired ${expired.needs.length} needs and ${expired.offers.length} offers`);
    return expired;
  }

  /** True when the command appended; a concurrent change is left to the next sweep. */
  private async attempt(run: () => Promise<{ events: unknown[] }>): Promise<boolean> {
    try {
      return (await run()).events.length > 0;
    } catch (error) {
      if (error instanceof ConcurrencyConflict) return false;
      throw error;
    }
  }
}
