import { Logger } from '@nestjs/common';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { EventStore } from '@gongjian/eventing';
import {
  type DocumentStore,
  MemoryDocumentStore,
  type Projection,
  projectionFingerprint,
  type ProjectionRunner,
  type RebuildReport,
  readSnapshot,
  type SnapshotCheckpoint,
  type SnapshotHeader,
  SNAPSHOT_FORMAT,
  SnapshotRefused,
  TieredDocumentStore,
  writeSnapshot,
} from '@gongjian/read-models';
import type { RuntimeConfig } from './config';
import { PRIVATE_FILE_MODE } from './private-files';

/** How the read models of this start came to be: folded from the log, or loaded from a snapshot and caught up. */
export interface StartReport extends RebuildReport {
  from: 'log' | 'snapshot';
  /** loaded from a snapshot: the position it reflected (`events` were folded after it) */
  snapshotPosition?: number;
  /** the read models on disk (the audit index): the position they were kept up to (0: folded from the start) */
  diskPosition?: number;
}

/** The start's line about the read models: rebuilt from the log, or loaded from the snapshot and caught up. */
export function describeStart(report: StartReport): string {
  const counts = Object.entries(report.documents).map(([name, n]) => `${name}: ${n}`);
  const how =
    report.from === 'snapshot'
      ? `loaded from their snapshot at position ${report.snapshotPosition} and caught up with ${report.events} events`
      : `rebuilt from ${report.events} events`;
  const disk =
    report.diskPosition === undefined
      ? ''
      : report.diskPosition > 0
        ? `; those on disk kept up to position ${report.diskPosition}`
        : '; those on disk folded from the start';
  return `read models ${how}${disk} in ${report.millis} ms (${counts.join(', ')})`;
}

/** Events read per batch when a snapshot catches up with the log. */
const CATCH_UP_BATCH = 2000;
/** A periodic snapshot is written once the follower is this many events past the last one… */
export const SNAPSHOT_EVERY_EVENTS = 50_000;
/** …or this long after it when anything at all was folded since. */
export const SNAPSHOT_EVERY_MILLIS = 10 * 60_000;

/** The embedded read models' snapshot: `<data dir>/read-models.snapshot` (`<service>.read-models.snapshot`). */
export function snapshotFile(config: Pick<RuntimeConfig, 'dataDir' | 'service'>): string {
  const prefix = config.service === 'platform' ? '' : `${config.service}.`;
  return join(config.dataDir, `${prefix}read-models.snapshot`);
}

/** The embedded read models kept on disk: `<data dir>/read-models.sqlite` (`<service>.read-models.sqlite`). */
export function diskReadModelsFile(config: Pick<RuntimeConfig, 'dataDir' | 'service'>): string {
  const prefix = config.service === 'platform' ? '' : `${config.service}.`;
  return join(config.dataDir, `${prefix}read-models.sqlite`);
}

/** Keys of the disk tier's meta table. */
const DISK_CHECKPOINT = 'checkpoint';
const DISK_PROJECTIONS = 'projections';

/**
 * Snapshots of the read models that live in memory (docs/ops/read-model-snapshots.md): a cache of
 * the fold of the log up to one event, so that a start loads it and folds only what follows
 * instead of the whole log. The log stays the truth: a snapshot is used only when the log holds,
 * at the snapshot's position, the event with the snapshot's id and hash, its checksum matches, and
 * every projection of this process is the one that made it; otherwise it is ignored with a warning
 * naming why and the read models are rebuilt from the log.
 */
export class ReadModelSnapshots {
  private readonly logger = new Logger('ReadModelSnapshots');
  private writing: Promise<void> | null = null;
  /** position of the last snapshot written or loaded */
  lastPosition = 0;
  private lastAt = Date.now();
  /** position of the disk tier's checkpoint */
  private diskPosition = 0;

