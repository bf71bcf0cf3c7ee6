/**
 * `npm run bench`: throughput of the embedded event store and read-model rebuild, each beside the
 * bare engine doing the same work in the same run (raw better-sqlite3, JSON.parse), so every
 * figure is also a ratio to its limit. Prints JSON; figures are medians of REPEAT runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteBenchmarks } from './sqlite.bench';

const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gongjian-bench-'));
  try {
    const results = await sqliteBenchmarks(dir, REPEAT);
    const output = {
      machine: { node: process.version, platform: `${process.platform}-${process.arch}`, repeat: REPEAT },
      results,
    };
    console.log(JSON.stringify(output, null, 2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
