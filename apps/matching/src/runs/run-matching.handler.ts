import { Inject, Injectable } from '@nestjs/common';
import { assertAdminFor } from '@gongjian/auth';
import { type CommandContext, DomainRuleViolation, newId } from '@gongjian/eventing';
import { DOCUMENT_STORE, type DocumentStore, type Filter } from '@gongjian/read-models';
import { Runtime } from '@gongjian/runtime';
import { type NeedInput, type OfferInput, type RunResult, runMatching } from '../engine/engine';
import { loadWeights } from '../engine/scoring';
import { MatchingTree } from '../matching.tree';
import { NEEDS_COLLECTION, type NeedDocument } from '../needs/needs.projection';
import { OFFERS_COLLECTION, type OfferDocument } from '../offers/offers.projection';
import { MATCHING_PAIRINGS, type MatchingPairing } from '../pairings.projection';
import { proposalDecider, type ProposalMade, proposalStreamId } from '../proposals/proposal.decider';
import { PROPOSALS_COLLECTION, type ProposalDocument } from '../proposals/proposals.projection';
import { explain } from '../proposals/explain';
import { runDecider, type RunStarted, runStreamId, splitRunInputs } from './run.decider';
import { RunFlow } from './run-flow';
import { meanEvaluations } from '../projects/unit-evaluations.projection';
import { windowEnded } from '../window';

const SCOPE_KINDS = ['district', 'street', 'community'];
/**
 * An instant proposal keeps its explanation in its own event, for good: the next-best offers,
 * not every eligible one (a run's proposals are explained from the run's parts, in full).
 */
const INSTANT_ALTERNATIVES = 5;

/**
 * `POST /matching/runs {scopeOrgId}`: the open needs of the scope's communities against every
 * open offer, solved to the optimum; the pending proposals of earlier runs in the scope that
 * neither side has accepted yet are superseded (a half-accepted one stands, and what it proposes
 * is not offered again), the new ones recorded, and the run itself — with every eligible pair —
 * kept for audit. The request records the run's start with its inputs; the run flow (run-flow.ts)
 * records the rest, and finishes it at the next start should the process die midway.
 */
@Injectable()
export class RunMatchingHandler {
  private readonly weights = loadWeights();
  /** the most JSON one part of a run's details carries (MATCHING_RUN_PART_BYTES, default 256 kB) */
  private readonly partBytes = runPartBytes();

  constructor(
    private readonly runtime: Runtime,
    private readonly tree: MatchingTree,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    private readonly flow: RunFlow,
  ) {}

  async execute(scopeOrgId: string, ctx: CommandContext) {
    const scope = await this.tree.get(scopeOrgId);
    if (!scope || !SCOPE_KINDS.includes(scope.kind) || scope.status !== 'active') {
      throw new DomainRuleViolation('a run is scoped to an active district, street or community', 'invalid_scope', {
        field: 'scopeOrgId',
      });
    }
    await assertAdminFor(ctx.actor, scopeOrgId, this.tree);
    const communities = await this.tree.subtreeIds(scopeOrgId);
    // a proposal one side has accepted already stands (in any scope): the run leaves it, and its
    // quantity, alone
    const proposalDocs = this.documents.collection<ProposalDocument>(PROPOSALS_COLLECTION);
    const halfAccepted = await proposalDocs.find({ status: 'pending', acceptedBy: { $in: ['community', 'unit'] } });
    const needs = withheld(await this.needInputs({ communityId: { $in: communities } }), halfAccepted, 'needId');
    const offers = withheld(await this.offerInputs(), halfAccepted, 'offerId');
    const supersedes = (await proposalDocs.find({ status: 'pending', communityId: { $in: communities } }))
      .filter((p) => p.acceptedBy.length === 0)
      .map((p) => p._id);

    // the decision's inputs, recorded with the start in one append: the run flow computes the
    // run from them, now and — should the process die midway — again at the next start
    const runId = newId(ctx);
    const run: RunStarted = {
      runId,
      scopeOrgId,
      weights: this.weights,
      startedAt: Date.now(),
      partBytes: this.partBytes,
      inputParts: 0,
    };
    const inputs = splitRunInputs(runId, { needs, offers, supersedes }, this.partBytes);
    run.inputParts = inputs.length;
    const started = await this.runtime.execute(
      runStreamId(runId),
      runDecider,
      { type: 'StartRun', run, inputs },
      { ...ctx, expectedVersion: undefined },
    );
    // an Idempotency-Key's retry finds its run started (replayed): the flow reads where it got to
    const recorded = await this.flow.record(runId, started.replayed ? undefined : started.events);
    return {
      runId,
      proposals: recorded.proposals.map(({ proposalId, needId, offerId, quantity, score, breakdown }) => ({
        id: proposalId,
        needId,
        offerId,
        quantity,
        score,
        breakdown,
      })),
      stats: recorded.stats,
      unmatched: recorded.unmatched,
    };
  }

  /**
   * Instant proposals (DESIGN §5): right after a need (or an offer) is posted, the best offers for
   * it (needs for it) are proposed — the same optimum as a run, restricted to that one item, without
   * reserving anything or superseding earlier proposals.
   */
  async proposeFor(item: { needId: string } | { offerId: string }, ctx: CommandContext) {
    // only the other side's items of the same category can be eligible (DESIGN §5)
    let needs: NeedInput[];
    let offers: OfferInput[];
    if ('needId' in item) {
      needs = await this.needInputs({ _id: item.needId });
      offers = needs.length ? await this.offerInputs({ category: needs[0].category }) : [];
    } else {
      offers = await this.offerInputs({ _id: item.offerId });
      needs = offers.length ? await this.needInputs({ category: offers[0].category }) : [];
    }
    if (needs.length === 0 || offers.length === 0) return { proposals: [], unmatched: [] };
    const result = runMatching(needs, offers, this.weights);
    const proposals = await this.recordProposals(
      result,
      needs,
      offers,
      { runId: null },
      { ...ctx, expectedVersion: undefined },
    );
    return { proposals, unmatched: result.unmatched };
  }