  constructor(
    private readonly config: RuntimeConfig,
    private readonly store: EventStore,
    private readonly documents: DocumentStore,
    private readonly projections: () => Projection<any>[],
    /** runs its argument while nothing is folded (ProjectionRunner.exclusive: no swap half done) */
    private readonly hold: <T>(work: () => Promise<T>) => Promise<T> = (work) => work(),
  ) {}

  get file(): string {
    return snapshotFile(this.config);
  }

  /**
   * Only read models in this process's memory, beside an embedded log, have snapshots (not a
   * store a test keeps across starts in place of MongoDB: those are persistent already).
   */
  get enabled(): boolean {
    return (
      (this.documents instanceof MemoryDocumentStore || this.documents instanceof TieredDocumentStore) &&
      this.config.documentStore === undefined &&
      this.config.eventStore === 'sqlite' &&
      typeof this.config.dataDir === 'string'
    );
  }

  /**
   * Loads the snapshot into the (empty) read models if it verifies; returns the checkpoint it
   * reflects, or null (none, or refused: logged with the reason, nothing loaded).
   */
  async load(): Promise<SnapshotCheckpoint | null> {
    if (!this.enabled) return null;
    this.removeUnfinished();
    if (!existsSync(this.file)) return null;
    try {
      const snapshot = await readSnapshot(this.file);
      await this.verify(snapshot.header);
      const memory = this.memory();
      for (const [name, docs] of snapshot.collections) memory.restore(name, docs);
      this.lastPosition = snapshot.header.checkpoint.position;
      this.lastAt = Date.now();
      return snapshot.header.checkpoint;
    } catch (error) {
      const reason = error instanceof SnapshotRefused ? error.message : `it cannot be read (${String(error)})`;
      this.logger.warn(`the read models' snapshot ${this.file} is not used: ${reason}; rebuilding from the log`);
      return null;
    }
  }

  /**
   * The read models at start, folded as little as the verified parts allow: the memory tier from
   * its snapshot (load) or from the start of the log; the disk tier (the audit index) from its own
   * checkpoint, verified the same way, or from the start. The tier that is behind is folded alone
   * up to the other, then both up to the head (events already folded are skipped by stream
   * revision). `rebuildAll` (GONGJIAN_REBUILD_READ_MODELS=1) folds both tiers from the start.
   */
  async loadAndCatchUp(runner: ProjectionRunner, rebuildAll = false): Promise<StartReport> {
    const started = performance.now();
    const disk = this.diskProjections(runner.projections);
    const memory = runner.projections.filter((p) => !disk.includes(p));
    const diskFrom = disk.length === 0 ? Infinity : rebuildAll ? await this.resetDisk(disk) : await this.loadDisk(disk);
    if (disk.length > 0) this.diskPosition = diskFrom;
    const loaded = rebuildAll ? null : await this.load();
    const memoryFrom = memory.length === 0 ? Infinity : (loaded?.position ?? 0);
    if (memoryFrom === 0) for (const p of memory) await this.documents.collection(p.collection).deleteAll();
    let events = 0;
    const from = Math.min(memoryFrom, diskFrom);
    const upTo = Math.max(memoryFrom, diskFrom);
    if (from < upTo && upTo !== Infinity) {
      // the tier that is behind, alone, up to the other
      const behind = runner.subset(memoryFrom < diskFrom ? memory : disk);
      events += await this.fold(behind, from, upTo, from === 0);
    }
    events += await this.fold(runner, upTo === Infinity ? from : upTo, Infinity, upTo === 0);
    const documents: Record<string, number> = {};
    for (const p of runner.projections) documents[p.name] = await this.documents.collection(p.collection).count();
    return {
      events,
      millis: Math.round(performance.now() - started),
      documents,
      from: loaded ? 'snapshot' : 'log',
      ...(loaded ? { snapshotPosition: loaded.position } : {}),
      ...(disk.length > 0 ? { diskPosition: diskFrom } : {}),
    };
  }

