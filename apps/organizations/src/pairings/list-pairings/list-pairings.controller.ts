import { Controller, Get, Query } from '@nestjs/common';
import { IdParam } from '@gongjian/http';
import { ListPairingsHandler } from './list-pairings.handler';
import { ListPairingsQuery } from './list-pairings.query';

@Controller('pairings')
export class ListPairingsController {
  constructor(private readonly handler: ListPairingsHandler) {}

  /** Pairings, by unit, organisation and status. */
  @Get()
  list(@Query() query: ListPairingsQuery) {
    return this.handler.list(query);
  }

  @Get(':id')
  get(@IdParam() id: string) {
    return this.handler.get(id);
  }
}
