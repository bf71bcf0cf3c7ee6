import { Logger, ServiceUnavailableException } from '@nestjs/common';
import { InvalidStateTransition } from '@gongjian/eventing';
import type { LeaderLease } from '@gongjian/messaging';
import type { DocumentStore, ProjectionRunner, ReadModelDocument } from '@gongjian/read-models';
import { v7 as uuidv7 } from 'uuid';

export interface SwapFenceOptions {
  /** How often a replica looks for a raised fence (and how soon it stops folding). */
  pollMillis?: number;
  /** How often a replica says it is there; one not heard of for 3× this is not waited for. */
  presenceMillis?: number;
  /** How long the replica swapping waits for the others to stop folding before it gives up. */
  waitMillis?: number;
  /** Longest a fence stands: the replicas fold again after it even if its raiser died. */
  standMillis?: number;
}

interface FenceDoc extends ReadModelDocument {
  kind: 'fence' | 'presence' | 'ack';
  service: string;
  replica: string;
  /** fence: raised or lowered, which, till when (raiser's clock); ack: the fence acknowledged */
  raised?: boolean;
  fenceId?: string;
  until?: number;
  seenAt?: number;
}

/**
 * Stops every replica of a service folding events while one of them swaps a replay's shadow in
 * (issue 22). On one process the swap holds the projection runner (`ProjectionRunner.exclusive`);
 * replicas share the live read model in MongoDB and fold into it too, from their consumers and
 * their read-your-writes, so each must hold its own runner for the time of the swap, or an event
 * folded onto a document half replaced would leave it wrong.
 *
 * Each replica says it is there (every `presenceMillis`) and looks for a raised fence (every
 * `pollMillis`) in collection `_fences` of the shared read store. The replica swapping takes the
 * lease `<service>.swap` (one swap at a time), raises the fence and waits until every replica
 * heard of lately has answered that it holds its runner; then it swaps under its own runner and
 * lowers the fence. A replica that does not answer within `waitMillis` makes the swap fail (503)
 * with nothing changed; a fence whose raiser died falls after `standMillis`.
 */
export class SwapFence {
  private readonly logger = new Logger('swap');
  private readonly pollMillis: number;
  private readonly presenceMillis: number;
  private readonly waitMillis: number;
  private readonly standMillis: number;
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<void> | null = null;
  private pausedFor: string | null = null;
  private lastPresence = 0;
  private version = 0;

  constructor(
    private readonly documents: DocumentStore,
    private readonly lease: LeaderLease,
    readonly service: string,
    readonly replica: string,
    private readonly runner: () => ProjectionRunner,
    options: SwapFenceOptions = {},
    private readonly now: () => number = Date.now,
  ) {
    // a look a second per replica: a swap is rare, the shared store is busy with the consumers
    this.pollMillis = options.pollMillis ?? 1_000;
    this.presenceMillis = options.presenceMillis ?? 5_000;
    // longer than a dead replica is still counted (3 × presenceMillis): it delays a swap, not fails it
    this.waitMillis = options.waitMillis ?? 20_000;
    this.standMillis = options.standMillis ?? 60_000;
  }

  private get docs() {
    return this.documents.collection<FenceDoc>('_fences');
  }

  private get fenceId() {
    return `fence:${this.service}`;
  }

  /** Starts looking for fences (and saying this replica is there). */
  start(): void {
    if (this.timer) return;
    const tick = () => {
      this.ticking ??= this.tick()
        .catch((error: unknown) => this.logger.warn(`fence: ${String(error)}`))
        .finally(() => (this.ticking = null));
    };
    tick(); // a fence raised before this replica started is seen before its consumer folds much
    this.timer = setInterval(tick, this.pollMillis);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.ticking;
  }