  /** Folds the log's events after `from` up to `to` (included); a fold from the start hands its documents over. */
  private async fold(runner: ProjectionRunner, from: number, to: number, handOver: boolean): Promise<number> {
    let events = 0;
    for (let position = from; position < to;) {
      let batch = await this.store.readAll({ fromPosition: position, maxCount: CATCH_UP_BATCH });
      if (batch.length === 0) break;
      if (batch[batch.length - 1].globalPosition > to) batch = batch.filter((e) => e.globalPosition <= to);
      if (batch.length === 0) break;
      await runner.projectBatch(batch, { handOver });
      events += batch.length;
      position = batch[batch.length - 1].globalPosition;
    }
    return events;
  }

  /** The projections of `projections` whose collections are on disk (none without a disk tier). */
  private diskProjections(projections: Projection<any>[]): Projection<any>[] {
    const documents = this.documents;
    if (!this.enabled || !(documents instanceof TieredDocumentStore)) return [];
    return projections.filter((p) => documents.isOnDisk(p.collection));
  }

  private memory(): MemoryDocumentStore {
    return this.documents instanceof TieredDocumentStore
      ? this.documents.memory
      : (this.documents as MemoryDocumentStore);
  }

  /**
   * The disk tier's checkpoint when it verifies as a snapshot's does (the log's event at its
   * position has its id and hash; its projections are the same); otherwise its collections are
   * emptied, with a warning naming why, and it is folded from the start (0).
   */
  private async loadDisk(disk: Projection<any>[]): Promise<number> {
    const tier = (this.documents as TieredDocumentStore).disk;
    const fingerprints = JSON.stringify(fingerprintsOf(disk));
    const checkpoint = tier.meta(DISK_CHECKPOINT);
    if (checkpoint === null) return this.resetDisk(disk);
    const refuse = async (why: string) => {
      this.logger.warn(`the read models on disk ${tier.file} are not used: ${why}; rebuilding them from the log`);
      return this.resetDisk(disk);
    };
    if (tier.meta(DISK_PROJECTIONS) !== fingerprints)
      return refuse(`projections changed since they were written: ${disk.map((p) => p.name).join(', ')}`);
    const { position, eventId, hash } = JSON.parse(checkpoint) as SnapshotCheckpoint;
    const event = await this.store.eventAt(position);
    if (!event) return refuse(`the log has no event at their position ${position} (a log behind them)`);
    if (event.eventId !== eventId)
      return refuse(`the log has another event at their position ${position} (another log)`);
    if (event.hash !== hash) return refuse(`the event at their position ${position} has another hash in the log`);
    return position;
  }

  /** Empties the disk tier's collections and notes which projections fill it; its checkpoint is 0. */
  private async resetDisk(disk: Projection<any>[]): Promise<number> {
    const tier = (this.documents as TieredDocumentStore).disk;
    tier.setMeta(DISK_CHECKPOINT, null);
    for (const p of disk) await this.documents.collection(p.collection).deleteAll();
    tier.setMeta(DISK_PROJECTIONS, JSON.stringify(fingerprintsOf(disk)));
    return 0;
  }

  /** Temporary files of writes a crash cut short (`<file>.<pid>.tmp`): never renamed, never read. */
  private removeUnfinished(): void {
    const prefix = `${basename(this.file)}.`;
    for (const name of readdirSync(dirname(this.file)))
      if (name.startsWith(prefix) && name.endsWith('.tmp')) rmSync(join(dirname(this.file), name), { force: true });
  }

  /** The log has the snapshot's event at its position, and the projections are those that made it. */
  private async verify(header: SnapshotHeader): Promise<void> {
    if (header.service !== this.config.service)
      throw new SnapshotRefused(`it is service ${header.service}'s, not ${this.config.service}'s`);
    const { position, eventId, hash } = header.checkpoint;
    const event = await this.store.eventAt(position);
    if (!event) throw new SnapshotRefused(`the log has no event at its position ${position} (a log behind it)`);
    if (event.eventId !== eventId)
      throw new SnapshotRefused(`the log has another event at its position ${position} (another log)`);
    if (event.hash !== hash)
      throw new SnapshotRefused(`the event at its position ${position} has another hash in the log`);
    const expected = this.fingerprints();
    const changed = Object.keys(expected).filter((name) => header.projections[name] !== expected[name]);
    const gone = Object.keys(header.projections).filter((name) => !(name in expected));
    if (changed.length > 0 || gone.length > 0)
      throw new SnapshotRefused(`projections changed since it was written: ${[...changed, ...gone].join(', ')}`);
  }

