import type { EventEnvelope } from '@gongjian/eventing';
import type { InputDocument } from '../read-models';
import { DEFAULT_SETS } from '../scoring/indicator-set';
import { rankingOf, subjectsOf } from '../scoring/score';
import { inputsHistory, replayLog, type ReplayProgress, storeHistory } from './replay';

const at = (i: number) => new Date(Date.UTC(2026, 9, 1) + i * 60_000).toISOString();
const envelopes: EventEnvelope[] = [
  { type: 'members.MemberRegistered', data: { memberId: 'm1', name: '张三', branchId: 'b1' } },
  { type: 'members.MemberRegistered', data: { memberId: 'm2', name: '李四', branchId: 'b1' } },
  { type: 'matching.NeedEdited', data: { needId: 'n' } },
  ...Array.from({ length: 7 }, (_, i) => ({
    type: 'volunteering.VolunteerHoursVerified',
    data: { memberId: i % 2 ? 'm1' : 'm2', category: 'health', hours: 1 },
  })),
].map((e, i) => ({ ...e, occurredAt: at(i), globalPosition: i + 1, eventId: `e${i}` }) as unknown as EventEnvelope);

const store = {
  headPosition: async () => envelopes.length,
  readAll: async ({ fromPosition = 0, maxCount = Infinity } = {}) =>
    envelopes.filter((e) => e.globalPosition > fromPosition).slice(0, maxCount),
};
const docs: InputDocument[] = envelopes
  .filter((e) => e.type !== 'matching.NeedEdited')
  .map((e) => ({
    _id: e.eventId,
    type: e.type,
    data: e.data,
    occurredAt: e.occurredAt,
    position: e.globalPosition,
    version: 1,
  }))
  .reverse();
const inputs = {
  count: async () => docs.length,
  find: async (_filter?: unknown, options: { skip?: number; limit?: number } = {}) =>
    [...docs]
      .sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : 1))
      .slice(options.skip ?? 0, (options.skip ?? 0) + (options.limit ?? Infinity)),
};

describe('the what-if replay', () => {
  it('folds the whole log in batches into a shadow, reporting its progress', async () => {
    const progress: ReplayProgress[] = [];
    const {
      tally,
      events,
      progress: last,
    } = await replayLog(storeHistory(store), (p) => progress.push(p), {
      batch: 3,
    });
    expect(events).toBe(10);
    expect(progress.map((p) => [p.done, p.total])).toEqual([
      [3, 10],
      [6, 10],
      [9, 10],
      [10, 10],
    ]);
    expect(last).toMatchObject({ done: 10, total: 10, totalEstimated: false, etaSeconds: 0 });
    expect(tally.values('m:m2', '2026Q4').get('volunteer_hours')).toBe(4);
  });

  it('on a log whose positions are hundreds apart (EventStoreDB), counts events, not positions', async () => {
    // the byte offsets of records of uneven sizes
    const offsets = envelopes.map((_, i) => 120 * (i + 1) + ((i * 53) % 100));
    const sparse = envelopes.map((e, i) => ({ ...e, globalPosition: offsets[i] }));
    const byteLog = {
      headPosition: async () => offsets[offsets.length - 1],
      readAll: async ({ fromPosition = 0, maxCount = Infinity } = {}) =>
        sparse.filter((e) => e.globalPosition > fromPosition).slice(0, maxCount),
    };
    const progress: ReplayProgress[] = [];
    const { events, progress: last } = await replayLog(storeHistory(byteLog), (p) => progress.push(p), { batch: 4 });
    expect(events).toBe(10);
    expect(progress.map((p) => p.done)).toEqual([4, 8, 10]);
    const [first, second] = progress;
    for (const p of [first, second]) {
      expect(p.totalEstimated).toBe(true);
      expect(p.total).toBeGreaterThanOrEqual(8);
      expect(p.total).toBeLessThanOrEqual(12);
      expect(p.etaSeconds === null || p.etaSeconds < 5).toBe(true);
    }
    expect(progress.at(-1)).toMatchObject({ done: 10, total: 10, totalEstimated: false, etaSeconds: 0 });
    expect(last).toMatchObject({ done: 10, total: 10, totalEstimated: false, etaSeconds: 0 });
  });

  it('the input log is counted: its total is exact from the start', async () => {
    const progress: ReplayProgress[] = [];
    await replayLog(inputsHistory(inputs), (p) => progress.push(p), { batch: 4 });
    expect(progress.map((p) => [p.done, p.total, p.totalEstimated])).toEqual([
      [4, 9, false],
      [8, 9, false],
      [9, 9, false],
    ]);
  });

  it('the service alone replays its input log, in the order events happened: the same figures', async () => {
    const fromStore = (await replayLog(storeHistory(store))).tally;
    const fromInputs = (await replayLog(inputsHistory(inputs), undefined, { batch: 4 })).tally;
    const ranking = (t: typeof fromStore) => rankingOf(t, DEFAULT_SETS.pioneer, '2026Q4', subjectsOf(t, 'pioneer'));
    expect(ranking(fromInputs)).toEqual(ranking(fromStore));
    expect(ranking(fromInputs).map((r) => [r.subjectId, r.index])).toEqual([
      ['m2', 8],
      ['m1', 6],
    ]);
  });
});
