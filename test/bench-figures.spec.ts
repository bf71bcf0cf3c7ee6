import { type BenchOutput, type FigureRow, figuresTable, issue23Figures } from '../bench/figures';

const side = (rate: number, millis: number, extra: object = {}) => ({
  rate,
  unit: 'events/s',
  millis,
  runs: [],
  ...extra,
});
const compared = (name: string, gongjian: object, baseline: object, ratio: number, what = 'bare') => ({
  name,
  gongjian,
  baseline: { ...baseline, what },
  ratio,
});

/** A bench output shaped as `npm run bench` prints it (figures of a real run, 2026-12-07). */
const output = (): BenchOutput =>
  ({
    results: [
      compared('append, 1 event per append (synchronous=FULL)', side(3389, 295), side(4454, 224), 0.761),
      compared('append, 100 events per append', side(47660, 2098), side(77216, 1295), 0.617),
      compared(
        'group commit: 64 concurrent writers of 1 event per append (synchronous=FULL)',
        side(26959, 119, { p50Ms: 1.96, p99Ms: 6.92 }),
        side(3824, 837, { p50Ms: 0.22, p99Ms: 0.5 }),
        7.05,
      ),
      // (the group commit's ceiling, added below)
      compared('read all (2000 per page)', side(125279, 798), side(106375, 940), 1.178),
      compared('rebuild needs read model from 100000 events', side(90151, 1109), side(222662, 449), 0.405),
    ],
    matching: {
      ok: true,
      instance: { eligiblePairs: 1311767 },
      gongjian: { millis: 946, parts: {} },
      before: { millis: 1931, sameResult: true },
    },
    kafka: {
      relay: { throughput: { rate: 13863 }, latencyMillis: { p99: 7.56 } },
      baseline: { throughput: { rate: 23715 }, latencyMillis: { p99: 6.84 } },
      relayRatio: { throughput: 0.585, latencyP99: 1.105 },
    },
    audit: [
      compared(
        'replay of the needs read model over 1000000 events (chains verified, shadow compared with live)',
        side(130426, 7667),
        side(247916, 4034),
        0.526,
        'read all of the same log through the same store (2000 per page)',
      ),
      compared(
        'replay of the needs read model over 1000000 events (chains verified, shadow compared with live)',
        side(130426, 7667),
        side(159179, 6282),
        0.819,
        'better-sqlite3 SELECT of the same rows (2000 per page) + JSON.parse of actor and data',
      ),
      compared(
        "replay of the needs read model over 1000000 events (chains verified, shadow compared with live), chains checked on the replay's thread",
        side(76051, 13149),
        side(159179, 6282),
        0.478,
        'better-sqlite3 SELECT of the same rows (2000 per page) + JSON.parse of actor and data',
      ),
    ],
    start: {
      name: 'npm start to HTTP listening, 200000 events in the log (20000 needs, each edited 9 times)',
      fromSnapshot: { listeningMillis: 2216, rssAfterStartMb: 204 },
      fromZero: { listeningMillis: 12751 },
      growth: { smallerLogEvents: 40000, listeningMillis: 1826, listeningRatio: 1.214 },
    },
  }) as BenchOutput;

const withCeiling = (o: BenchOutput): BenchOutput => {
  const group = (o.results as Array<{ name: string; ceiling?: unknown }>).find((r) => r.name.startsWith('group'))!;
  group.ceiling = compared(
    'bare better-sqlite3, 64 rows per transaction',
    side(64907, 49),
    side(5795, 552),
    11.2,
    'bare better-sqlite3, one row per transaction',
  );
  return o;
};

const byFigure = (rows: ReturnType<typeof issue23Figures>) =>
  Object.fromEntries(rows.map((r) => [r.figure.split(',')[0].split(' (')[0], r])) as Record<string, FigureRow>;

