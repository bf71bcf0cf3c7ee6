import Database from 'better-sqlite3';
import { closeSync, openSync, readSync } from 'node:fs';
import { endianness } from 'node:os';
import { isMainThread, parentPort, type Worker, workerData } from 'node:worker_threads';
import { workerOf } from './worker-thread';

/** Frames of the WAL not yet copied into the database file from which a checkpoint is asked for. */
export const CHECKPOINT_FRAMES = 250;

/** The least time between two looks at the WAL (ms). */
const LOOK_EVERY_MS = 5;

/** `store`: which store's connection. Posted with a `seq`, which its answer carries back. */
type Request = { store: number } & ({ kind: 'checkpoint'; filename: string } | { kind: 'close' });
/** A checkpoint run, the connection closed, or an error. */
type Answer = { seq: number; kind: 'checkpointed' | 'closed' | 'failed' };

/**
 * WAL checkpoints beside the writer (DECISIONS 105). SQLite checkpoints on the connection that
 * commits, inside the commit that takes the WAL past `wal_autocheckpoint` (1,000 pages): copying
 * those pages into the database file and fsyncing it held that commit — with group commit, the
 * 64 appends in it and the 64 gathering behind it — for several milliseconds: the whole p99 of
 * concurrent appends. After a group commit (two appends or more in one transaction), once 250
 * frames wait, a worker thread copies them with a connection of its own (PASSIVE: it never blocks
 * the writer nor waits for it); the writer's automatic checkpoint still runs at 1,000 pages, with
 * little left to copy, and is still what lets the next commit start the WAL from its beginning.
 * A lone writer is left as it was: its checkpoint holds one append, and copying beside it only
 * added fsyncs of the database file.
 *
 * How many frames wait is read from the WAL-index header (the `-shm` file, whose layout is part of
 * SQLite's documented file format, walformat.html §2.2.1): `mxFrame` and `nBackfill`. One worker
 * thread serves every store of the process; it starts on the first request.
 */
export class WalCheckpointer {
  private readonly id = nextId++;
  private shm = -1;
  private lastLook = -Infinity;
  private asked = false;
  private opened = false;
  private closed = false;
  /** Checkpoints the worker ran for this store (tests and the bench read it). */
  checkpoints = 0;

  constructor(private readonly filename: string) {}

  /** After a commit of `appends` appends: asks for a checkpoint when enough of the WAL waits. */
  committed(appends: number): void {
    if (appends < 2 || this.asked || this.closed) return;
    const now = performance.now();
    if (now - this.lastLook < LOOK_EVERY_MS) return;
    this.lastLook = now;
    if (this.waitingFrames() < CHECKPOINT_FRAMES) return;
    this.asked = this.opened = true;
    checkpointThread().ask({ store: this.id, kind: 'checkpoint', filename: this.filename }, (answer) => {
      this.asked = false;
      // after a failure the writer's own checkpoints go on alone, as before
      if (answer.kind === 'failed') this.closed = true;
      else this.checkpoints++;
    });
  }

  /** Frames in the WAL not yet in the database file, by the WAL-index header (0 before it exists). */
  private waitingFrames(): number {
    if (this.shm < 0) {
      try {
        this.shm = openSync(`${this.filename}-shm`, 'r');
      } catch {
        return 0;
      }
    }
    if (readSync(this.shm, header, 0, header.length, 0) < header.length) return 0;
    // mxFrame − nBackfill, in the host's byte order
    return littleEndian
      ? header.readUInt32LE(16) - header.readUInt32LE(96)
      : header.readUInt32BE(16) - header.readUInt32BE(96);
  }

  /** Closes the worker's connection to this store, if it opened one (and is still there). */
  close(): Promise<void> {
    this.closed = true;
    if (this.shm >= 0) closeSync(this.shm);
    this.shm = -1;
    if (!this.opened || !thread) return Promise.resolve();
    return new Promise((resolve) => checkpointThread().ask({ store: this.id, kind: 'close' }, () => resolve(), true));
  }
}

let nextId = 1;
/** The WAL-index header's two copies and the checkpoint's progress after them (read on the main thread). */
const header = Buffer.alloc(100);
const littleEndian = endianness() === 'LE';

/** The worker thread and the answers awaited from it. */
class CheckpointThread {
  private readonly waiting = new Map<number, { answer: (a: Answer) => void; holds: boolean }>();
  /** Requests that keep the process alive until answered (closes a caller awaits). */
  private holding = 0;

  constructor(private readonly worker: Worker) {
    worker.on('message', (answer: Answer) => this.answered(answer));
    const fail = () => {
      thread = null;
      for (const [seq] of this.waiting) this.answered({ seq, kind: 'failed' });
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    // idle, it keeps no process alive (after the listeners: a 'message' listener refs the port again)
    worker.unref();
  }

  private seq = 0;

  ask(request: Request, answer: (a: Answer) => void, holds = false): void {
    const seq = ++this.seq;
    this.waiting.set(seq, { answer, holds });
    if (holds && this.holding++ === 0) this.worker.ref();
    this.worker.postMessage({ ...request, seq });
  }

  private answered(answer: Answer): void {
    const waiter = this.waiting.get(answer.seq);
    if (!waiter) return;
    this.waiting.delete(answer.seq);
    if (waiter.holds && --this.holding === 0) this.worker.unref();
    waiter.answer(answer);
  }
}

let thread: CheckpointThread | null = null;

function checkpointThread(): CheckpointThread {
  thread ??= new CheckpointThread(workerOf(__filename, { gongjianCheckpointer: true }));
  return thread;
}

/** The worker: a connection per store, opened on its first checkpoint. */
function serve(port: NonNullable<typeof parentPort>): void {
  const connections = new Map<number, Database.Database>();
  port.on('message', (request: Request & { seq: number }) => {
    try {
      if (request.kind === 'close') {
        connections.get(request.store)?.close();
        connections.delete(request.store);
        port.postMessage({ seq: request.seq, kind: 'closed' } satisfies Answer);
        return;
      }
      let db = connections.get(request.store);
      if (!db) {
        db = new Database(request.filename, { fileMustExist: true });
        db.pragma('busy_timeout = 0'); // PASSIVE never waits: a checkpoint under way elsewhere is skipped
        db.pragma('synchronous = FULL'); // the WAL synced before copying, the database file after
        connections.set(request.store, db);
      }
      db.pragma('wal_checkpoint(PASSIVE)');
      port.postMessage({ seq: request.seq, kind: 'checkpointed' } satisfies Answer);
    } catch {
      port.postMessage({ seq: request.seq, kind: 'failed' } satisfies Answer);
    }
  });
}

if (!isMainThread && parentPort && (workerData as { gongjianCheckpointer?: boolean } | null)?.gongjianCheckpointer) {
  serve(parentPort);
}
