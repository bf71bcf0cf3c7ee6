import { Controller, Get, Query } from '@nestjs/common';
import { IdParam, PageQuery } from '@gongjian/http';
import { UnitContributionsHandler } from './unit-contributions.handler';

@Controller('units')
export class UnitContributionsController {
  constructor(private readonly handler: UnitContributionsHandler) {}

  /** The unit's co-build record: completed projects with the residents' scores, and totals. */
  @Get(':id/contributions')
  contributions(@IdParam() id: string, @Query() query: PageQuery) {
    return this.handler.contributions(id, query);
  }
}
