import { Controller, Get, Headers, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Answers, Command, Returns } from '@gongjian/http';
import { AsOfHandler } from './as-of.handler';
import { AsOfQuery } from './as-of.query';
import { AS_OF } from '../../resources';

@Controller('audit')
export class AsOfController {
  constructor(private readonly handler: AsOfHandler) {}

  /** Time travel: one aggregate or one read model as it was at a time or a position of the log. */
  @Get('as-of')
  @Returns(AS_OF)
  @Answers(404)
  asOf(
    @Query() query: AsOfQuery,
    @Command() context: CommandContext,
    @Headers('authorization') authorization?: string,
  ) {
    return this.handler.execute(query, { actor: context.actor, authorization });
  }
}
