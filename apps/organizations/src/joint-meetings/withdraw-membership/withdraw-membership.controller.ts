import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam } from '@gongjian/http';
import { WithdrawMembershipHandler } from './withdraw-membership.handler';

@Controller('organizations/:id')
export class WithdrawMembershipController {
  constructor(private readonly handler: WithdrawMembershipHandler) {}

  /** The side that proposed takes its invitation or application back. */
  @Post('joint-meeting/members/:unitId/withdraw')
  @HttpCode(200)
  withdraw(@IdParam() id: string, @IdParam('unitId') unitId: string, @Command() context: CommandContext) {
    return this.handler.execute(id, unitId, context);
  }
}
