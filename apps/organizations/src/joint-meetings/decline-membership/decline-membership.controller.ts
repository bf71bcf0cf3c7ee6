import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { DeclineMembershipHandler } from './decline-membership.handler';
import { JOINT_MEETING } from '../../resources';

@Controller('organizations/:id')
export class DeclineMembershipController {
  constructor(private readonly handler: DeclineMembershipHandler) {}

  /** The other side turns a pending invitation or application down. */
  @Post('joint-meeting/members/:unitId/decline')
  @HttpCode(200)
  @Returns(JOINT_MEETING)
  decline(@IdParam() id: string, @IdParam('unitId') unitId: string, @Command() context: CommandContext) {
    return this.handler.execute(id, unitId, context);
  }
}
