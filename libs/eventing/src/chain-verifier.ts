import type { EventEnvelope } from './envelope';
import { type ChainBreak, computeEventHash, GENESIS_HASH } from './hash-chain';

/**
 * A break as the verifier reports it; a `foreign_event` break also names the record's type and
 * its position in the log, so that an operator can find it in the event store's own tools.
 */
export type FoundBreak = ChainBreak & { type?: string; globalPosition?: number };

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
    if (computeEventHash(event) !== event.hash) this.report(event, 'hash_mismatch');
    // the head of a stream seen before is updated in place: one object per stream, not per event
    if (head) {
      head.revision = event.streamRevision;
      head.hash = event.hash;
    } else this.heads.set(event.streamId, { revision: event.streamRevision, hash: event.hash });
  }

  private report(event: EventEnvelope, reason: ChainBreak['reason']): void {
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
