import { Controller, Get, Query } from '@nestjs/common';
import { IdParam } from '@gongjian/http';
import { ListOffersHandler } from './list-offers.handler';
import { ListOffersQuery } from './list-offers.query';

@Controller('offers')
export class ListOffersController {
  constructor(private readonly handler: ListOffersHandler) {}

  /** The resource list, newest first, filtered by unit, status, category, text. */
  @Get()
  list(@Query() query: ListOffersQuery) {
    return this.handler.list(query);
  }

  @Get(':id')
  get(@IdParam() id: string) {
    return this.handler.get(id);
  }
}
