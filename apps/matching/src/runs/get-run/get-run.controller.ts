import { Controller, Get, Query } from '@nestjs/common';
import { IdParam, PageQuery } from '@gongjian/http';
import { GetRunHandler } from './get-run.handler';

@Controller('matching/runs')
export class GetRunController {
  constructor(private readonly handler: GetRunHandler) {}

  @Get(':runId')
  get(@IdParam('runId') runId: string) {
    return this.handler.get(runId);
  }

  /** Every eligible pair the run considered, with score, breakdown and assigned quantity — to check optimality. */
  @Get(':runId/pairs')
  pairs(@IdParam('runId') runId: string, @Query() query: PageQuery) {
    return this.handler.pairs(runId, query);
  }
}
