import { Controller, Delete, HttpCode, Param } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command } from '@gongjian/http';
import { RemoveTeamMemberHandler } from './remove-team-member.handler';

@Controller('teams')
export class RemoveTeamMemberController {
  constructor(private readonly handler: RemoveTeamMemberHandler) {}

  @Delete(':id/members/:memberId')
  @HttpCode(200)
  removeMember(@Param('id') id: string, @Param('memberId') memberId: string, @Command() context: CommandContext) {
    return this.handler.execute(id, memberId, context);
  }
}