  /**
   * Records one proposal per pair the optimum assigned a quantity to. A run's proposals carry its
   * id and scope; instant ones (no run) are scoped to the need's community.
   */
  private async recordProposals(
    result: RunResult,
    needs: NeedInput[],
    offers: OfferInput[],
    origin: { runId: string | null; scopeOrgId?: string },
    context: CommandContext,
  ): Promise<ProposalMade[]> {
    const needById = new Map(needs.map((n) => [n.id, n]));
    const offerById = new Map(offers.map((o) => [o.id, o]));
    const proposals: ProposalMade[] = [];
    for (const pair of result.pairs.filter((p) => p.quantity > 0)) {
      const need = needById.get(pair.needId)!;
      const proposal: ProposalMade = {
        proposalId: newId(context),
        runId: origin.runId,
        scopeOrgId: origin.scopeOrgId ?? need.communityId,
        needId: pair.needId,
        offerId: pair.offerId,
        communityId: need.communityId,
        unitId: offerById.get(pair.offerId)!.unitId,
        quantity: { amount: pair.quantity, unit: need.remaining.unit },
        score: pair.score,
        breakdown: pair.breakdown,
        ...(origin.runId === null
          ? { explanation: explain(pair, { ...result, weights: this.weights }, INSTANT_ALTERNATIVES) }
          : {}),
      };
      await this.runtime.execute(
        proposalStreamId(proposal.proposalId),
        proposalDecider,
        { type: 'MakeProposal', proposal },
        context,
      );
      proposals.push(proposal);
    }
    return proposals;
  }

  private async needInputs(where: Filter): Promise<NeedInput[]> {
    const now = new Date();
    const docs = await this.documents.collection<NeedDocument>(NEEDS_COLLECTION).find({
      ...where,
      status: { $in: ['open', 'partially_matched'] },
      'remaining.amount': { $gt: 0 },
    });
    const lineages = new Map<string, string[]>();
    const inputs: NeedInput[] = [];
    for (const doc of docs.filter((d) => !windowEnded(d.window.to, now))) {
      if (!lineages.has(doc.communityId)) lineages.set(doc.communityId, await this.tree.lineage(doc.communityId));
      const { _id, communityId, gridId, category, tags, remaining, window, urgency } = doc;
      inputs.push({
        id: _id,
        communityId,
        gridId,
        category,
        tags,
        remaining,
        window,
        urgency,
        lineage: lineages.get(communityId)!,
      });
    }
    return inputs;
  }

  private async offerInputs(where: Filter = {}): Promise<OfferInput[]> {
    const now = new Date();
    const docs = await this.documents
      .collection<OfferDocument>(OFFERS_COLLECTION)
      .find({ ...where, status: { $in: ['open', 'partially_reserved'] }, 'remaining.amount': { $gt: 0 } });
    const pairedByUnit = new Map<string, string[]>();
    for (const p of await this.documents.collection<MatchingPairing>(MATCHING_PAIRINGS).find({ active: true })) {
      pairedByUnit.set(p.unitId, [...(pairedByUnit.get(p.unitId) ?? []), p.orgId]);
    }
    const live = docs.filter((d) => !windowEnded(d.window.to, now));
    const evaluations = await meanEvaluations(this.documents, [...new Set(live.map((d) => d.unitId))]);
    const lineages = new Map<string, string[]>();
    const inputs: OfferInput[] = [];
    for (const doc of live) {
      if (!lineages.has(doc.unitId)) lineages.set(doc.unitId, (await this.tree.lineage(doc.unitId)).slice(0, -1));
      const unitLineage = lineages.get(doc.unitId)!;
      const pairedOrgIds = pairedByUnit.get(doc.unitId) ?? [];
      const { _id, unitId, category, tags, remaining, window, serviceArea } = doc;
      inputs.push({
        id: _id,
        unitId,
        category,
        tags,
        remaining,
        window,
        serviceArea,
        unitLineage,
        pairedOrgIds,
        meanEvaluation: evaluations.get(unitId) ?? null,
      });
    }
    return inputs;
  }
}

/**
 * The inputs less what half-accepted proposals hold: a need or offer whose whole remaining
 * quantity awaits the other side's acceptance is left out of the run.
 */
function withheld<T extends NeedInput | OfferInput>(
  inputs: T[],
  held: ProposalDocument[],
  key: 'needId' | 'offerId',
): T[] {
  const amounts = new Map<string, number>();
  for (const p of held) amounts.set(p[key], (amounts.get(p[key]) ?? 0) + p.quantity.amount);
  return inputs
    .map((input) => {
      const amount = amounts.get(input.id);
      return amount ? { ...input, remaining: { ...input.remaining, amount: input.remaining.amount - amount } } : input;
    })
    .filter((input) => input.remaining.amount > 0);
}

function runPartBytes(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.MATCHING_RUN_PART_BYTES;
  if (value === undefined || value === '') return 256 * 1024;
  const bytes = Number(value);
  if (!Number.isInteger(bytes) || bytes < 1024 || bytes > 16 * 1024 * 1024)
    throw new Error(`MATCHING_RUN_PART_BYTES must be an integer from 1024 to 16777216; got "${value}"`);
  return bytes;
}
