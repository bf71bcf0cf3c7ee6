import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  Optional,
} from '@nestjs/common';
import {
  type Actor,
  type ChainBreak,
  type ChainCheck,
  ChainVerifier,
  checksChainsApart,
  type EventEnvelope,
  EVENT_STORE,
  type EventStore,
  InvalidStateTransition,
  NotFound,
} from '@gongjian/eventing';
import {
  diffDocuments,
  DOCUMENT_STORE,
  type DocumentStore,
  type Effect,
  type FieldChange,
  type Filter,
  foldStream,
  MemoryDocumentStore,
  type Projection,
  ProjectionRunner,
  type ReadModelDocument,
} from '@gongjian/read-models';
import { v7 as uuidv7 } from 'uuid';
import { ProjectionRegistry } from './projection-registry';
import { LocalReadModels } from './local-read-models';
import { ProgressMeter, type ReplayProgress } from './replay-progress';
import { ReplayBoard, SHARED_REPLAYS, type SharedReplays, type ShadowKept } from './replay-board';

export type ReplayStatus = 'running' | 'completed' | 'cancelled' | 'failed';

export interface Difference {
  documentId: string;
  kind: 'missing' | 'extra' | 'different';
  fields: FieldChange[];
}

/** A replay as its owner reports it (and the audit service passes on: `GET /audit/replays/:id`). */
export interface Replay {
  id: string;
  projection: string;
  until: string | null;
  status: ReplayStatus;
  startedBy: Actor;
  startedAt: string;
  finishedAt: string | null;
  /** events read (and verified) so far; the total an estimate until the head is reached */
  progress: ReplayProgress;
  /** after completion: documents in the shadow, and how it compares with the live read model */
  documents: number | null;
  differences: Difference[] | null;
  /** hash-chain breaks met on the way (the replay verifies every event it reads) */
  chainBreaks: ChainBreak[];
  swappedAt: string | null;
  error: string | null;
}

/** A moment of the log: a time (`at`, ISO) or a global position. */
export type Moment = { at: string; position?: undefined } | { position: number; at?: undefined };

/** What the events of one stream did to this process's read models (`GET /audit/streams/:id`). */
export interface StreamEffects {
  /** per event id: its effect on each document of each read model that folds it */
  effects: Record<string, Effect[]>;
  state: Record<string, Record<string, ReadModelDocument>>;
}

const BATCH = 2000;
/** Finished replays kept for GET (their shadows are dropped after this many newer ones). */
const KEEP = 20;

/** Not replayable: folds of every event (the audit index) and the audit service's own models. */
const replayable = (p: Projection<any>) => !p.handles.includes('*') && !p.name.startsWith('audit.');

/**
 * The read models this process owns, for the audit service (docs/ops/service-boundaries.md):
 * their names, replays into shadows (DESIGN §6), a read model as of a moment, and the effects of
 * a stream's events. A replay rebuilds one named read model from this process's event store into
 * a shadow copy in memory, up to now or to a time, verifying every hash chain on the way; then
 * compares it with the live read model document by document. Swapping the shadow in happens here,
 * in the owner, with this process's projection runner held (`ProjectionRunner.exclusive`): its
 * consumer does not fold an event into the collection while it is replaced, and the events written
 * since the replay ended are folded again afterwards (idempotently, by stream revision).
 */
