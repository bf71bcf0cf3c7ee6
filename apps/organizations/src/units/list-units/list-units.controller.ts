import { Controller, Get, Query } from '@nestjs/common';
import { IdParam, page, Returns } from '@gongjian/http';
import { ListUnitsHandler } from './list-units.handler';
import { ListUnitsQuery } from './list-units.query';
import { UNIT } from '../../resources';

@Controller('units')
export class ListUnitsController {
  constructor(private readonly handler: ListUnitsHandler) {}

  /** Units, by location and sector. */
  @Get()
  @Returns(page(UNIT))
  list(@Query() query: ListUnitsQuery) {
    return this.handler.list(query);
  }

  @Get(':id')
  @Returns(UNIT)
  get(@IdParam() id: string) {
    return this.handler.get(id);
  }
}
