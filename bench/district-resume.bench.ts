import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { EventEnvelope } from '@gongjian/eventing';
import type { RunningApp } from '@gongjian/runtime';
import { startPlatform } from '../apps/platform/src/platform';
import { DEFAULT_WEIGHTS } from '../apps/matching/src/engine/scoring';
import { RunFlow } from '../apps/matching/src/runs/run-flow';
import { type RunStarted, runStreamId, splitRunInputs } from '../apps/matching/src/runs/run.decider';
import { generateDistrict } from './district';

/**
 * Issue 21 item 4 at district size: a run of BENCH_RESUME_NEEDS × BENCH_RESUME_OFFERS (the
 * 20,000 × 5,000 district of 300 communities) whose platform is closed midway through recording
 * its parts, at part BENCH_RESUME_STOP_AT, is recorded to its end by the next start on the same
 * data directory (RunFlow resumes unfinished runs). Reports the time to the stop, the time the
 * resumption took, and checks the log: one completion, each part and each proposal once.
 * `npm run bench` runs it when BENCH_DISTRICT_RESUME=on (it takes minutes); alone:
 * `node dist/bench/district-resume.bench.js`.
 */
const NEEDS = Number(process.env.BENCH_RESUME_NEEDS ?? 20_000);
const OFFERS = Number(process.env.BENCH_RESUME_OFFERS ?? 5_000);
const COMMUNITIES = Number(process.env.BENCH_RESUME_COMMUNITIES ?? 300);
const STOP_AT = Number(process.env.BENCH_RESUME_STOP_AT ?? 300);
const PART_BYTES = 16 * 1024;

const start = (dataDir: string) =>
  startPlatform({ dataDir, port: 0, adminUser: 'root', adminPassword: 'root-password-1', host: '127.0.0.1' }, false);

export async function districtResumeBenchmark() {
  const dataDir = mkdtempSync(join(tmpdir(), 'gongjian-bench-resume-'));
  let platform: RunningApp | null = await start(dataDir);
  try {
    const { needs, offers } = generateDistrict({ needs: NEEDS, offers: OFFERS, communities: COMMUNITIES }, 20261206);
    const runId = uuidv7();
    const run: RunStarted = {
      runId,
      scopeOrgId: 'district',
      weights: DEFAULT_WEIGHTS,
      startedAt: Date.now(),
      partBytes: PART_BYTES,
      inputParts: 0,
    };
    const inputs = splitRunInputs(runId, { needs, offers, supersedes: [] }, 256 * 1024);
    run.inputParts = inputs.length;
    const ctx = { actor: { accountId: 'bench', role: 'district_admin', orgId: null }, correlationId: uuidv7() };

    // first process: record until part STOP_AT, then close the platform there (as a stop would)
    const flow = platform.app.get(RunFlow);
    let midway!: () => void;
    const reached = new Promise<void>((resolve) => (midway = resolve));
    flow.onStep = async (step) => {
      if (step.kind === 'part' && step.index === STOP_AT) {
        midway();
        await flow.stopped;
      }
    };
    const t0 = performance.now();
    const started = await flow.start(run, inputs, ctx);
    const recording = flow.record(runId, started.events).then(
      () => 'finished before the stop',
      (error: unknown) => (error instanceof Error ? error.constructor.name : String(error)),
    );
    await Promise.race([reached, recording]);
    const stoppedAfter = Math.round(performance.now() - t0);
    await platform.app.close();
    const interrupted = await recording;
    platform = null;

    // second process: the start resumes the run and records it to its end
    const t1 = performance.now();
    platform = await start(dataDir);
    const resumed = await platform.app.get(RunFlow).resumed();
    const resumeMillis = Math.round(performance.now() - t1);

    const events: EventEnvelope[] = await platform.inspect.store.readStream(runStreamId(runId));
    const parts = events.filter((e) => e.type === 'matching.RunPartRecorded');
    const partIndexes = parts.map((e) => (e.data as { part: number }).part);
    const all = await platform.inspect.store.readAll();
    const proposals = all.filter(
      (e) => e.type === 'matching.ProposalMade' && (e.data as { runId?: string }).runId === runId,
    );
    const proposalIds = proposals.map((e) => (e.data as { proposalId: string }).proposalId);
    const check = {
      completions: events.filter((e) => e.type === 'matching.RunCompleted').length,
      parts: parts.length,
      partsRepeated: partIndexes.length - new Set(partIndexes).size,
      partsMissing: parts.length > 0 ? Math.max(...partIndexes) + 1 - new Set(partIndexes).size : 0,
      proposals: proposals.length,
      proposalsRepeated: proposalIds.length - new Set(proposalIds).size,
    };
    return {
      name: 'district run stopped midway and resumed at the next start (embedded platform)',
      instance: { needs: NEEDS, offers: OFFERS, communities: COMMUNITIES, partBytes: PART_BYTES, stopAtPart: STOP_AT },
      firstProcess: { interrupted, millisToStop: stoppedAfter },
      secondProcess: { resumed: resumed.includes(runId), millisToRecorded: resumeMillis },
      check,
      ok:
        resumed.includes(runId) &&
        check.completions === 1 &&
        check.partsRepeated === 0 &&
        check.partsMissing === 0 &&
        check.proposalsRepeated === 0,
    };
  } finally {
    await platform?.app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  districtResumeBenchmark().then(
    (result) => {
      console.log(JSON.stringify(result, null, 2));
      if (!result.ok) process.exitCode = 1;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
