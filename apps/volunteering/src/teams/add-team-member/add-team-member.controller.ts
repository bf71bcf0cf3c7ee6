import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam } from '@gongjian/http';
import { TeamMemberDto } from './add-team-member.dto';
import { AddTeamMemberHandler } from './add-team-member.handler';

@Controller('teams')
export class AddTeamMemberController {
  constructor(private readonly handler: AddTeamMemberHandler) {}

  @Post(':id/members')
  @HttpCode(200)
  addMember(@IdParam() id: string, @Body() dto: TeamMemberDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