  /** Runs `work` while no replica of the service folds an event (this one included). */
  async hold<T>(work: () => Promise<T>): Promise<T> {
    const leaseName = `${this.service}.swap`;
    if (!(await this.lease.acquire(leaseName, this.replica, this.standMillis)))
      throw new InvalidStateTransition(
        'another replay is being swapped in; try again when it is done',
        undefined,
        'swap_under_way',
      );
    const fenceId = uuidv7();
    try {
      await this.setFence({ raised: true, fenceId, until: this.now() + this.standMillis });
      await this.othersPaused(fenceId);
      return await this.runner().exclusive(work);
    } finally {
      await this.setFence({ raised: false, fenceId, until: 0 }).catch((error: unknown) =>
        this.logger.warn(`could not lower the fence (it falls by itself): ${String(error)}`),
      );
      await this.lease.release(leaseName, this.replica).catch(() => undefined);
    }
  }

  /** Written under the swap lease: one writer at a time, each after the last one's version. */
  private async setFence(fence: Pick<FenceDoc, 'raised' | 'fenceId' | 'until'>): Promise<void> {
    for (;;) {
      const current = await this.docs.get(this.fenceId);
      const doc: FenceDoc = {
        _id: this.fenceId,
        version: (current?.version ?? 0) + 1,
        kind: 'fence',
        service: this.service,
        replica: this.replica,
        ...fence,
      };
      if (await this.docs.putIfNewer(doc)) return;
    }
  }

  private async othersPaused(fenceId: string): Promise<void> {
    const deadline = this.now() + this.waitMillis;
    for (;;) {
      const docs = await this.docs.find({ service: this.service, kind: { $in: ['presence', 'ack'] } });
      const acked = new Set(docs.filter((d) => d.kind === 'ack' && d.fenceId === fenceId).map((d) => d.replica));
      const recent = this.now() - 3 * this.presenceMillis;
      const waiting = docs
        .filter((d) => d.kind === 'presence' && d.replica !== this.replica && (d.seenAt ?? 0) >= recent)
        .map((d) => d.replica)
        .filter((replica) => !acked.has(replica));
      if (waiting.length === 0) return;
      if (this.now() > deadline)
        throw new ServiceUnavailableException({
          error: 'replicas_not_paused',
          message: `the swap was not made: ${waiting.length} other replica(s) of ${this.service} did not stop folding in time`,
        });
      await sleep(this.pollMillis / 2);
    }
  }

  private async tick(): Promise<void> {
    if (this.now() - this.lastPresence >= this.presenceMillis) {
      await this.put({ _id: `presence:${this.service}:${this.replica}`, kind: 'presence', seenAt: this.now() });
      this.lastPresence = this.now();
    }
    if (this.pausedFor) return;
    const fence = await this.docs.get(this.fenceId);
    if (!this.stands(fence) || fence!.replica === this.replica) return;
    this.pausedFor = fence!.fenceId!;
    void this.pause(fence!.fenceId!, fence!.until!).finally(() => (this.pausedFor = null));
  }

  private stands(fence: FenceDoc | null, fenceId?: string): boolean {
    return !!fence?.raised && fence.until! > this.now() && (!fenceId || fence.fenceId === fenceId);
  }

  /** Holds this replica's runner from the moment it says so until the fence falls. */
  private async pause(fenceId: string, until: number): Promise<void> {
    // the store not answering, the fence is taken to stand until its time is up
    const stands = () =>
      this.docs.get(this.fenceId).then(
        (fence) => this.stands(fence, fenceId),
        () => this.now() < until,
      );
    try {
      await this.runner().exclusive(async () => {
        await this.put({ _id: `ack:${this.service}:${this.replica}`, kind: 'ack', fenceId });
        this.logger.log(`folding paused: a replica of ${this.service} swaps a read model in`);
        do await sleep(this.pollMillis);
        while (await stands());
      });
    } catch (error) {
      this.logger.warn(`fence: ${String(error)}`);
    }
  }

  /** A document only this replica writes (presence, acknowledgement): its own versions. */
  private async put(doc: Pick<FenceDoc, '_id' | 'kind' | 'fenceId' | 'seenAt'>): Promise<void> {
    this.version = Math.max(this.version + 1, this.now());
    await this.docs.putIfNewer({ ...doc, version: this.version, service: this.service, replica: this.replica });
  }
}

const sleep = (millis: number) => new Promise((resolve) => setTimeout(resolve, millis));
