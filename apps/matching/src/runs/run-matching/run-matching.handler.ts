import { Inject, Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import { type CommandContext, DomainRuleViolation, newId } from '@gongjian/eventing';
import { ItemViews } from '../../item-views';
import { matchingConfig, type MatchingSettings } from '../../matching.config';
import { MatchingReadModels } from '../../read-models';
import { MatchingInputs, withheld } from '../matching-inputs';
import { type RunStarted, splitRunInputs } from '../run.decider';
import { RunFlow } from '../run-flow';
import type { StartRunDto } from './run-matching.dto';

const SCOPE_KINDS = ['district', 'street', 'community'];

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
  private readonly weights;
  /** the most JSON one part of a run's details carries (MATCHING_RUN_PART_BYTES, default 256 kB) */
  private readonly partBytes;

  constructor(
    private readonly readModels: MatchingReadModels,
    private readonly directory: Directory,
    private readonly inputs: MatchingInputs,
    private readonly flow: RunFlow,
    private readonly views: ItemViews,
    @Inject(matchingConfig.KEY) settings: MatchingSettings,
  ) {
    this.weights = settings.weights;
    this.partBytes = settings.runPartBytes;
  }

  async execute({ scopeOrgId }: StartRunDto, context: CommandContext) {
    const scope = await this.directory.get(scopeOrgId);
    if (!scope || !SCOPE_KINDS.includes(scope.kind) || scope.status !== 'active') {
      throw new DomainRuleViolation('a run is scoped to an active district, street or community', 'invalid_scope', {
        field: 'scopeOrgId',
      });
    }
    await assertAdminFor(context.actor, scopeOrgId, this.directory);
    const communities = await this.directory.subtreeIds(scopeOrgId);
    // a proposal one side has accepted already stands (in any scope): the run leaves it, and its
    // quantity, alone
    const proposals = this.readModels.proposals;
    const halfAccepted = await proposals.find({ status: 'pending', acceptedBy: { $in: ['community', 'unit'] } });
    const needs = withheld(await this.inputs.needs({ communityId: { $in: communities } }), halfAccepted, 'needId');
    const offers = withheld(await this.inputs.offers(), halfAccepted, 'offerId');
    const supersedes = (await proposals.find({ status: 'pending', communityId: { $in: communities } }))
      .filter((p) => p.acceptedBy.length === 0)
      .map((p) => p._id);

    // the decision's inputs, recorded with the start (in appends of at most partBytes each): the
    // run flow computes the run from them, now and — should the process die midway — again at
    // the next start
    const runId = newId(context);
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
    const started = await this.flow.start(run, inputs, { ...context, expectedVersion: undefined });
    // an Idempotency-Key's retry finds its run started (replayed): the flow reads where it got to
    const recorded = await this.flow.record(runId, started.events);
    const views = this.views.for(context.actor);
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
      // each need no offer could serve with its title, quantity, window and community (issue 17)
      unmatched: await Promise.all(
        recorded.unmatched.map(async (u) => ({ ...u, need: await views.needSummary(u.needId) })),
      ),
    };
  }
}
