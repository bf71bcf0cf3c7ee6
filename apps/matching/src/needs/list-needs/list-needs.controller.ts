import { Controller, Get, Query } from '@nestjs/common';
import { IdParam, page, Returns } from '@gongjian/http';
import { ListNeedsHandler } from './list-needs.handler';
import { ListNeedsQuery } from './list-needs.query';
import { NEED } from '../../resources';

@Controller('needs')
export class ListNeedsController {
  constructor(private readonly handler: ListNeedsHandler) {}

  /** The need list, newest first, filtered by community or subtree, status, category, urgency, text. */
  @Get()
  @Returns(page(NEED))
  list(@Query() query: ListNeedsQuery) {
    return this.handler.list(query);
  }

  @Get(':id')
  @Returns(NEED)
  get(@IdParam() id: string) {
    return this.handler.get(id);
  }
}
