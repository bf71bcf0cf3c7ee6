import { Controller, Delete, HttpCode } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { PARTY_ORGANIZATION } from '../../resources';
import { RemoveGroupMemberHandler } from './remove-group-member.handler';

@Controller('party-organizations')
export class RemoveGroupMemberController {
  constructor(private readonly handler: RemoveGroupMemberHandler) {}

  @Delete(':id/members/:memberId')
  @HttpCode(200)
  @Returns(PARTY_ORGANIZATION)
  remove(@IdParam() id: string, @IdParam('memberId') memberId: string, @Command() context: CommandContext) {
    return this.handler.execute(id, memberId, context);
  }
}
