import { ChainVerifier } from './chain-verifier';
import type { EventEnvelope } from './envelope';
import { computeEventHash, GENESIS_HASH } from './hash-chain';

let position = 0;

/** The next event of ours in `streamId`, chained after `previous` (or the stream's first). */
function ours(streamId: string, previous?: EventEnvelope, revision = previous ? previous.streamRevision + 1 : 0) {
  const body = {
    eventId: `e-${streamId}-${revision}`,
    type: 'matching.NeedUpdated',
    schemaVersion: 1,
    streamId,
    streamRevision: revision,
    occurredAt: '2026-12-07T08:00:00.000Z',
    recordedAt: '2026-12-07T08:00:00.000Z',
    actor: { accountId: 'acc-1', role: 'community_admin', orgId: 'org-1' },
    correlationId: 'c-1',
    causationId: null,
    data: { revision },
    prevHash: previous?.hash ?? GENESIS_HASH,
  };
  return { ...body, hash: computeEventHash(body), globalPosition: (position += 100) } as EventEnvelope;
}

/** A record the store did not write, as a store hands it back with `includeForeign`. */
function foreign(streamId: string, revision: number): EventEnvelope {
  return {
    eventId: '3f1c9a52-7a0e-4c59-9d1c-0a6f4f0e2b11',
    type: 'ManualFix',
    schemaVersion: 1,
    streamId,
    streamRevision: revision,
    globalPosition: (position += 100),
    occurredAt: '2026-12-07T09:00:00.000Z',
    recordedAt: '2026-12-07T09:00:00.000Z',
    actor: { accountId: '', role: '', orgId: null },
    correlationId: '',
    causationId: null,
    data: { note: 'typed in the admin UI' },
    prevHash: '',
    hash: '',
    foreign: true,
  };
}

function verified(events: EventEnvelope[]) {
  const verifier = new ChainVerifier();
  events.forEach((e) => verifier.verify(e));
  return verifier;
}

describe('ChainVerifier', () => {
  it('finds no break in chains of ours, interleaved', () => {
    const a0 = ours('s-a');
    const b0 = ours('s-b');
    const a1 = ours('s-a', a0);
    const v = verified([a0, b0, a1, ours('s-b', b0)]);
    expect(v.breaks).toEqual([]);
    expect(v.checked).toBe(4);
    expect(v.streams).toBe(2);
  });

  it('reports a foreign record as a foreign_event break naming its stream, revision, id, type and position', () => {
    const a0 = ours('s-a');
    const raw = foreign('s-a', 1);
    const v = verified([a0, raw]);
    expect(v.breaks).toEqual([
      {
        streamId: 's-a',
        streamRevision: 1,
        eventId: raw.eventId,
        reason: 'foreign_event',
        type: 'ManualFix',
        globalPosition: raw.globalPosition,
      },
    ]);
    expect(v.checked).toBe(2);
  });

  it('reports the foreign record once: our next event after it is no revision gap and no prev-hash mismatch', () => {
    const a0 = ours('s-a');
    const a1 = ours('s-a', a0);
    // our event after the raw one: revision 3, chained to our last event (a1)
    const a3 = ours('s-a', a1, 3);
    const v = verified([a0, a1, foreign('s-a', 2), a3]);
    expect(v.breaks.map((b) => [b.streamRevision, b.reason])).toEqual([[2, 'foreign_event']]);
  });

  it('reports a foreign record at the start of a stream and in a stream of its own', () => {
    const first = foreign('s-a', 0);
    const after = ours('s-a', undefined, 1);
    const v = verified([first, after, foreign('other-app-1', 0)]);
    expect(v.breaks.map((b) => [b.streamId, b.streamRevision, b.reason])).toEqual([
      ['s-a', 0, 'foreign_event'],
      ['other-app-1', 0, 'foreign_event'],
    ]);
    expect(v.streams).toBe(2);
  });

  it('still finds a tampered event of ours after a foreign record', () => {
    const a0 = ours('s-a');
    const a2 = { ...ours('s-a', a0, 2), data: { revision: 'changed' } };
    const v = verified([a0, foreign('s-a', 1), a2]);
    expect(v.breaks.map((b) => [b.streamRevision, b.reason])).toEqual([
      [1, 'foreign_event'],
      [2, 'hash_mismatch'],
    ]);
  });
});
