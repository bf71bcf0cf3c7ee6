import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import { paginate } from '@gongjian/http';
import type { Filter } from '@gongjian/read-models';
import { communityFilter } from '../../area';
import { ItemViews } from '../../item-views';
import { MatchingReadModels } from '../../read-models';
import { GetRunHandler } from '../../runs/get-run/get-run.handler';
import { explain } from '../explain';
import type { ListProposalsQuery } from './list-proposals.query';

/**
 * Proposals (匹配建议) and one proposal with its explanation: readable by every account, like the
 * lists; each with the need and offer it pairs (title, quantity, window, community, unit, by
 * name) and what the caller may do with it (`actions`: accept or reject for the sides it may act for).
 */
@Injectable()
export class ListProposalsHandler {
  constructor(
    private readonly readModels: MatchingReadModels,
    private readonly directory: Directory,
    private readonly runs: GetRunHandler,
    private readonly views: ItemViews,
  ) {}

  /** Filtered by community or subtree, status, need, unit. */
  async list(query: ListProposalsQuery, actor: Actor) {
    const filter: Filter = await communityFilter(this.directory, query.orgId, query.communityId);
    for (const key of ['status', 'needId', 'unitId'] as const) if (query[key]) filter[key] = query[key];
    const page = await paginate(this.readModels.proposals, filter, query);
    const views = this.views.for(actor);
    const items = await Promise.all(page.items.map((proposal) => views.proposal(proposal)));
    return { items, nextCursor: page.nextCursor, total: page.total };
  }

  /**
   * The proposal with its explanation: the score breakdown, and for its need every other eligible
   * offer of the run with why it was not chosen (each offer with its title, unit, capacity and
   * window); plus how many offers each eligibility rule excluded.
   */
  async get(proposalId: string, actor: Actor) {
    const proposal = await this.readModels.proposals.require(proposalId);
    const run = proposal.runId ? await this.runs.details(proposal.runId) : null;
    // an instant proposal (no run) carries the explanation of its own small optimum
    const explanation = run ? explain(proposal, run) : (proposal.explanation ?? null);
    const views = this.views.for(actor);
    const view = await views.proposal(proposal);
    // a proposal without a run and without an explanation of its own has none to give
    if (!explanation) return view;
    const alternatives = await Promise.all(
      explanation.alternatives.map(async (a) => ({ ...a, offer: await views.offerSummary(a.offerId) })),
    );
    return { ...view, explanation: { ...explanation, alternatives } };
  }
}
