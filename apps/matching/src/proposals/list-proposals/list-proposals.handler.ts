import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { paginate } from '@gongjian/http';
import type { Filter } from '@gongjian/read-models';
import { communityFilter } from '../../area';
import { MatchingReadModels } from '../../read-models';
import { GetRunHandler } from '../../runs/get-run/get-run.handler';
import { explain } from '../explain';
import { toProposalResource } from '../proposals.projection';
import type { ListProposalsQuery } from './list-proposals.query';

/** Proposals (匹配建议) and one proposal with its explanation: readable by every account, like the lists. */
@Injectable()
export class ListProposalsHandler {
  constructor(
    private readonly readModels: MatchingReadModels,
    private readonly directory: Directory,
    private readonly runs: GetRunHandler,
  ) {}

  /** Filtered by community or subtree, status, need, unit. */
  async list(query: ListProposalsQuery) {
    const filter: Filter = await communityFilter(this.directory, query.orgId, query.communityId);
    for (const key of ['status', 'needId', 'unitId'] as const) if (query[key]) filter[key] = query[key];
    const page = await paginate(this.readModels.proposals, filter, query);
    return { items: page.items.map(toProposalResource), nextCursor: page.nextCursor, total: page.total };
  }

  /**
   * The proposal with its explanation: the score breakdown, and for its need every other eligible
   * offer of the run with why it was not chosen; plus how many offers each eligibility rule excluded.
   */
  async get(proposalId: string) {
    const proposal = await this.readModels.proposals.require(proposalId);
    const run = proposal.runId ? await this.runs.details(proposal.runId) : null;
    // an instant proposal (no run) carries the explanation of its own small optimum
    return {
      ...toProposalResource(proposal),
      explanation: run ? explain(proposal, run) : (proposal.explanation ?? null),
    };
  }
}
