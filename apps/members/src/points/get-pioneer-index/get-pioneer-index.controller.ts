import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { QuarterQuery } from '../quarter.query';
import { GetPioneerIndexHandler } from './get-pioneer-index.handler';
import { PIONEER_INDEX } from '../../resources';

@Controller('members')
export class GetPioneerIndexController {
  constructor(private readonly handler: GetPioneerIndexHandler) {}

  /** The member's 先锋指数 for a quarter, with its breakdown. */
  @Get(':id/pioneer-index')
  @Returns(PIONEER_INDEX)
  index(@IdParam() id: string, @Query() query: QuarterQuery, @Command() context: CommandContext) {
    return this.handler.execute(id, query, context);
  }
}
