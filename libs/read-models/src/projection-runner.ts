import { EventEmitter } from 'node:events';
import type { EnvelopeField, EventEnvelope, EventStore } from '@gongjian/eventing';
import type { DocumentStore, ReadModelDocument } from './document-store.port';
import { defaultDocumentId, type Projection } from './projection';

export interface BatchOptions {
  /**
   * The caller hands the events over (it read them for this fold and nothing else holds them):
   * the documents folded from them, fresh objects that share only the events' data, are handed
   * to the store as they are (`PutManyOptions.handOver`) instead of copied. Rebuilds and replays.
   */
  handOver?: boolean;
  /**
   * The runner keeps no revision of these events for read-your-writes (a rebuild): a catch-up of
   * a stream it has no revision of reads the stream from its start, and the revision check skips
   * what the documents already reflect (DECISIONS 105).
   */
  unremembered?: boolean;
}

/** A collection that reads several documents in one call (the memory store: one promise a batch). */
interface ReadsMany<T> {
  getMany(ids: readonly string[]): Promise<Array<T | null>>;
}

function readsMany<T>(collection: object): collection is ReadsMany<T> {
  return typeof (collection as Partial<ReadsMany<T>>).getMany === 'function';
}

/** Streams whose applied revision the runner remembers for `waitFor` (the most recent ones). */
const MAX_STREAMS_REMEMBERED = 50_000;

export interface RebuildReport {
  events: number;
  millis: number;
  documents: Record<string, number>;
}

/**
 * Applies events to projections. `project` is the live path (called by bus handlers); it skips an
 * event whose revision the document already reflects, so at-least-once delivery is harmless.
 * `rebuild` folds the whole log from position 0 into (emptied) collections.
 * It also tells waiting writers when their event has been applied (read-your-writes).
 */
export class ProjectionRunner {
  private readonly byType = new Map<string, Projection<any>[]>();
  /** Projections that fold every event (`handles: ['*']`), e.g. the audit index. */
  private readonly everything: Projection<any>[] = [];
  private readonly applied = new EventEmitter();
  /** Latest revision applied per stream, for read-your-writes waits (bounded: `AppliedRevisions`). */
  private readonly appliedRevisions = new AppliedRevisions(MAX_STREAMS_REMEMBERED);
  /** `waitFor` calls listening on `applied` (none during a rebuild: no emit per event then). */
  private waiting = 0;
  /** The catch-up in flight per stream (catchUp serialises on it). */
  private readonly catchingUp = new Map<string, Promise<void>>();
  /** Held by `exclusive`: folds wait for it to open. */
  private gate: Promise<void> | null = null;
  /** Folds under way (project, projectBatch); `exclusive` waits for them to end. */
  private active = 0;
  private readonly idle: Array<() => void> = [];

  constructor(
    private readonly documents: DocumentStore,
    readonly projections: Projection<any>[],
  ) {
    for (const projection of projections) {
      if (projection.handles.includes('*')) {
        this.everything.push(projection);
        continue;
      }
      for (const type of projection.handles) {
        const list = this.byType.get(type) ?? [];
        list.push(projection);
        this.byType.set(type, list);
      }
    }
    this.applied.setMaxListeners(0);
  }

  async init(): Promise<void> {
    for (const p of this.projections) {
      if (p.indexes) await this.documents.collection(p.collection).ensureIndexes(p.indexes);
    }
  }

  /**
   * The envelope fields these projections read (`Projection.reads`, all of them together), or
   * undefined when one of them does not say: then every field is read.
   */
  fieldsRead(): readonly EnvelopeField[] | undefined {
    const fields = new Set<EnvelopeField>();
    for (const projection of this.projections) {
      if (!projection.reads) return undefined;
      for (const field of projection.reads) fields.add(field);
    }
    return [...fields];
  }

  handles(type: string): boolean {
    return this.everything.length > 0 || this.byType.has(type);
  }

  private foldersOf(type: string): Projection<any>[] {
    const specific = this.byType.get(type) ?? [];
    return this.everything.length === 0 ? specific : [...specific, ...this.everything];
  }