@Injectable()
export class ReadModels implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('replay');
  private readonly replays = new Map<string, Replay>();
  private readonly shadows = new Map<
    string,
    { store: MemoryDocumentStore; projection: Projection<any>; position: number }
  >();
  private readonly cancelled = new Set<string>();
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DOCUMENT_STORE) private readonly live: DocumentStore,
    private readonly registry: ProjectionRegistry,
    private readonly local: LocalReadModels,
    /** replicas sharing their read store (issue 22): replays any of them can answer for */
    @Optional() @Inject(SHARED_REPLAYS) private readonly shared: SharedReplays | null = null,
  ) {}

  onApplicationBootstrap(): void {
    this.shared?.fence.start();
  }

  /** The projections of this process an auditor may replay or look at as of a time. */
  projections(): Projection<any>[] {
    return this.registry.projections.filter(replayable);
  }

  names(): string[] {
    return this.projections().map((p) => p.name);
  }

  has(name: string): boolean {
    return this.projections().some((p) => p.name === name);
  }

  projection(name: string): Projection<any> {
    const projection = this.projections().find((p) => p.name === name);
    if (!projection) throw unknownReadModel(name, this.names());
    return projection;
  }

  /** Starts a replay (replicas: told to the others before it is answered, so a poll finds it anywhere). */
  async startReplay(projectionName: string, until: string | null, actor: Actor): Promise<Replay> {
    const projection = this.projection(projectionName);
    const replay: Replay = {
      id: uuidv7(),
      projection: projection.name,
      until,
      status: 'running',
      startedBy: actor,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      progress: { done: 0, total: 0, totalEstimated: true, eventsPerSecond: 0, etaSeconds: null },
      documents: null,
      differences: null,
      chainBreaks: [],
      swappedAt: null,
      error: null,
    };
    this.replays.set(replay.id, replay);
    this.forgetOld();
    const run = this.run(replay, projection)
      .catch((error: unknown) => {
        replay.status = 'failed';
        replay.error = error instanceof Error ? error.message : String(error);
        this.logger.error(`replay ${replay.id} of ${replay.projection} failed: ${replay.error}`);
      })
      // a completed replay was told with its shadow as it completed
      .then(() => (replay.status === 'completed' ? undefined : this.told(replay)))
      .finally(() => this.running.delete(replay.id));
    this.running.set(replay.id, run);
    await this.told(replay);
    return replay;
  }

  /**
   * Replay `id` as this process runs it, else (replicas) as the replica running it last told the
   * others; null where it is not known.
   */
  async find(id: string): Promise<Replay | null> {
    const here = this.replays.get(id);
    // a finished replay may have been swapped in by another replica: the board knows
    if (here && (here.status === 'running' || !this.shared)) return here;
    return (await this.shared?.board.get(id)) ?? here ?? null;
  }

  async replay(id: string): Promise<Replay> {
    const replay = await this.find(id);
    if (!replay) throw new NotFound(`replay ${id} not found`);
    return replay;
  }

  /** Newest first (replicas: every replica's, as told). */
  async list(): Promise<Replay[]> {
    const here = [...this.replays.values()].reverse();
    if (!this.shared) return here;
    const mine = new Map(here.filter((r) => r.status === 'running').map((r) => [r.id, r]));
    return (await this.shared.board.list(KEEP)).map((r) => mine.get(r.id) ?? r);
  }

  /** Resolves when the replay has finished (tests, benches). */
  async settled(id: string): Promise<Replay> {
    await this.running.get(id);
    return this.replay(id);
  }

  /** Stops a running replay here, or asks the replica running it to (it stops between two batches). */
  async cancel(id: string): Promise<Replay> {
    const replay = await this.replay(id);
    if (replay.status !== 'running') throw new InvalidStateTransition(`the replay is ${replay.status}`);
    if (this.replays.has(id)) this.cancelled.add(id);
    else await this.shared!.board.requestCancel(id);
    return replay;
  }

  /**
   * Replaces the live read model by the shadow, then re-applies what happened since, while this
   * process's projection runner folds nothing else (its consumer and read-your-writes wait).
   */
  async swap(id: string): Promise<Replay> {
    if (this.shared) return this.swapShared(id);
    const replay = await this.replay(id);
    const shadow = this.shadows.get(id);
    swappable(replay, shadow !== undefined);
    const docs = await shadow!.store.collection<ReadModelDocument>(shadow!.projection.collection).find({});
    await this.local.runner.exclusive(() => this.replaceLive(shadow!.projection, docs, shadow!.position));
    replay.swappedAt = new Date().toISOString();
    this.logger.log(`replay ${id}: ${shadow!.projection.name} swapped in (${docs.length} documents)`);
    return replay;
  }

  /**
   * The swap where replicas share the read store: the shadow is taken from the collection its
   * replica wrote it to, and every replica stops folding meanwhile (SwapFence); checked again
   * once the fence stands, so that two swaps of one replay asked of two replicas make one.
   */
  private async swapShared(id: string): Promise<Replay> {
    const { board, fence } = this.shared!;
    swappable(await this.replay(id), (await board.shadow(id)) !== null);
    let swapped: Replay | null = null;
    await fence.hold(async () => {
      const replay = await this.replay(id);
      const shadow = await board.shadow(id);
      swappable(replay, shadow !== null);
      const projection = this.projection(replay.projection);
      const docs = await this.live.collection<ReadModelDocument>(shadow!.collection).find({});
      await this.replaceLive(projection, docs, shadow!.position);
      const swappedAt = new Date().toISOString();
      await board.update(id, (entry) => ({ job: { ...entry.job, swappedAt } }));
      swapped = { ...replay, swappedAt };
      const mine = this.replays.get(id);
      if (mine) mine.swappedAt = swappedAt;
      this.logger.log(`replay ${id}: ${projection.name} swapped in (${docs.length} documents)`);
    });
    return swapped!;
  }

  /** Live read model := `docs`, then the events written since `position` folded again (skipped where there). */
  private async replaceLive(projection: Projection<any>, docs: ReadModelDocument[], position: number): Promise<void> {
    const collection = this.live.collection<ReadModelDocument>(projection.collection);
    await collection.deleteAll();
    await collection.putManyIfNewer(docs);
    // events written after the replay read the log: fold them again (skipped where already there)
    const runner = new ProjectionRunner(this.live, [projection]);
    for (let from = position; ;) {
      const batch = await this.store.readAll({ fromPosition: from, maxCount: BATCH });
      if (batch.length === 0) break;
      for (const event of batch) await runner.project(event);
      from = batch[batch.length - 1].globalPosition;
    }
  }

  /**
   * Time travel: the documents of read model `name` as they were at `moment` (filtered). At a
   * time, the whole log is read and the events that occurred by then are folded: occurredAt does
   * not rise with log order (services stamp it before they append), so an event after a later one
   * in the log may have occurred earlier. At a position, the read stops there.
   */
  async asOf(name: string, moment: Moment, filter: Filter): Promise<{ events: number; items: ReadModelDocument[] }> {
    const projection = this.projection(name);
    const then = (e: EventEnvelope) =>
      moment.at !== undefined ? e.occurredAt <= moment.at : e.globalPosition <= moment.position;
    const shadow = new MemoryDocumentStore();
    const runner = new ProjectionRunner(shadow, [projection]);
    let events = 0;
    for (let from = 0; moment.position === undefined || from < moment.position;) {
      const read = await this.store.readAll({ fromPosition: from, maxCount: BATCH });
      if (read.length === 0) break;
      const batch = read.filter(then);
      await runner.projectBatch(batch);
      events += batch.length;
      from = read[read.length - 1].globalPosition;
    }
    const items = await shadow.collection<ReadModelDocument>(projection.collection).find(filter, { sort: { _id: 1 } });
    return { events, items };
  }

  /**
   * The events of `streamId` (up to `moment`) folded through this process's read models: what
   * each did to which document, and the documents after the last one. Read models are fed by one
   * stream per document, so this is exactly how the live read models evolved.
   */
  async effectsOf(streamId: string, moment?: Moment): Promise<StreamEffects> {
    const then = (e: EventEnvelope) =>
      !moment || (moment.at !== undefined ? e.occurredAt <= moment.at : e.globalPosition <= moment.position);
    // a record the store did not write (the audit names it) is no event of ours to fold, and
    // must not make the history of its stream unreadable (EventStoreDB: ForeignEventInStream)
    const read = await this.store.readStream(streamId, { includeForeign: true });
    const events = read.filter((e) => !e.foreign && then(e));
    const folded = foldStream(
      events,
      this.projections().filter((p) => !p.copiesEvents),
    );
    return {
      effects: Object.fromEntries(events.map((e, i) => [e.eventId, folded.effects[i]])),
      state: folded.state,
    };
  }

  async onApplicationShutdown(): Promise<void> {
    for (const id of this.running.keys()) this.cancelled.add(id);
    await Promise.allSettled([...this.running.values()]);
    await this.shared?.fence.stop();
  }

  /** Tells the other replicas how the replay stands (replicas only; a failure to tell is logged). */
  private async told(replay: Replay, shadow: ShadowKept | null = null): Promise<void> {
    await this.shared?.board.tell(replay, shadow);
  }

  /**
   * Replicas: the replay told to the others every second while it runs (JobBoard.heartbeat), and
   * at each beat a look whether one of them was asked to cancel it.
   */
  private heartbeat(replay: Replay): () => void {
    const board = this.shared?.board;
    if (!board) return () => undefined;
    return board.heartbeat(replay, () => {
      void board.cancelRequested(replay.id).then(
        (asked) => asked && replay.status === 'running' && this.cancelled.add(replay.id),
        () => undefined,
      );
    });
  }

  /** The replay, its heartbeat beating meanwhile (replicas). */
  private async run(replay: Replay, projection: Projection<any>): Promise<void> {
    const stopBeating = this.heartbeat(replay);
    try {
      await this.fold(replay, projection, stopBeating);
    } finally {
      stopBeating();
    }
  }

  /**
   * Reads the log to its head (as it is when the replay ends, so the comparison sees what the live
   * model saw), verifying every event, and folds those that occurred by `until`: later events in
   * the log may have occurred earlier (occurredAt is stamped before the append), so the read does
   * not stop at the first one after it. Progress counts events; positions only tell how far the
   * read has come (on EventStoreDB they are byte offsets, not event numbers).
   */
  private async fold(replay: Replay, projection: Projection<any>, stopBeating: () => void): Promise<void> {
    const shadow = new MemoryDocumentStore();
    const runner = new ProjectionRunner(shadow, [projection]);
    await runner.init();
    const until = replay.until ? Date.parse(replay.until) : Infinity;
    const head: { end: number; unit: 'positions' } = { end: await this.store.headPosition(), unit: 'positions' };
    const chains = new ChainsChecked(this.store, head.end);
    const folds = runner.fieldsRead();
    const meter = new ProgressMeter(head);
    replay.progress = ProgressMeter.initial(head);
    let position = 0;
    let done = 0;
    const cancelled = () => {
      if (!this.cancelled.delete(replay.id)) return false;
      replay.status = 'cancelled';
      replay.finishedAt = new Date().toISOString();
      return true;
    };
    try {
      for (;;) {
        if (cancelled()) return;
        // checked apart, the chains need no event here: only the types the projection folds are
        // read, and of them only the fields it reads (Projection.reads)
        const types = chains.apart && !projection.handles.includes('*') ? projection.handles : undefined;
        const fields = chains.apart ? folds : undefined;
        const read = await this.store.readAll({ fromPosition: position, maxCount: BATCH, types, fields });
        if (read.length === 0) break;
        chains.verify(read);
        const folded = until === Infinity ? read : read.filter((e) => Date.parse(e.occurredAt) <= until);
        await runner.projectBatch(folded, { handOver: true }); // the events read here, held by nothing else
        position = read[read.length - 1].globalPosition;
        // the worker checks every event up to here (this store's positions count its events)
        done = chains.apart ? position : done + read.length;
        meter.extendTo(position);
        replay.progress = meter.at(done, position);
        // let HTTP requests (progress polls, cancellation) in between batches
        await new Promise((resolve) => setImmediate(resolve));
      }
      replay.chainBreaks = await chains.breaks();
      done = chains.checked;
      if (cancelled()) return; // while the worker finished
    } finally {
      chains.stop();
    }
    replay.differences = await this.compare(shadow, projection);
    replay.documents = await shadow.collection(projection.collection).count();
    replay.progress = meter.finished(done);
    // replicas: any of them may be asked to swap it in, so the shadow goes where they all read
    // (not a replay up to a past time: that one never replaces the live model)
    const kept = this.shared && !replay.until ? { collection: ReplayBoard.shadowOf(replay.id), position } : null;
    if (kept) await this.live.collection(kept.collection).putManyIfNewer(shadow.stored(projection.collection));
    stopBeating(); // no beat after this (a beat tells no shadow)
    replay.status = 'completed';
    replay.finishedAt = new Date().toISOString();
    if (this.shared) await this.told(replay, kept);
    else this.shadows.set(replay.id, { store: shadow, projection, position });
    this.logger.log(
      `replay ${replay.id} of ${projection.name}: ${done} events, ` +
        `${replay.differences.length} differences, ${replay.chainBreaks.length} chain breaks`,
    );
  }

  /** Document by document: missing from the live model, extra in it, or with different fields. */
  private async compare(shadow: MemoryDocumentStore, projection: Projection<any>): Promise<Difference[]> {
    // the live model must have caught up with the log first (it is eventually consistent); the
    // shadow is this replay's own and only read here: its documents as stored, no copy
    const expected = shadow.stored(projection.collection);
    const live = await this.live.collection<ReadModelDocument>(projection.collection).find({});
    const liveById = new Map(live.map((d) => [d._id, d]));
    const differences: Difference[] = [];
    for (const doc of expected) {
      const current = liveById.get(doc._id);
      liveById.delete(doc._id);
      if (!current) differences.push({ documentId: doc._id, kind: 'missing', fields: [] });
      else {
        const fields = diffDocuments(doc, current);
        if (fields.length > 0) differences.push({ documentId: doc._id, kind: 'different', fields });
      }
    }
    for (const extra of liveById.keys()) differences.push({ documentId: extra, kind: 'extra', fields: [] });
    return differences;
  }

  private forgetOld(): void {
    const finished = [...this.replays.values()].filter((r) => r.status !== 'running');
    for (const old of finished.slice(0, Math.max(0, finished.length - KEEP))) {
      this.replays.delete(old.id);
      this.shadows.delete(old.id);
    }
    if (this.shared) void this.dropOldShadows(this.shared.board);
  }

  /** The shadows of the replicas' replays past the newest KEEP: dropped from the shared store. */
  private async dropOldShadows(board: ReplayBoard): Promise<void> {
    try {
      for (const old of await board.older(KEEP)) {
        await board.shadowDropped(old.id);
        await this.live.dropCollection(old.shadow);
      }
    } catch (error) {
      this.logger.warn(`could not drop old replays' shadows: ${String(error)}`);
    }
  }
}

