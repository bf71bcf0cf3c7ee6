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
  writeSnapshot,
} from '@gongjian/read-models';
import type { RuntimeConfig } from './config';
import { PRIVATE_FILE_MODE } from './private-files';

/** How the read models of this start came to be: folded from the log, or loaded from a snapshot and caught up. */
export interface StartReport extends RebuildReport {
  from: 'log' | 'snapshot';
  /** loaded from a snapshot: the position it reflected (`events` were folded after it) */
  snapshotPosition?: number;
}

/** The start's line about the read models: rebuilt from the log, or loaded from the snapshot and caught up. */
export function describeStart(report: StartReport): string {
  const counts = Object.entries(report.documents).map(([name, n]) => `${name}: ${n}`);
  const how =
    report.from === 'snapshot'
      ? `loaded from their snapshot at position ${report.snapshotPosition} and caught up with ${report.events} events`
      : `rebuilt from ${report.events} events`;
  return `read models ${how} in ${report.millis} ms (${counts.join(', ')})`;
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
      this.documents instanceof MemoryDocumentStore &&
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
      const memory = this.documents as MemoryDocumentStore;
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
   * Loads the snapshot (load) and folds the events of the log after its position (skipped by
   * stream revision where already there); null when there is none or it is refused.
   */
  async loadAndCatchUp(runner: ProjectionRunner): Promise<StartReport | null> {
    const started = performance.now();
    const loaded = await this.load();
    if (!loaded) return null;
    let events = 0;
    for (let position = loaded.position; ;) {
      const batch = await this.store.readAll({ fromPosition: position, maxCount: CATCH_UP_BATCH });
      if (batch.length === 0) break;
      await runner.projectBatch(batch);
      events += batch.length;
      position = batch[batch.length - 1].globalPosition;
    }
    const documents: Record<string, number> = {};
    for (const p of runner.projections) documents[p.name] = await this.documents.collection(p.collection).count();
    return {
      events,
      millis: Math.round(performance.now() - started),
      documents,
      from: 'snapshot',
      snapshotPosition: loaded.position,
    };
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

  private fingerprints(): Record<string, string> {
    return Object.fromEntries(this.projections().map((p) => [p.name, projectionFingerprint(p)]));
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
      Promise.resolve({ position: positionNow(), collections: (this.documents as MemoryDocumentStore).dump() }),
    );
    if (position <= 0 || position === this.lastPosition) return;
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
