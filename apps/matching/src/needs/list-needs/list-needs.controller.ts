import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, page, Returns } from '@gongjian/http';
import { ListNeedsHandler } from './list-needs.handler';
import { ListNeedsQuery } from './list-needs.query';
import { NEED } from '../../resources';

@Controller('needs')
export class ListNeedsController {
  constructor(private readonly handler: ListNeedsHandler) {}

  /** The need list, newest first, filtered by community or subtree, status, category, urgency, text. */
  @Get()
  @Returns(page(NEED))
  list(@Query() query: ListNeedsQuery, @Command() context: CommandContext) {
    return this.handler.list(query, context.actor);
  }

  @Get(':id')
  @Returns(NEED)
  get(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.get(id, context.actor);
  }
}
