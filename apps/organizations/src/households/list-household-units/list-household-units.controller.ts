import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, page, Returns } from '@gongjian/http';
import { HOUSEHOLD_UNIT } from '../../resources';
import { ListHouseholdUnitsHandler } from './list-household-units.handler';
import { ListHouseholdUnitsQuery } from './list-household-units.query';

@Controller('household-units')
export class ListHouseholdUnitsController {
  constructor(private readonly handler: ListHouseholdUnitsHandler) {}

  /** 联建单元 of the reader's scope, by building or grid, organisation, household, name. */
  @Get()
  @Returns(page(HOUSEHOLD_UNIT))
  list(@Query() query: ListHouseholdUnitsQuery, @Command() context: CommandContext) {
    return this.handler.list(query, context.actor);
  }

  /** One 联建单元: its households, its rota month by month with the duties done, whose turn is next. */
  @Get(':id')
  @Returns(HOUSEHOLD_UNIT)
  get(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.get(id, context.actor);
  }
}
