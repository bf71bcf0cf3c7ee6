import { Controller, Get, Query } from '@nestjs/common';
import { SummariseHoursHandler } from './summarise-hours.handler';
import { AreaQuery } from './summarise-hours.query';
import { Returns } from '@gongjian/http';
import { HOURS_SUMMARY } from '../../resources';

/** Registered before ListActivitiesController, so that `summary` is not taken for an activity's id. */
@Controller('activities')
export class SummariseHoursController {
  constructor(private readonly handler: SummariseHoursHandler) {}

  /** Verified volunteer hours by community in an area (`orgId` subtree or one `communityId`). */
  @Get('summary')
  @Returns(HOURS_SUMMARY)
  summary(@Query() query: AreaQuery) {
    return this.handler.execute(query);
  }
}
