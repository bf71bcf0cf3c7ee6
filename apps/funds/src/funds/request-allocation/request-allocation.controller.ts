import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { ALLOCATION } from '../../resources';
import { RequestAllocationDto } from './request-allocation.dto';
import { RequestAllocationHandler } from './request-allocation.handler';

@Controller('funds')
export class RequestAllocationController {
  constructor(private readonly handler: RequestAllocationHandler) {}

  @Post(':id/allocations')
  @HttpCode(201)
  @Returns(ALLOCATION)
  request(@IdParam() id: string, @Body() dto: RequestAllocationDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