describe("issue 23's figures out of a bench output", () => {
  it('puts each figure beside its baseline with its ratio, and judges it by the goal', () => {
    const rows = byFigure(issue23Figures(withCeiling(output())));
    expect(rows['audit replay of the needs read model']).toMatchObject({
      figure: 'audit replay of the needs read model, 1,000,000 events',
      gongjian: '7,667 ms (130,426 events/s)',
      ratio: 0.819, // beside SELECT + JSON.parse, not beside the store's own read-all
      met: true,
    });
    expect(rows['rebuild of the needs read model']).toMatchObject({ ratio: 0.405, met: false });
    expect(rows['appends of 100 events']).toMatchObject({ ratio: 0.617, met: true });
    expect(rows['appends of 1 event']).toMatchObject({ ratio: 0.761, met: false });
    expect(rows['group commit']).toMatchObject({
      gongjian: '26,959 events/s, p50 1.96 ms, p99 6.92 ms',
      ratio: 7.05,
      met: false,
      note: "the disk's ceiling: 11.2× (bare better-sqlite3, 64 rows per transaction: 64,907 events/s, against 5,795 with one row per transaction)",
    });
    expect(rows['read-all'].note).toBeUndefined();
    expect(rows['read-all']).toMatchObject({ ratio: 1.178, met: true });
    expect(rows['matching run of the bench district']).toMatchObject({
      gongjian: '946 ms, the same result as before',
      ratio: 0.49,
      met: true,
    });
    expect(rows['Kafka relay → projection throughput']).toMatchObject({ ratio: 0.585, met: false });
    expect(rows['`npm start` to listening']).toMatchObject({ gongjian: '2,216 ms', met: true });
    expect(rows['the same start over a log a fifth as long']).toMatchObject({ ratio: 1.214, met: true });
    expect(rows['memory of the embedded platform after that start']).toMatchObject({ met: true });
  });

  it('fails a goal by its time as well as by its ratio', () => {
    const slow = output();
    slow.matching!.gongjian!.millis = 1372;
    const other = output();
    other.matching!.before!.sameResult = false; // fast, but another optimum
    const long = output();
    (long.audit as Array<{ gongjian: { millis: number } }>)[1].gongjian.millis = 10_500;
    const tail = output();
    (tail.results as Array<{ gongjian: { p99Ms?: number }; ratio: number }>)[2].ratio = 11;
    const flat = output();
    flat.start!.growth!.listeningRatio = 1.4;
    expect(byFigure(issue23Figures(slow))['matching run of the bench district'].met).toBe(false);
    expect(byFigure(issue23Figures(other))['matching run of the bench district']).toMatchObject({
      gongjian: '946 ms, ANOTHER result than before',
      met: false,
    });
    expect(byFigure(issue23Figures(long))['audit replay of the needs read model'].met).toBe(false);
    expect(byFigure(issue23Figures(tail))['group commit'].met).toBe(false); // 11× but p99 6.92 ms
    expect(byFigure(issue23Figures(flat))['the same start over a log a fifth as long'].met).toBe(false);
  });

  it('says which figures a run skipped, and why', () => {
    const rows = issue23Figures({
      results: { skipped: 'BENCH_SQLITE=off' },
      matching: { skipped: 'BENCH_MATCHING=off' },
      kafka: { skipped: 'BENCH_KAFKA=off' },
      audit: { skipped: 'BENCH_AUDIT=off' },
      start: { skipped: 'BENCH_START=off' },
    });
    expect(rows.every((r) => 'skipped' in r)).toBe(true);
    expect(rows.map((r) => ('skipped' in r ? r.skipped : ''))).toEqual([
      'BENCH_AUDIT=off',
      ...Array(5).fill('BENCH_SQLITE=off'),
      'BENCH_MATCHING=off',
      'BENCH_KAFKA=off',
      'BENCH_START=off',
    ]);
  });

  it('writes the table the README shows', () => {
    const table = figuresTable(issue23Figures(output())).split('\n');
    expect(table[0]).toBe('| figure | gongjian | baseline | ratio | goal |');
    expect(table).toContain('| read-all | 125,279 events/s | 106,375 events/s (bare) | 1.178× | ≥ 0.9× ✓ |');
    expect(table.find((l) => l.startsWith('| rebuild'))).toMatch(/\| ≥ 0\.5× \|$/); // not met: no tick
  });
});
