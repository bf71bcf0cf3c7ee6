import { type EventEnvelope, InvalidLogPosition } from '@gongjian/eventing';
import { compareWithLog, refusalMessage } from './start-check';

/** A log of `ids`, the event with id ids[i] at position (i + 1) * 10. */
function log(ids: string[]) {
  return {
    headPosition: () => Promise.resolve(ids.length * 10),
    eventAt: (position: number) => {
      const id = position % 10 === 0 ? ids[position / 10 - 1] : undefined;
      return Promise.resolve(id ? ({ eventId: id, globalPosition: position } as EventEnvelope) : null);
    },
  };
}

describe('start check: a checkpoint against the log', () => {
  const check = (ids: string[], checkpoint: { position: number; eventId?: string } | null) =>
    compareWithLog(log(ids), 'read models', 'x', checkpoint);

  it('passes the log that gave the checkpoint out, and no checkpoint at all', async () => {
    expect(await check(['a', 'b', 'c'], { position: 20, eventId: 'b' })).toBeNull();
    expect(await check(['a', 'b', 'c'], { position: 30, eventId: 'c' })).toBeNull();
    expect(await check([], null)).toBeNull();
    expect(await check([], { position: 0 })).toBeNull();
  });

  it('finds a log behind the checkpoint (emptied, or restored from an older backup)', async () => {
    expect(await check([], { position: 20, eventId: 'b' })).toMatchObject({ kind: 'behind', head: 0 });
    expect(await check(['a'], { position: 20, eventId: 'b' })).toMatchObject({ kind: 'behind', head: 10 });
  });

  it('finds another log: another event, or none, at the checkpoint position', async () => {
    expect(await check(['x', 'y', 'z'], { position: 20, eventId: 'b' })).toMatchObject({
      kind: 'replaced',
      found: 'y',
    });
    expect(await check(['x', 'y', 'z'], { position: 25, eventId: 'b' })).toMatchObject({
      kind: 'replaced',
      found: null,
    });
  });

  it('needs an event of the log exactly at the position of a checkpoint saved without an event id', async () => {
    expect(await check(['x', 'y'], { position: 20 })).toBeNull();
    expect(await check(['x'], { position: 20 })).toMatchObject({ kind: 'behind' });
    // inside a record (EventStoreDB: not a record's start), or a position this log never gave out
    expect(await check(['x', 'y', 'z'], { position: 25 })).toMatchObject({ kind: 'replaced', found: null });
  });

  it('takes a position the store refuses (InvalidLogPosition) for no event there', async () => {
    const refusing = {
      ...log(['x', 'y', 'z']),
      eventAt: (position: number) => Promise.reject(new InvalidLogPosition(position)),
    };
    expect(await compareWithLog(refusing, 'relay', 'r', { position: 25 })).toMatchObject({
      kind: 'replaced',
      found: null,
    });
    const broken = { ...log(['x']), eventAt: () => Promise.reject(new Error('store down')) };
    await expect(compareWithLog(broken, 'relay', 'r', { position: 10 })).rejects.toThrow('store down');
  });

  it('says which service, where the log is, each position, and both ways out', async () => {
    const behind = (await check([], { position: 20, eventId: 'b' }))!;
    const replaced = (await compareWithLog(log(['x', 'y']), 'relay', 'checkpoint relay', {
      position: 20,
      eventId: 'b',
    }))!;
    const message = refusalMessage('matching', '/data/matching.db', [behind, replaced]);
    expect(message).toMatch(/^matching refuses to start: its event log \(\/data\/matching\.db\) is not the log of/);
    expect(message).toContain("the read models (x) reach position 20 (event b), but the log's head is position 0");
    expect(message).toContain(
      'the relay (checkpoint relay) has published up to position 20 (event b), but at position 20 the log has event y',
    );
    expect(message).toContain('restore the log that holds position 20');
    expect(message).toContain('GONGJIAN_REBUILD_READ_MODELS=1');
  });
});
