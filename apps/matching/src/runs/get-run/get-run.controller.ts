import { Controller, Get, Query } from '@nestjs/common';
import { IdParam, PageQuery, Returns } from '@gongjian/http';
import { GetRunHandler } from './get-run.handler';
import { RUN, RUN_PAIRS } from '../../resources';

@Controller('matching/runs')
export class GetRunController {
  constructor(private readonly handler: GetRunHandler) {}

  @Get(':runId')
  @Returns(RUN)
  get(@IdParam('runId') runId: string) {
    return this.handler.get(runId);
  }

  /** Every eligible pair the run considered, with score, breakdown and assigned quantity — to check optimality. */
  @Get(':runId/pairs')
  @Returns(RUN_PAIRS)
  pairs(@IdParam('runId') runId: string, @Query() query: PageQuery) {
    return this.handler.pairs(runId, query);
  }
}
