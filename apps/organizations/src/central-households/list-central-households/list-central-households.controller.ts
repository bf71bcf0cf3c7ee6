import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, page, Returns } from '@gongjian/http';
import { CENTRAL_HOUSEHOLD } from '../../resources';
import { ListCentralHouseholdsHandler } from './list-central-households.handler';
import { ListCentralHouseholdsQuery } from './list-central-households.query';

@Controller('central-households')
export class ListCentralHouseholdsController {
  constructor(private readonly handler: ListCentralHouseholdsHandler) {}

  /** 党员中心户 of the reader's scope, by branch, organisation, household looked after. */
  @Get()
  @Returns(page(CENTRAL_HOUSEHOLD))
  list(@Query() query: ListCentralHouseholdsQuery, @Command() context: CommandContext) {
    return this.handler.list(query, context.actor);
  }

  /** One 党员中心户, by the member's id. */
  @Get(':id')
  @Returns(CENTRAL_HOUSEHOLD)
  get(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.get(id, context.actor);
  }
}
