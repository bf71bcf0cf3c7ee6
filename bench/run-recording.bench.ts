import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { startPlatform } from '../apps/platform/src/platform';
import { type NeedInput, type OfferInput, runMatching } from '../apps/matching/src/engine/engine';
import { DEFAULT_WEIGHTS } from '../apps/matching/src/engine/scoring';
import { RunFlow } from '../apps/matching/src/runs/run-flow';
import { type RunStarted, runStreamId, splitRunInputs } from '../apps/matching/src/runs/run.decider';
import { generateDistrict } from './district';
import { median } from './measure';

/**
 * Issue 21 item 4: the time the run flow takes to record a run, by how many parts it has. Each
 * series records runs on the embedded platform (SQLite event store, in-memory read models, the
 * audit index and every projection) whole — its proposals, its details' parts, its completion:
 * - `byPartSize`: one district (BENCH_RUN_NEEDS × BENCH_RUN_OFFERS), the part size chosen so that
 *   the same details come out in about each of BENCH_RUN_PARTS parts (a part holds whole needs,
 *   so no more parts than about one per need);
 * - `byDistrict`: districts of BENCH_RUN_SCALES needs (a quarter as many offers, a community per
 *   67 needs: the 20,000 × 5,000 district of 300 communities, scaled) at 16 kB parts.
 * Linear recording: the time per part stays flat as the parts grow (re-reading the run stream per
 * part, as the request did, grew it with the number of parts). Medians of BENCH_REPEAT runs.
 */
const SHAPE = {
  needs: Number(process.env.BENCH_RUN_NEEDS ?? 2_000),
  offers: Number(process.env.BENCH_RUN_OFFERS ?? 500),
  communities: Number(process.env.BENCH_RUN_COMMUNITIES ?? 30),
};
const PARTS = (process.env.BENCH_RUN_PARTS ?? '500,1000,2000').split(',').map(Number);
const SCALES = (process.env.BENCH_RUN_SCALES ?? '2500,5000,10000').split(',').map(Number);

export async function runRecordingBenchmarks(repeat: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'gongjian-bench-runs-'));
  const platform = await startPlatform(
    { dataDir, port: 0, adminUser: 'root', adminPassword: 'root-password-1', host: '127.0.0.1' },
    false,
  );
  try {
    const flow = platform.app.get(RunFlow);
    let partsStartedAt = 0;
    flow.onStep = (step) => {
      if (step.kind === 'part' && step.index === 0) partsStartedAt = performance.now();
    };
    /** records `repeat` runs of the district at `partBytes`; medians */
    const measure = async (needs: NeedInput[], offers: OfferInput[], partBytes: number) => {
      const totals: number[] = [];
      const partsOnly: number[] = [];
      let parts = 0;
      let proposals = 0;
      for (let i = 0; i < repeat; i++) {
        const runId = uuidv7();
        const run: RunStarted = {
          runId,
          scopeOrgId: 'd',
          weights: DEFAULT_WEIGHTS,
          startedAt: Date.now(),
          partBytes,
          inputParts: 0,
        };
        const inputs = splitRunInputs(runId, { needs, offers, supersedes: [] }, 256 * 1024);
        run.inputParts = inputs.length;
        const ctx = { actor: { accountId: 'bench', role: 'admin', orgId: null }, correlationId: uuidv7() };
        const started = await flow.start(run, inputs, ctx);
        const t0 = performance.now();
        const recorded = await flow.record(runId, started.events);
        const t1 = performance.now();
        totals.push(Math.round(t1 - t0));
        partsOnly.push(Math.round(t1 - partsStartedAt));
        parts = (await platform.inspect.store.readStream(runStreamId(runId))).filter(
          (e) => e.type === 'matching.RunPartRecorded',
        ).length;
        proposals = recorded.proposals.length;
      }
      const partsMillis = median(partsOnly);
      return {
        needs: needs.length,
        offers: offers.length,
        parts,
        partBytes,
        proposals,
        /** median ms of the whole recording (solve, proposals, parts, completion) */
        millis: median(totals),
        /** median ms from the first part to the completion */
        partsMillis,
        /** partsMillis per part, in µs: flat when the recording is linear */
        microsPerPart: Math.round((partsMillis * 1000) / parts),
        runs: totals,
        partsRuns: partsOnly,
      };
    };
    /** (partsMillis ratio) / (parts ratio), largest to smallest: 1 is linear, the ratio of parts quadratic */
    const growth = (sizes: Array<{ parts: number; partsMillis: number }>) =>
      Number(
        (
          sizes[sizes.length - 1].partsMillis /
          sizes[0].partsMillis /
          (sizes[sizes.length - 1].parts / sizes[0].parts)
        ).toFixed(2),
      );

    const { needs, offers } = generateDistrict(SHAPE, 20261125);
    const detailsBytes = JSON.stringify(runMatching(needs, offers, DEFAULT_WEIGHTS)).length;
    const byPartSize = [];
    for (const target of PARTS) byPartSize.push(await measure(needs, offers, Math.floor(detailsBytes / target)));
    const byDistrict = [];
    for (const scale of SCALES) {
      const district = generateDistrict(
        { needs: scale, offers: Math.round(scale / 4), communities: Math.max(3, Math.round(scale / 67)) },
        20261125,
      );
      byDistrict.push(await measure(district.needs, district.offers, 16 * 1024));
    }
    return {
      name: 'matching run recording (run flow, embedded platform)',
      byPartSize: { instance: { ...SHAPE, detailsBytes }, sizes: byPartSize, growth: growth(byPartSize) },
      byDistrict: { sizes: byDistrict, growth: growth(byDistrict) },
    };
  } finally {
    await platform.app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runRecordingBenchmarks(Number(process.env.BENCH_REPEAT ?? 3)).then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
