import { Controller, Get, Query } from '@nestjs/common';
import { SummaryHandler } from './summary.handler';
import { SummaryQuery } from './summary.query';
import { Returns } from '@gongjian/http';
import { SUMMARY } from '../resources';

@Controller('matching/summary')
export class SummaryController {
  constructor(private readonly handler: SummaryHandler) {}

  /** 总览 of an area: needs by category and status, match rate, time to project, top units. */
  @Get()
  @Returns(SUMMARY)
  summary(@Query() query: SummaryQuery) {
    return this.handler.summary(query);
  }
}
