import type { EventEnvelope } from './envelope';
import { type ChainBreak, computeEventHash, GENESIS_HASH } from './hash-chain';

/**
 * Verifies hash chains incrementally over events read in global order (several streams
 * interleaved), keeping only the last hash and revision of each stream: integrity checks and
 * replays walk the whole log once with it.
 */
export class ChainVerifier {
  private readonly heads = new Map<string, { revision: number; hash: string }>();
  readonly breaks: ChainBreak[] = [];
  checked = 0;

  verify(event: EventEnvelope): void {
    const head = this.heads.get(event.streamId) ?? { revision: -1, hash: GENESIS_HASH };
    const at = { streamId: event.streamId, streamRevision: event.streamRevision, eventId: event.eventId };
    if (event.streamRevision !== head.revision + 1) this.breaks.push({ ...at, reason: 'revision_gap' });
    if (event.prevHash !== head.hash) this.breaks.push({ ...at, reason: 'prev_hash_mismatch' });
    if (computeEventHash(event) !== event.hash) this.breaks.push({ ...at, reason: 'hash_mismatch' });
    this.heads.set(event.streamId, { revision: event.streamRevision, hash: event.hash });
    this.checked++;
  }

  get streams(): number {
    return this.heads.size;
  }
}
