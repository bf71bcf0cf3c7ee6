import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { type CommandContext, NotFound } from '@gongjian/eventing';
import { Command, ID_MAX_LENGTH, PageQuery, paginate } from '@gongjian/http';
import { DOCUMENT_STORE, type DocumentStore, type Filter } from '@gongjian/read-models';
import { Runtime } from '@gongjian/runtime';
import { MatchingTree } from '../matching.tree';
import { AcceptProposalHandler, sideOf } from './accept-proposal.handler';
import { loadRun } from '../runs/runs.projection';
import { explain } from './explain';
import { proposalDecider, type ProposalStatus, proposalStreamId } from './proposal.decider';
import { PROPOSALS_COLLECTION, type ProposalDocument, toProposalResource } from './proposals.projection';

export class ListProposalsQuery extends PageQuery {
  @IsOptional()
  @IsIn(['pending', 'accepted', 'rejected', 'superseded', 'closed'])
  status?: ProposalStatus;

  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  needId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  communityId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  unitId?: string;

  /** A street or district: proposals for the needs of every community in its subtree. */
  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  orgId?: string;
}

export class AcceptDto {
  /** left out: the only side the caller may act for */
  @IsOptional()
  @IsIn(['community', 'unit'])
  side?: 'community' | 'unit';
}

export class RejectDto {
  /** left out: the only side the caller may act for */
  @IsOptional()
  @IsIn(['community', 'unit'])
  side?: 'community' | 'unit';

  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

@Controller('proposals')
export class ProposalsController {
  constructor(
    private readonly runtime: Runtime,
    private readonly tree: MatchingTree,
    private readonly acceptHandler: AcceptProposalHandler,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  private get proposals() {
    return this.documents.collection<ProposalDocument>(PROPOSALS_COLLECTION);
  }

  @Get()
  async list(@Query() query: ListProposalsQuery) {
    const filter: Filter = await this.tree.communityFilter(query.orgId, query.communityId);
    for (const key of ['status', 'needId', 'unitId'] as const) if (query[key]) filter[key] = query[key];
    const page = await paginate(this.proposals, filter, query);
    return { items: page.items.map(toProposalResource), nextCursor: page.nextCursor };
  }

  /**
   * The proposal with its explanation: the score breakdown, and for its need every other eligible
   * offer of the run with why it was not chosen; plus how many offers each eligibility rule excluded.
   */
  @Get(':id')
  async get(@Param('id') id: string) {
    const proposal = await this.proposal(id);
    const run = proposal.runId ? await loadRun(this.documents, proposal.runId) : null;
    // an instant proposal (no run) carries the explanation of its own small optimum
    return {
      ...toProposalResource(proposal),
      explanation: run ? explain(proposal, run) : (proposal.explanation ?? null),
    };
  }

  /** Accepts one side; when both sides have accepted, the proposal becomes a project. */
  @Post(':id/accept')
  @HttpCode(200)
  async accept(@Param('id') id: string, @Body() dto: AcceptDto, @Command() ctx: CommandContext) {
    await this.acceptHandler.execute(id, dto.side, ctx);
    return this.get(id);
  }

  /** Either side may decline: the community admin for the need, the unit contact for the offer. */
  @Post(':id/reject')
  @HttpCode(200)
  async reject(@Param('id') id: string, @Body() dto: RejectDto, @Command() ctx: CommandContext) {
    const proposal = await this.proposal(id);
    const side = await sideOf(ctx, proposal, dto.side, this.tree);
    await this.runtime.execute(
      proposalStreamId(id),
      proposalDecider,
      { type: 'RejectProposal', side, reason: dto.reason ?? '' },
      ctx,
    );
    return this.get(id);
  }

  private async proposal(id: string): Promise<ProposalDocument> {
    const doc = await this.proposals.get(id);
    if (!doc) throw new NotFound(`proposal ${id} not found`);
    return doc;
  }
}
