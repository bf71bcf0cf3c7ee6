import { Controller, Get, Query } from '@nestjs/common';
import { IdParam, page, Returns } from '@gongjian/http';
import { ListProposalsHandler } from './list-proposals.handler';
import { ListProposalsQuery } from './list-proposals.query';
import { PROPOSAL } from '../../resources';

@Controller('proposals')
export class ListProposalsController {
  constructor(private readonly handler: ListProposalsHandler) {}

  @Get()
  @Returns(page(PROPOSAL))
  list(@Query() query: ListProposalsQuery) {
    return this.handler.list(query);
  }

  /** The proposal with its explanation: why this offer, why not the others of its run. */
  @Get(':id')
  @Returns(PROPOSAL)
  get(@IdParam() id: string) {
    return this.handler.get(id);
  }
}
