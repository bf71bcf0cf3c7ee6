import { Controller, Delete, HttpCode } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { RemoveTeamMemberHandler } from './remove-team-member.handler';
import { TEAM } from '../../resources';

@Controller('teams')
export class RemoveTeamMemberController {
  constructor(private readonly handler: RemoveTeamMemberHandler) {}

  @Delete(':id/members/:memberId')
  @HttpCode(200)
  @Returns(TEAM)
  removeMember(@IdParam() id: string, @IdParam('memberId') memberId: string, @Command() context: CommandContext) {
    return this.handler.execute(id, memberId, context);
  }
}
