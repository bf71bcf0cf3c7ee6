import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, page, Returns } from '@gongjian/http';
import { MERCHANT } from '../merchant.resources';
import { ListMerchantsHandler } from './list-merchants.handler';
import { ListMerchantsQuery } from './list-merchants.query';

@Controller('merchants')
export class ListMerchantsController {
  constructor(private readonly handler: ListMerchantsHandler) {}

  /** The alliance's merchants, newest first: `orgId` (its whole subtree), `sector`, `status`, `q`. */
  @Get()
  @Returns(page(MERCHANT))
  list(@Query() query: ListMerchantsQuery, @Command() context: CommandContext) {
    return this.handler.list(query, context.actor);
  }

  /** A merchant with its terms today and their whole history. */
  @Get(':id')
  @Returns(MERCHANT)
  get(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.get(id, context.actor);
  }
}
