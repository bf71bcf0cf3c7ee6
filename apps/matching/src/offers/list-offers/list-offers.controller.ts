import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, page, Returns } from '@gongjian/http';
import { ListOffersHandler } from './list-offers.handler';
import { ListOffersQuery } from './list-offers.query';
import { OFFER } from '../../resources';

@Controller('offers')
export class ListOffersController {
  constructor(private readonly handler: ListOffersHandler) {}

  /** The resource list, newest first, filtered by unit, status, category, text. */
  @Get()
  @Returns(page(OFFER))
  list(@Query() query: ListOffersQuery, @Command() context: CommandContext) {
    return this.handler.list(query, context.actor);
  }

  @Get(':id')
  @Returns(OFFER)
  get(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.get(id, context.actor);
  }
}
