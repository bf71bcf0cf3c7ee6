import { ProgressMeter } from './replay-progress';

describe('progress of a read through a history, in events whatever the unit of its positions', () => {
  beforeEach(() => jest.useFakeTimers({ now: 0, doNotFake: ['setImmediate', 'nextTick'] }));
  afterEach(() => jest.useRealTimers());
  const after = (millis: number) => jest.advanceTimersByTime(millis);

  it('on a log of byte offsets: the total estimated from the share of positions covered, the ETA from their rate', () => {
    // 1,000 events of about 250 bytes: the head at 250,000
    const meter = new ProgressMeter({ end: 250_000, unit: 'positions' });
    after(2_000);
    // 200 events read, up to position 50,000 (a fifth of the log) in 2 s
    expect(meter.at(200, 50_000)).toEqual({
      done: 200,
      total: 1000,
      totalEstimated: true,
      eventsPerSecond: 100,
      etaSeconds: 8,
    });
    after(6_000);
    expect(meter.at(800, 200_000)).toMatchObject({ done: 800, total: 1000, etaSeconds: 2 });
    after(2_000);
    expect(meter.at(1000, 250_000)).toEqual({
      done: 1000,
      total: 1000,
      totalEstimated: false,
      eventsPerSecond: 100,
      etaSeconds: 0,
    });
  });

  it('follows a head that moves while it reads', () => {
    const meter = new ProgressMeter({ end: 1000, unit: 'positions' });
    after(1_000);
    meter.extendTo(2000);
    expect(meter.at(10, 1000)).toMatchObject({ total: 20, totalEstimated: true, etaSeconds: 1 });
  });

  it('on a counted history: the total exact from the start', () => {
    const meter = new ProgressMeter({ end: 90, unit: 'events' });
    after(1_000);
    expect(meter.at(30, 30)).toEqual({
      done: 30,
      total: 90,
      totalEstimated: false,
      eventsPerSecond: 30,
      etaSeconds: 2,
    });
    expect(meter.finished(90)).toMatchObject({ done: 90, total: 90, etaSeconds: 0 });
  });

  it('before anything is read', () => {
    expect(ProgressMeter.initial({ end: 250_000, unit: 'positions' })).toEqual({
      done: 0,
      total: 0,
      totalEstimated: true,
      eventsPerSecond: 0,
      etaSeconds: null,
    });
    expect(ProgressMeter.initial({ end: 90, unit: 'events' })).toMatchObject({ total: 90, totalEstimated: false });
    expect(ProgressMeter.initial({ end: 0, unit: 'positions' })).toMatchObject({ total: 0, etaSeconds: 0 });
    const empty = new ProgressMeter({ end: 0, unit: 'positions' });
    expect(empty.finished(0)).toMatchObject({ done: 0, total: 0, totalEstimated: false });
  });
});
