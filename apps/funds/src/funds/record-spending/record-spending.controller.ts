import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { SPENDING } from '../../resources';
import { RecordSpendingDto, ReverseSpendingDto } from './record-spending.dto';
import { RecordSpendingHandler } from './record-spending.handler';

@Controller('funds')
export class RecordSpendingController {
  constructor(private readonly handler: RecordSpendingHandler) {}

  @Post(':id/allocations/:allocationId/spendings')
  @HttpCode(201)
  @Returns(SPENDING)
  record(
    @IdParam() id: string,
    @IdParam('allocationId') allocationId: string,
    @Body() dto: RecordSpendingDto,
    @Command() context: CommandContext,
  ) {
    return this.handler.execute(id, allocationId, dto, context);
  }

  /** 冲销: a compensating posting puts the money back into the budget; the spending stays on record. */
  @Post(':id/spendings/:spendingId/reversal')
  @HttpCode(200)
  @Returns(SPENDING)
  reverse(
    @IdParam() id: string,
    @IdParam('spendingId') spendingId: string,
    @Body() dto: ReverseSpendingDto,
    @Command() context: CommandContext,
  ) {
    return this.handler.reverse(id, spendingId, dto.reason, context);
  }
}
