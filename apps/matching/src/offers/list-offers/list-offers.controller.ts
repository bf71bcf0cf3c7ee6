import { Controller, Get, Query } from '@nestjs/common';
import { IdParam, page, Returns } from '@gongjian/http';
import { ListOffersHandler } from './list-offers.handler';
import { ListOffersQuery } from './list-offers.query';
import { OFFER } from '../../resources';

@Controller('offers')
export class ListOffersController {
  constructor(private readonly handler: ListOffersHandler) {}

  /** The resource list, newest first, filtered by unit, status, category, text. */
  @Get()
  @Returns(page(OFFER))
  list(@Query() query: ListOffersQuery) {
    return this.handler.list(query);
  }

  @Get(':id')
  @Returns(OFFER)
  get(@IdParam() id: string) {
    return this.handler.get(id);
  }
}
