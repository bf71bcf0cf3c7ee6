import { Controller, Get, Query } from '@nestjs/common';
import { SummaryHandler } from './summary.handler';
import { SummaryQuery } from './summary.query';

@Controller('matching/summary')
export class SummaryController {
  constructor(private readonly handler: SummaryHandler) {}

  /** 总览 of an area: needs by category and status, match rate, time to project, top units. */
  @Get()
  summary(@Query() query: SummaryQuery) {
    return this.handler.summary(query);
  }
}
