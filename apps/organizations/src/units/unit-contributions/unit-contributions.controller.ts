import { Controller, Get, Query } from '@nestjs/common';
import { IdParam, PageQuery, Returns } from '@gongjian/http';
import { UnitContributionsHandler } from './unit-contributions.handler';
import { UNIT_CONTRIBUTIONS } from '../../resources';

@Controller('units')
export class UnitContributionsController {
  constructor(private readonly handler: UnitContributionsHandler) {}

  /** The unit's co-build record: completed projects with the residents' scores, and totals. */
  @Get(':id/contributions')
  @Returns(UNIT_CONTRIBUTIONS)
  contributions(@IdParam() id: string, @Query() query: PageQuery) {
    return this.handler.contributions(id, query);
  }
}
