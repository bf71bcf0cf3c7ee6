import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { WithdrawMembershipHandler } from './withdraw-membership.handler';
import { JOINT_MEETING } from '../../resources';

@Controller('organizations/:id')
export class WithdrawMembershipController {
  constructor(private readonly handler: WithdrawMembershipHandler) {}

  /** The side that proposed takes its invitation or application back. */
  @Post('joint-meeting/members/:unitId/withdraw')
  @HttpCode(200)
  @Returns(JOINT_MEETING)
  withdraw(@IdParam() id: string, @IdParam('unitId') unitId: string, @Command() context: CommandContext) {
    return this.handler.execute(id, unitId, context);
  }
}
