import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { median } from './measure';

/**
 * Issue 17: spreadsheets in and out, on the embedded platform. Each figure is the median of
 * `repeat` runs, each run a process of its own (bench/imports.worker.ts) so that its peak RSS is
 * its own:
 * - the import of 10,000 members and of 20,000 needs through `POST /imports/<kind>` (rows/s, peak
 *   RSS), beside a bare loop of the same appends in the same run — the RegisterMember and PostNeed
 *   commands sent directly to their aggregates, without a sheet, checks or instant proposals;
 * - a 100,000-row export of needs (`GET /exports/needs.xlsx`): the RSS before it and at its peak,
 *   beside the same sheet written by exceljs's document writer from every row read at once.
 * BENCH_IMPORTS=off skips it.
 */
export async function importBenchmarks(repeat: number) {
  const run = (scenario: string, mode: string) =>
    JSON.parse(
      execFileSync(process.execPath, ['--expose-gc', join(__dirname, 'imports.worker.js'), scenario, mode], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 16 * 2 ** 20,
      }),
    ) as { rows: number; millis: number; rowsPerSecond: number; peakRssMb: number; rssBeforeMb: number; result: any };
  const series = (scenario: string, mode: string) => Array.from({ length: repeat }, () => run(scenario, mode));
  const summary = (runs: ReturnType<typeof run>[]) => ({
    rows: runs[0].rows,
    rowsPerSecond: median(runs.map((r) => r.rowsPerSecond)),
    millis: median(runs.map((r) => r.millis)),
    peakRssMb: median(runs.map((r) => r.peakRssMb)),
    rssBeforeMb: median(runs.map((r) => r.rssBeforeMb)),
    runs: runs.map((r) => r.rowsPerSecond),
  });
  const imports: Record<string, unknown> = {};
  for (const kind of ['members', 'needs']) {
    const imported = summary(series(kind, 'import'));
    const bare = summary(series(kind, 'bare'));
    imports[kind] = {
      import: imported,
      bareAppends: {
        ...bare,
        what: `the same ${kind === 'members' ? 'RegisterMember' : 'PostNeed'} commands sent in a loop`,
      },
      ratio: Number((imported.rowsPerSecond / bare.rowsPerSecond).toFixed(3)),
    };
  }
  const exported = (runs: ReturnType<typeof run>[]) => ({
    rows: runs[0].rows,
    bytes: runs[0].result.bytes,
    millis: median(runs.map((r) => r.millis)),
    rowsPerSecond: median(runs.map((r) => r.rowsPerSecond)),
    rssBeforeMb: median(runs.map((r) => r.rssBeforeMb)),
    peakRssMb: median(runs.map((r) => r.peakRssMb)),
    growthMb: median(runs.map((r) => r.peakRssMb - r.rssBeforeMb)),
  });
  const streamed = exported(series('export', 'stream'));
  const buffered = exported(series('export', 'buffered'));
  return {
    imports,
    export100k: {
      streamed,
      buffered: { ...buffered, what: "the same rows read at once and written by exceljs's document writer" },
      growthRatio: Number((streamed.growthMb / buffered.growthMb).toFixed(3)),
    },
  };
}
