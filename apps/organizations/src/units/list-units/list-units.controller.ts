import { Controller, Get, Query } from '@nestjs/common';
import { IdParam } from '@gongjian/http';
import { ListUnitsHandler } from './list-units.handler';
import { ListUnitsQuery } from './list-units.query';

@Controller('units')
export class ListUnitsController {
  constructor(private readonly handler: ListUnitsHandler) {}

  /** Units, by location and sector. */
  @Get()
  list(@Query() query: ListUnitsQuery) {
    return this.handler.list(query);
  }

  @Get(':id')
  get(@IdParam() id: string) {
    return this.handler.get(id);
  }
}
