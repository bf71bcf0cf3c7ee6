import { assessmentBenchmarks } from '../bench/assessment.bench';

/**
 * The assessment bench of `npm run bench` (issue 20), at a small count: the log is written (the
 * district's branches, units, members and needs first), read beside the what-if that folds it, and
 * both see every event; the what-if ranks the district's members by the two sets.
 */
describe('the assessment bench', () => {
  it('replays a what-if over the log beside reading the same log', async () => {
    const result = await assessmentBenchmarks(40_000, 1);
    expect(result.log.events).toBe(40_000);
    expect(result.log.tallied).toBeGreaterThan(30_000);
    // no append near the event stores' 1 MiB: 256 KiB at most (DECISIONS 85)
    expect(result.log.largestAppendBytes).toBeGreaterThan(64 * 1024);
    expect(result.log.largestAppendBytes).toBeLessThanOrEqual(256 * 1024);
    expect(result.whatIf.eventsPerSecond).toBeGreaterThan(0);
    expect(result.read.eventsPerSecond).toBeGreaterThan(0);
    expect(result.whatIf.progressReports).toBe(20);
    expect(result.comparison.subjects).toBe(20_000);
    expect(result.comparison.moved).toBeGreaterThan(0);
  }, 120_000);
});
