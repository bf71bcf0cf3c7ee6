import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, page, Returns } from '@gongjian/http';
import { ListWishesHandler } from './list-wishes.handler';
import { ListWishesQuery } from './list-wishes.query';
import { WISH } from '../../resources';

@Controller('micro-wishes')
export class ListWishesController {
  constructor(private readonly handler: ListWishesHandler) {}

  @Get()
  @Returns(page(WISH))
  list(@Query() query: ListWishesQuery, @Command() context: CommandContext) {
    return this.handler.list(query, context.actor);
  }

  @Get(':id')
  @Returns(WISH)
  get(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.get(id, context.actor);
  }
}