/** A replay that may replace its live read model: completed, to now, not yet swapped, its shadow kept. */
function swappable(replay: Replay, shadowKept: boolean): void {
  if (replay.status !== 'completed') throw new InvalidStateTransition(`a ${replay.status} replay cannot be swapped in`);
  if (replay.until) throw new InvalidStateTransition('a replay up to a past time cannot replace the live read model');
  if (!shadowKept) throw new InvalidStateTransition(`a ${replay.status} replay cannot be swapped in`);
  if (replay.swappedAt) throw new InvalidStateTransition('this replay has already been swapped in');
}

/** 404 naming the field and the read models there are (the answer `POST /audit/replays` gave before). */
export function unknownReadModel(name: string, names: string[]): NotFound {
  return new NotFound(`no read model named ${name}`, { field: 'projection', names });
}

/**
 * A replay's check of every hash chain in the log. On a store that checks its chains apart (the
 * SQLite store on a file: a worker thread reads the file and hashes), the events up to the head
 * as it was when the replay began are checked there while the replay folds (and reads only the
 * types it folds), and those written since are read and checked here once it has folded, each
 * stream's chain taken up from its event before (DECISIONS 100); elsewhere every event is checked
 * here as it is read. The breaks are the same either way.
 */
class ChainsChecked {
  private readonly here = new ChainVerifier();
  private readonly abort = new AbortController();
  /** The check of the events up to `upTo` on a worker thread, if the store can. */
  readonly apart: Promise<ChainCheck> | null;
  private readonly logger = new Logger('replay');

