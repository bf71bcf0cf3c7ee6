import type { EventEnvelope } from './envelope';
import { type ChainBreak, GENESIS_HASH, hashMatches } from './hash-chain';

/**
 * A break as the verifier reports it; a `foreign_event` break also names the record's type and
 * its position in the log, so that an operator can find it in the event store's own tools.
 */
export type FoundBreak = ChainBreak & { type?: string; globalPosition?: number };

/** What the chain check looks at besides the hash itself: an event's place in its stream. */
export type ChainLink = Pick<
  EventEnvelope,
  'eventId' | 'type' | 'streamId' | 'streamRevision' | 'globalPosition' | 'prevHash' | 'hash' | 'foreign'
>;

/**
 * Verifies hash chains incrementally over events read in global order (several streams
 * interleaved), keeping only the last hash and revision of each stream: integrity checks and
 * replays walk the whole log once with it.
 */
export class ChainVerifier {
  private readonly heads = new Map<string, { revision: number; hash: string }>();
  readonly breaks: FoundBreak[] = [];
  checked = 0;

  verify(event: EventEnvelope): void {
    this.link(event, event.foreign === true || hashMatches(event));
  }

  /**
   * Checks `event`'s place in its stream, its hash already checked (`hashOk`: whether it is the
   * event's own, as `hashMatches` tells): for a reader that hashes rows without making envelopes.
   */
  link(event: ChainLink, hashOk: boolean): void {
    const head = this.heads.get(event.streamId);
    this.checked++;
    if (event.foreign) {
      // a record gongjian did not write (a raw event from the store's UI, another application's):
      // one break for it, and the stream's next event of ours is checked against our last hash
      // at the revision after the record's, so that the record is not reported twice
      this.report(event, 'foreign_event');
      this.heads.set(event.streamId, { revision: event.streamRevision, hash: head?.hash ?? GENESIS_HASH });
      return;
    }
    if (event.streamRevision !== (head ? head.revision + 1 : 0)) this.report(event, 'revision_gap');
    if (event.prevHash !== (head ? head.hash : GENESIS_HASH)) this.report(event, 'prev_hash_mismatch');
    if (!hashOk) this.report(event, 'hash_mismatch');
    // the head of a stream seen before is updated in place: one object per stream, not per event
    if (head) {
      head.revision = event.streamRevision;
      head.hash = event.hash;
    } else this.heads.set(event.streamId, { revision: event.streamRevision, hash: event.hash });
  }

  /**
   * Takes `streamId`'s last event before the ones to verify as known (its revision and stored
   * hash), for a check that starts past the beginning of the log.
   */
  seed(streamId: string, revision: number, hash: string): void {
    if (!this.heads.has(streamId)) this.heads.set(streamId, { revision, hash });
  }

  knows(streamId: string): boolean {
    return this.heads.has(streamId);
  }

  private report(event: ChainLink, reason: ChainBreak['reason']): void {
    const at = { streamId: event.streamId, streamRevision: event.streamRevision, eventId: event.eventId };
    this.breaks.push(
      reason === 'foreign_event'
        ? { ...at, reason, type: event.type, globalPosition: event.globalPosition }
        : { ...at, reason },
    );
  }

  get streams(): number {
    return this.heads.size;
  }
}

/** What a check of the log's hash chains found, over the events up to a position. */
export interface ChainCheck {
  checked: number;
  breaks: FoundBreak[];
}

/**
 * A store that can check its chains on a thread of its own (the SQLite store on a file: a worker
 * that reads the file itself, sqlite.chain-worker.ts). Replays ask for it; other stores verify
 * the events they read, on the thread that reads them.
 */
export interface ChecksChainsApart {
  /**
   * The check of every event up to `upTo`, on a worker thread; null when the store cannot.
   * `signal` ends the worker (the promise then rejects).
   */
  checkChainsApart(upTo: number, signal?: AbortSignal): Promise<ChainCheck> | null;
}

export function checksChainsApart(store: object): store is ChecksChainsApart {
  return typeof (store as Partial<ChecksChainsApart>).checkChainsApart === 'function';
}
