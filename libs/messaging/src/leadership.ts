import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { LeaderLease } from './leader-lease.port';
import { publicErrorText } from './public-error';

/** What the elected replica runs, and stops when it loses the lease (the relay and the log follower). */
export interface LeaderDuties {
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface LeadershipOptions {
  /** How long a lease runs without renewal: a dead leader is replaced within about this (ms). */
  ttlMillis?: number;
  /** How often the lease is renewed, or asked for by a replica on standby (ms); default a third of the ttl. */
  renewMillis?: number;
  /** This replica's name in the lease (default: host, process id and a random suffix). */
  holder?: string;
}

export interface LeadershipStatus {
  /** `leader`: this replica runs the duties; `standby`: another one does, or none can be reached. */
  role: 'leader' | 'standby';
  /** this replica's name in the lease */
  holder: string;
  /** when this replica took the lease (ISO time; null on standby) */
  since: string | null;
  /** the last error of the lease store, while it fails (null: it answers) */
  lastError: string | null;
}

/** Whether `work` settled within `millis` (it goes on regardless). */
async function within(work: Promise<unknown>, millis: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), millis)));
  try {
    return await Promise.race([work.then(() => true as const), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** A replica's name in the leases: where it runs, which process, and a suffix for restarts. */
export function replicaName(): string {
  return `${hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`;
}

/**
 * Elects one replica of a service to run its duties (issue 22: exactly one relay per service at
 * a time). Each replica asks for the lease every `renewMillis`; the one holding it starts the
 * duties and renews it. It stops them when a renewal is refused, and also when the lease store
 * has not answered for most of the ttl, before another replica can take the lease over. A leader
 * that dies stops renewing: another takes over once the ttl has run out. A leader that stops
 * (shutdown) releases the lease, so another takes over at its next renewal.
 *
 * The duties tolerate an overlap at a handover (a paused leader that has not yet noticed its
 * loss): the relay publishes at least once and consumers skip by stream revision; checkpoints
 * never move back. The lease makes the overlap rare, not impossible.
 */
export class Leadership {
  private readonly logger = new Logger('Leadership');
  private readonly ttl: number;
  private readonly renew: number;
  readonly holder: string;
  private leading = false;
  private since: Date | null = null;
  private lastRenewed = 0;
  private lastError: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  /** the tick running now (stop waits for it) */
  private ticking: Promise<void> = Promise.resolve();

  constructor(
    private readonly lease: LeaderLease,
    readonly name: string,
    private readonly duties: LeaderDuties,
    options: LeadershipOptions = {},
  ) {
    this.ttl = options.ttlMillis ?? 6_000;
    this.renew = options.renewMillis ?? Math.max(10, Math.floor(this.ttl / 3));
    if (this.renew >= this.ttl)
      throw new Error(`renewMillis (${this.renew}) must be less than ttlMillis (${this.ttl})`);
    this.holder = options.holder ?? replicaName();
  }

  get status(): LeadershipStatus {
    return {
      role: this.leading ? 'leader' : 'standby',
      holder: this.holder,
      since: this.since?.toISOString() ?? null,
      lastError: this.lastError,
    };
  }

  get isLeader(): boolean {
    return this.leading;
  }

  /** Asks for the lease once (a replica that gets it has started its duties when this resolves), then keeps asking. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.tick();
  }

  /** Stops the duties if this replica runs them and gives the lease up. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // a lease store that does not answer does not hold the shutdown up beyond the lease's length
    await within(this.ticking, this.ttl);
    if (!this.leading) return;
    await this.stepDown('stopping');
    const released = this.lease.release(this.name, this.holder).then(
      () => true,
      (error: unknown) => {
        this.logger.warn(`lease ${this.name}: could not release it (${publicErrorText(error)}); it runs out by itself`);
        return true;
      },
    );
    if (!(await within(released, this.ttl)))
      this.logger.warn(`lease ${this.name}: the lease store did not answer the release; it runs out by itself`);
  }

  private tick(): Promise<void> {
    this.ticking = this.round().finally(() => {
      if (!this.stopped) {
        this.timer = setTimeout(() => void this.tick(), this.renew);
        this.timer.unref();
      }
    });
    return this.ticking;
  }

  private async round(): Promise<void> {
    const asked = Date.now();
    let held: boolean;
    try {
      held = await this.lease.acquire(this.name, this.holder, this.ttl);
      this.lastError = null;
    } catch (error) {
      this.lastError = publicErrorText(error);
      // another replica may take the lease once the ttl has run out since the last renewal: stop first
      if (this.leading && Date.now() - this.lastRenewed > this.ttl - this.renew) {
        this.logger.warn(`lease ${this.name}: the lease store does not answer (${this.lastError}); stepping down`);
        await this.stepDown('lease store unreachable');
      }
      return;
    }
    if (this.stopped) {
      if (held && !this.leading) await this.lease.release(this.name, this.holder).catch(() => undefined);
      return;
    }
    if (held) {
      this.lastRenewed = asked;
      if (!this.leading) await this.takeOver();
    } else if (this.leading) {
      this.logger.warn(`lease ${this.name}: another replica holds it now; stepping down`);
      await this.stepDown('lease lost');
    }
  }

  private async takeOver(): Promise<void> {
    this.leading = true;
    this.since = new Date();
    this.logger.log(`lease ${this.name}: ${this.holder} leads`);
    try {
      await this.duties.start();
    } catch (error) {
      this.logger.error(
        `lease ${this.name}: the duties did not start (${publicErrorText(error)}); giving the lease up`,
      );
      await this.stepDown('duties failed');
      await this.lease.release(this.name, this.holder).catch(() => undefined);
    }
  }

  private async stepDown(why: string): Promise<void> {
    this.leading = false;
    this.since = null;
    try {
      await this.duties.stop();
    } catch (error) {
      this.logger.error(`lease ${this.name}: stopping the duties (${why}) failed: ${publicErrorText(error)}`);
    }
  }
}
