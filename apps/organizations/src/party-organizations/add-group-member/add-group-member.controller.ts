import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { PARTY_ORGANIZATION } from '../../resources';
import { AddGroupMemberDto } from './add-group-member.dto';
import { AddGroupMemberHandler } from './add-group-member.handler';

@Controller('party-organizations')
export class AddGroupMemberController {
  constructor(private readonly handler: AddGroupMemberHandler) {}

  /** Seats a member of the branch in its party group (党小组). */
  @Post(':id/members')
  @HttpCode(200)
  @Returns(PARTY_ORGANIZATION)
  add(@IdParam() id: string, @Body() dto: AddGroupMemberDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