  constructor(
    private readonly store: EventStore,
    private readonly upTo: number,
  ) {
    this.apart = checksChainsApart(store) ? store.checkChainsApart(upTo, this.abort.signal) : null;
    this.apart?.catch(() => undefined); // awaited in breaks(); not unhandled if the replay ends first
  }

  /** Events checked, once `breaks()` has resolved: by the worker and here. */
  checked = 0;

  /** The events of a page: checked here when there is no worker (which checks them otherwise). */
  verify(events: EventEnvelope[]): void {
    if (!this.apart) for (const event of events) this.here.verify(event);
  }

  async breaks(): Promise<ChainBreak[]> {
    if (!this.apart) {
      this.checked = this.here.checked;
      return this.here.breaks;
    }
    let apart: ChainCheck;
    try {
      apart = await this.apart;
    } catch (error) {
      this.logger.warn(`the chain check's worker failed (${String(error)}): checking here`);
      apart = await this.checkHere();
    }
    await this.checkTail();
    this.checked = apart.checked + this.here.checked;
    return [...apart.breaks, ...this.here.breaks];
  }

  stop(): void {
    this.abort.abort();
  }

  /**
   * The events written since the replay began, of every type, to the head as it is now: each
   * stream's chain taken up from its event before them.
   */
  private async checkTail(): Promise<void> {
    for (let position = this.upTo; ;) {
      const read = await this.store.readAll({ fromPosition: position, maxCount: BATCH });
      if (read.length === 0) return;
      for (const event of read) {
        if (!this.here.knows(event.streamId) && event.streamRevision > 0) {
          const [before] = await this.store.readStream(event.streamId, {
            direction: 'backwards',
            fromRevision: event.streamRevision - 1,
            maxCount: 1,
          });
          if (before) this.here.seed(before.streamId, before.streamRevision, before.hash);
        }
        this.here.verify(event);
      }
      position = read[read.length - 1].globalPosition;
    }
  }

  private async checkHere(): Promise<ChainCheck> {
    const verifier = new ChainVerifier();
    for (let position = 0; position < this.upTo;) {
      const read = await this.store.readAll({ fromPosition: position, maxCount: BATCH });
      if (read.length === 0) break;
      for (const event of read) if (event.globalPosition <= this.upTo) verifier.verify(event);
      position = read[read.length - 1].globalPosition;
    }
    return { checked: verifier.checked, breaks: verifier.breaks };
  }
}
