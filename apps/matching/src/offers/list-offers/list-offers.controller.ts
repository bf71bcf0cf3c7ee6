import { Controller, Get, Param, Query } from '@nestjs/common';
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
  get(@Param('id') id: string) {
    return this.handler.get(id);
  }
}
