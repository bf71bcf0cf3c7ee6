import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam } from '@gongjian/http';
import { DeclineMembershipHandler } from './decline-membership.handler';

@Controller('organizations/:id')
export class DeclineMembershipController {
  constructor(private readonly handler: DeclineMembershipHandler) {}

  /** The other side turns a pending invitation or application down. */
  @Post('joint-meeting/members/:unitId/decline')
  @HttpCode(200)
  decline(@IdParam() id: string, @IdParam('unitId') unitId: string, @Command() context: CommandContext) {
    return this.handler.execute(id, unitId, context);
  }
}
