import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { MatchingReadModels } from '../../read-models';
import { ListProposalsHandler } from '../list-proposals/list-proposals.handler';
import { proposalAggregate } from '../proposal.decider';
import { sideOf } from '../proposal.policy';
import type { RejectDto } from './reject-proposal.dto';

@Injectable()
export class RejectProposalHandler {
  private readonly proposals;

  constructor(
    commands: Commands,
    private readonly readModels: MatchingReadModels,
    private readonly directory: Directory,
    private readonly query: ListProposalsHandler,
  ) {
    this.proposals = commands.for(proposalAggregate);
  }

  /** Either side declines a pending proposal: the community admin for the need, the unit contact for the offer. */
  async execute(proposalId: string, dto: RejectDto, context: CommandContext) {
    const proposal = await this.readModels.proposals.require(proposalId);
    const side = await sideOf(this.directory, context.actor, proposal, dto.side);
    await this.proposals.execute(proposalId, { type: 'RejectProposal', side, reason: dto.reason ?? '' }, context);
    return this.query.get(proposalId, context.actor);
  }
}
