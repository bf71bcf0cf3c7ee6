import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, page, Returns } from '@gongjian/http';
import { ListProposalsHandler } from './list-proposals.handler';
import { ListProposalsQuery } from './list-proposals.query';
import { PROPOSAL } from '../../resources';

@Controller('proposals')
export class ListProposalsController {
  constructor(private readonly handler: ListProposalsHandler) {}

  @Get()
  @Returns(page(PROPOSAL))
  list(@Query() query: ListProposalsQuery, @Command() context: CommandContext) {
    return this.handler.list(query, context.actor);
  }

  /** The proposal with its explanation: why this offer, why not the others of its run. */
  @Get(':id')
  @Returns(PROPOSAL)
  get(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.get(id, context.actor);
  }
}