  /**
   * Runs `work` while this runner folds nothing: folds under way finish first, new ones wait until
   * `work` is done. A replay's swap replaces a live collection under it, so that the consumer never
   * folds an event into a collection half replaced (docs/ops/service-boundaries.md).
   */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    while (this.gate) await this.gate;
    let open!: () => void;
    this.gate = new Promise<void>((resolve) => (open = resolve));
    try {
      if (this.active > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
      return await work();
    } finally {
      this.gate = null;
      open();
    }
  }

  private async enter(): Promise<void> {
    while (this.gate) await this.gate;
    this.active++;
  }

  private leave(): void {
    if (--this.active === 0) for (const resume of this.idle.splice(0)) resume();
  }

  /** A runner over some of these projections, on the same store (a start folds one tier alone). */
  subset(projections: Projection<any>[]): ProjectionRunner {
    return new ProjectionRunner(this.documents, projections);
  }

  /** Applies one event to every projection that folds its type. Idempotent by stream revision. */
  async project(event: EventEnvelope): Promise<void> {
    if (this.gate) await this.enter();
    else this.active++;
    try {
      await this.fold(event);
    } finally {
      this.leave();
    }
  }

  private async fold(event: EventEnvelope): Promise<void> {
    for (const projection of this.foldersOf(event.type)) {
      const collection = this.documents.collection<ReadModelDocument>(projection.collection);
      const id = projection.documentId?.(event) ?? defaultDocumentId(event);
      const current = await collection.get(id);
      if (current && current.version >= event.streamRevision) continue;
      const next = projection.apply(current, event);
      if (next) await collection.putIfNewer({ ...next, _id: id, version: event.streamRevision } as ReadModelDocument);
    }
    this.markApplied(event);
  }

  /** Rebuilds every projection from the start of the log. */
  async rebuild(store: EventStore, batchSize = 2000): Promise<RebuildReport> {
    const started = performance.now();
    for (const p of this.projections) await this.documents.collection(p.collection).deleteAll();
    let position = 0;
    let events = 0;
    const fields = this.fieldsRead(); // a rebuild verifies nothing: only what the folds read
    for (;;) {
      const batch = await store.readAll({ fromPosition: position, maxCount: batchSize, fields });
      if (batch.length === 0) break;
      await this.projectBatch(batch, { handOver: true, unremembered: true });
      position = batch[batch.length - 1].globalPosition;
      events += batch.length;
    }
    const documents: Record<string, number> = {};
    for (const p of this.projections) documents[p.name] = await this.documents.collection(p.collection).count();
    return { events, millis: Math.round(performance.now() - started), documents };
  }

  /**
   * Folds a batch in memory and writes each touched document once (one putManyIfNewer per
   * collection): a rebuild reads every document once per batch instead of once per event.
   */
  async projectBatch(batch: EventEnvelope[], options: BatchOptions = {}): Promise<void> {
    if (this.gate) await this.enter();
    else this.active++;
    try {
      await this.foldBatch(batch, options);
    } finally {
      this.leave();
    }
  }

  /**
   * Three steps: which document each event folds into; the documents not yet in hand read at
   * once (one await per collection, not one per event: DECISIONS 88); then the fold itself,
   * synchronous, in log order.
   */
  private async foldBatch(batch: EventEnvelope[], options: BatchOptions): Promise<void> {
    // the steps as three parallel arrays: no object per step
    const events: EventEnvelope[] = [];
    const folders: Projection<any>[] = [];
    const ids: string[] = [];
    const wanted = new Map<string, Set<string>>();
    for (const event of batch) {
      for (const projection of this.foldersOf(event.type)) {
        const id = projection.documentId?.(event) ?? defaultDocumentId(event);
        events.push(event);
        folders.push(projection);
        ids.push(id);
        let of = wanted.get(projection.collection);
        if (!of) wanted.set(projection.collection, (of = new Set()));
        of.add(id);
      }
    }
    const current = new Map<string, Map<string, ReadModelDocument | null>>();
    for (const [name, of] of wanted) {
      const collection = this.documents.collection<ReadModelDocument>(name);
      const read = [...of];
      const docs = readsMany<ReadModelDocument>(collection)
        ? await collection.getMany(read)
        : await Promise.all(read.map((id) => collection.get(id)));
      const byId = new Map<string, ReadModelDocument | null>();
      for (let i = 0; i < read.length; i++) byId.set(read[i], docs[i]);
      current.set(name, byId);
    }
    const touched = new Map<string, Map<string, ReadModelDocument>>();
    for (let step = 0; step < events.length; step++) {
      const event = events[step];
      const projection = folders[step];
      const id = ids[step];
      const docs = current.get(projection.collection)!;
      const doc = docs.get(id) ?? null;
      if (doc && doc.version >= event.streamRevision) continue;
      const next = projection.apply(doc, event);
      if (!next) continue;
      let written: ReadModelDocument;
      if (projection.returnsFresh && options.handOver) {
        // a new object of the fold's own, from events nothing else holds: completed in place
        written = next as ReadModelDocument;
        written._id = id;
        written.version = event.streamRevision;
      } else written = { ...next, _id: id, version: event.streamRevision } as ReadModelDocument;
      docs.set(id, written);
      let out = touched.get(projection.collection);
      if (!out) touched.set(projection.collection, (out = new Map()));
      out.set(id, written);
    }
    for (const [collection, docs] of touched)
      await this.documents.collection(collection).putManyIfNewer([...docs.values()], options);
    if (!options.unremembered) for (const event of batch) this.markApplied(event);
  }

