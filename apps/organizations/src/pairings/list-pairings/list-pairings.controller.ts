import { Controller, Get, Query } from '@nestjs/common';
import { IdParam, page, Returns } from '@gongjian/http';
import { ListPairingsHandler } from './list-pairings.handler';
import { ListPairingsQuery } from './list-pairings.query';
import { PAIRING } from '../../resources';

@Controller('pairings')
export class ListPairingsController {
  constructor(private readonly handler: ListPairingsHandler) {}

  /** Pairings, by unit, organisation and status. */
  @Get()
  @Returns(page(PAIRING))
  list(@Query() query: ListPairingsQuery) {
    return this.handler.list(query);
  }

  @Get(':id')
  @Returns(PAIRING)
  get(@IdParam() id: string) {
    return this.handler.get(id);
  }
}
