import { Controller, Get, Query } from '@nestjs/common';
import { IdParam } from '@gongjian/http';
import { ListProposalsHandler } from './list-proposals.handler';
import { ListProposalsQuery } from './list-proposals.query';

@Controller('proposals')
export class ListProposalsController {
  constructor(private readonly handler: ListProposalsHandler) {}

  @Get()
  list(@Query() query: ListProposalsQuery) {
    return this.handler.list(query);
  }

  /** The proposal with its explanation: why this offer, why not the others of its run. */
  @Get(':id')
  get(@IdParam() id: string) {
    return this.handler.get(id);
  }
}