  /**
   * Read-your-writes without the bus: projects `streamId` from the event store up to `revision`,
   * starting after the last revision this runner applied, so a write's own read models are current
   * when the command returns even while the broker is down. Calls are serialised per stream and
   * always apply a contiguous range, so a later write never overtakes an earlier one; the bus
   * delivers the same events again later and the revision check makes that a no-op.
   */
  async catchUp(store: EventStore, streamId: string, revision: number): Promise<void> {
    const previous = this.catchingUp.get(streamId) ?? Promise.resolve();
    const run = previous
      .catch(() => undefined)
      .then(async () => {
        const applied = this.appliedRevisions.get(streamId) ?? -1;
        if (applied >= revision) return;
        const events = await store.readStream(streamId, { fromRevision: applied + 1 });
        for (const event of events) if (event.streamRevision <= revision) await this.project(event);
      });
    this.catchingUp.set(streamId, run);
    try {
      await run;
    } finally {
      if (this.catchingUp.get(streamId) === run) this.catchingUp.delete(streamId);
    }
  }

  /**
   * Resolves once `streamId` has been projected up to `revision` (by the bus or by catchUp).
   * Rejects after `timeoutMillis`.
   */
  waitFor(streamId: string, revision: number, timeoutMillis = 5000): Promise<void> {
    if ((this.appliedRevisions.get(streamId) ?? -1) >= revision) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onApplied = (applied: number) => {
        if (applied < revision) return;
        clearTimeout(timer);
        this.applied.off(streamId, onApplied);
        this.waiting--;
        resolve();
      };
      const timer = setTimeout(() => {
        this.applied.off(streamId, onApplied);
        this.waiting--;
        reject(new Error(`read model did not reflect ${streamId}@${revision} within ${timeoutMillis} ms`));
      }, timeoutMillis);
      this.applied.on(streamId, onApplied);
      this.waiting++;
    });
  }

  private markApplied(event: EventEnvelope): void {
    const previous = this.appliedRevisions.get(event.streamId) ?? -1;
    if (event.streamRevision <= previous) return;
    this.appliedRevisions.set(event.streamId, event.streamRevision);
    if (this.waiting > 0) this.applied.emit(event.streamId, event.streamRevision);
  }
}

/**
 * The latest revision applied per stream, for the streams applied most recently: between half of
 * `capacity` and `capacity` of them. Two generations: a stream is set in the young one; once it
 * holds half the capacity it becomes the old one and the oldest generation is dropped whole. No
 * deletion per event (a Map iterated from its start after deletions steps over every entry deleted
 * before until it rehashes: ~10 µs an event once a log had more than 50k streams, DECISIONS 88;
 * a tenth evicted at once still cost a delete and a set per event: DECISIONS 100).
 */
class AppliedRevisions {
  private young = new Map<string, number>();
  private old = new Map<string, number>();

  constructor(private readonly capacity: number) {}

  get(streamId: string): number | undefined {
    return this.young.get(streamId) ?? this.old.get(streamId);
  }

  set(streamId: string, revision: number): void {
    this.young.set(streamId, revision);
    if (this.young.size >= this.capacity / 2) {
      this.old = this.young;
      this.young = new Map();
    }
  }
}
