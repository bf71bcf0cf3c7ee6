import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Answers, Command, Returns } from '@gongjian/http';
import { AboutMember } from '../about-member';
import { ConfirmAccountDto } from './confirm-account-link.dto';
import { ConfirmAccountLinkHandler } from './confirm-account-link.handler';
import { MEMBER } from '../../resources';

@Controller('members')
@AboutMember()
export class ConfirmAccountLinkController {
  constructor(private readonly handler: ConfirmAccountLinkHandler) {}

  /** The account itself confirms the link an admin proposed: from now on it is this member's own. */
  @Post('me/account/confirm')
  @HttpCode(200)
  @Returns(MEMBER)
  @Answers(404)
  confirm(@Body() dto: ConfirmAccountDto, @Command() context: CommandContext) {
    return this.handler.execute(dto, context);
  }
}
