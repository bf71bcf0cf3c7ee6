import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { AboutMember } from '../about-member';
import { RegisterMemberDto } from './register-member.dto';
import { RegisterMemberHandler } from './register-member.handler';
import { MEMBER } from '../../resources';

@Controller('members')
@AboutMember()
export class RegisterMemberController {
  constructor(private readonly handler: RegisterMemberHandler) {}

  /** An admin over the branch registers a party member (党员) there. */
  @Post()
  @HttpCode(201)
  @Returns(MEMBER)
  register(@Body() dto: RegisterMemberDto, @Command() context: CommandContext) {
    return this.handler.execute(dto, context);
  }
}