  /** Fingerprints of the projections the snapshot holds: those in memory. */
  private fingerprints(): Record<string, string> {
    const disk = new Set(this.diskProjections(this.projections()));
    return fingerprintsOf(this.projections().filter((p) => !disk.has(p)));
  }

  /**
   * Writes a snapshot of the read models as they are now, reflecting the log up to `positionNow()`
   * (the follower's: every event up to it is folded; some after it may be too, which the catch-up
   * after loading skips by stream revision), both taken while nothing folds. One write at a time;
   * a failure is logged, not thrown.
   */
  async write(positionNow: () => number): Promise<void> {
    if (!this.enabled) return;
    while (this.writing) await this.writing;
    // the documents of one instant (never changed in place) and the position they reach at least
    const { position, collections } = await this.hold(() =>
      Promise.resolve({ position: positionNow(), collections: this.memory().dump() }),
    );
    if (position <= 0) return;
    if (position === this.lastPosition) return this.markDisk(position);
    this.writing = this.writeAt(position, collections).finally(() => (this.writing = null));
    await this.writing;
  }

  private async writeAt(position: number, collections: ReturnType<MemoryDocumentStore['dump']>): Promise<void> {
    const started = performance.now();
    try {
      const event = await this.store.eventAt(position);
      if (!event) return;
      const header: SnapshotHeader = {
        format: SNAPSHOT_FORMAT,
        service: this.config.service,
        checkpoint: { position, eventId: event.eventId, hash: event.hash },
        projections: this.fingerprints(),
        writtenAt: new Date().toISOString(),
      };
      const written = await writeSnapshot(this.file, header, collections, PRIVATE_FILE_MODE);
      await this.markDisk(position, header.checkpoint);
      this.lastPosition = position;
      this.lastAt = Date.now();
      this.logger.log(
        `read models' snapshot at position ${position}: ${written.documents} documents, ` +
          `${Math.round(written.bytes / 2 ** 20)} MiB in ${Math.round(performance.now() - started)} ms`,
      );
    } catch (error) {
      this.logger.warn(`could not write the read models' snapshot ${this.file}: ${String(error)}`);
    }
  }

  /**
   * Moves the disk tier's checkpoint to `position`: it has folded every event up to it, as the
   * memory tier has (taken while nothing folds; its writes are synchronous).
   */
  private async markDisk(position: number, checkpoint?: SnapshotCheckpoint): Promise<void> {
    if (!(this.documents instanceof TieredDocumentStore) || position <= this.diskPosition) return;
    if (this.diskProjections(this.projections()).length === 0) return;
    if (!checkpoint) {
      const event = await this.store.eventAt(position);
      if (!event) return;
      checkpoint = { position, eventId: event.eventId, hash: event.hash };
    }
    this.documents.disk.setMeta(DISK_CHECKPOINT, JSON.stringify(checkpoint));
    this.diskPosition = position;
  }

  /** Whether a periodic snapshot is due with the follower at `position`. */
  due(position: number): boolean {
    if (!this.enabled || this.writing || position <= this.lastPosition) return false;
    return position - this.lastPosition >= SNAPSHOT_EVERY_EVENTS || Date.now() - this.lastAt >= SNAPSHOT_EVERY_MILLIS;
  }

  /** Resolves when no snapshot is being written. */
  async settled(): Promise<void> {
    while (this.writing) await this.writing;
  }
}

function fingerprintsOf(projections: Projection<any>[]): Record<string, string> {
  return Object.fromEntries(projections.map((p) => [p.name, projectionFingerprint(p)]));
}
