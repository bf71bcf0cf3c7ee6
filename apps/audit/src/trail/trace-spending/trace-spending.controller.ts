import { Controller, Get } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { SPENDING_TRACE } from '../../resources';
import { TraceSpendingHandler } from './trace-spending.handler';

@Controller('audit/traces')
export class TraceSpendingController {
  constructor(private readonly handler: TraceSpendingHandler) {}

  /** A spending traced back to its fund: opening, allocation, approval, 认捐, spending, reversal — from the log. */
  @Get('spendings/:spendingId')
  @Returns(SPENDING_TRACE)
  spending(@IdParam('spendingId') spendingId: string, @Command() context: CommandContext) {
    return this.handler.execute(spendingId, context.actor);
  }
}
