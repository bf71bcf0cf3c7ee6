import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam } from '@gongjian/http';
import { ListProposalsHandler } from './list-proposals.handler';
import { ListProposalsQuery } from './list-proposals.query';

@Controller('proposals')
export class ListProposalsController {
  constructor(private readonly handler: ListProposalsHandler) {}

  @Get()
  list(@Query() query: ListProposalsQuery, @Command() context: CommandContext) {
    return this.handler.list(query, context.actor);
  }

  /** The proposal with its explanation: why this offer, why not the others of its run. */
  @Get(':id')
  get(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.get(id, context.actor);
  }
}
