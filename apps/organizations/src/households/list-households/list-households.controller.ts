import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, page, Returns } from '@gongjian/http';
import { HOUSEHOLD } from '../../resources';
import { ListHouseholdsHandler } from './list-households.handler';
import { ListHouseholdsQuery } from './list-households.query';

@Controller('households')
export class ListHouseholdsController {
  constructor(private readonly handler: ListHouseholdsHandler) {}

  /** Households of the reader's scope, by building or grid, by organisation, by door. */
  @Get()
  @Returns(page(HOUSEHOLD))
  list(@Query() query: ListHouseholdsQuery, @Command() context: CommandContext) {
    return this.handler.list(query, context.actor);
  }

  @Get(':id')
  @Returns(HOUSEHOLD)
  get(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.get(id, context.actor);
  }
}
