import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { ALLOCATION } from '../../resources';
import { RejectAllocationDto } from '../request-allocation/request-allocation.dto';
import { DecideAllocationHandler } from './decide-allocation.handler';

@Controller('funds')
export class DecideAllocationController {
  constructor(private readonly handler: DecideAllocationHandler) {}

  /** 审批: the money moves from the fund into the budget. */
  @Post(':id/allocations/:allocationId/approve')
  @HttpCode(200)
  @Returns(ALLOCATION)
  approve(@IdParam() id: string, @IdParam('allocationId') allocationId: string, @Command() context: CommandContext) {
    return this.handler.approve(id, allocationId, context);
  }

  @Post(':id/allocations/:allocationId/reject')
  @HttpCode(200)
  @Returns(ALLOCATION)
  reject(
    @IdParam() id: string,
    @IdParam('allocationId') allocationId: string,
    @Body() dto: RejectAllocationDto,
    @Command() context: CommandContext,
  ) {
    return this.handler.reject(id, allocationId, dto.reason, context);
  }
}
