import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { TeamMemberDto } from './add-team-member.dto';
import { AddTeamMemberHandler } from './add-team-member.handler';
import { TEAM } from '../../resources';

@Controller('teams')
export class AddTeamMemberController {
  constructor(private readonly handler: AddTeamMemberHandler) {}

  @Post(':id/members')
  @HttpCode(200)
  @Returns(TEAM)
  addMember(@IdParam() id: string, @Body() dto: TeamMemberDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
