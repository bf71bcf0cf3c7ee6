import { generateDistrict } from '../../../../bench/district';
import { runMatching } from '../engine/engine';
import { DEFAULT_WEIGHTS } from '../engine/scoring';
import { proposalsOf } from './run-flow';
import { joinRunInputs, type RunStarted, splitRunInputs } from './run.decider';

const run: RunStarted = {
  runId: '0190cccc-0000-7000-8000-000000000001',
  scopeOrgId: 'd',
  weights: DEFAULT_WEIGHTS,
  startedAt: 1_780_000_000_000,
  partBytes: 4096,
  inputParts: 0,
};

describe('the run flow computes the same run from its recorded inputs', () => {
  const { needs, offers } = generateDistrict({ needs: 120, offers: 40, communities: 6 }, 7);
  const inputs = { needs, offers, supersedes: ['p1'] };

  it('derives one proposal per assigned pair, with ids from the run id and its rank', () => {
    const result = runMatching(needs, offers, DEFAULT_WEIGHTS);
    const proposals = proposalsOf(run, result, inputs);
    const assigned = result.pairs.toArray().filter((p) => p.quantity > 0);
    expect(proposals.map((p) => [p.needId, p.offerId, p.quantity.amount])).toEqual(
      assigned.map((p) => [p.needId, p.offerId, p.quantity]),
    );
    expect(new Set(proposals.map((p) => p.proposalId)).size).toBe(proposals.length);
    expect(proposals.every((p) => p.runId === run.runId && p.scopeOrgId === 'd')).toBe(true);
    // another run: other ids
    const other = proposalsOf({ ...run, runId: '0190cccc-0000-7000-8000-000000000002' }, result, inputs);
    expect(other.some((p, i) => p.proposalId === proposals[i].proposalId)).toBe(false);
  });

  it('gives the same proposals, ids and all, after the inputs went through the log (JSON, in parts)', () => {
    const first = proposalsOf(run, runMatching(needs, offers, DEFAULT_WEIGHTS), inputs);
    const parts = JSON.parse(JSON.stringify(splitRunInputs(run.runId, inputs, run.partBytes)));
    expect(parts.length).toBeGreaterThan(1);
    const back = joinRunInputs(parts);
    const again = proposalsOf(run, runMatching(back.needs, back.offers, DEFAULT_WEIGHTS), back);
    expect(again).toEqual(first);
  });
});
