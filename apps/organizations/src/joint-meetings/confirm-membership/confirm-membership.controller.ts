import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { ConfirmMembershipHandler } from './confirm-membership.handler';
import { JOINT_MEETING } from '../../resources';

@Controller('organizations/:id')
export class ConfirmMembershipController {
  constructor(private readonly handler: ConfirmMembershipHandler) {}

  /** The other side agrees to a pending invitation or application: the unit becomes a member. */
  @Post('joint-meeting/members/:unitId/confirm')
  @HttpCode(200)
  @Returns(JOINT_MEETING)
  confirm(@IdParam() id: string, @IdParam('unitId') unitId: string, @Command() context: CommandContext) {
    return this.handler.execute(id, unitId, context);
  }
}
