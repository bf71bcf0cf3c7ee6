import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { AboutMember } from '../about-member';
import { LinkAccountDto } from './link-account.dto';
import { LinkAccountHandler } from './link-account.handler';
import { MEMBER } from '../../resources';

@Controller('members')
@AboutMember()
export class LinkAccountController {
  constructor(private readonly handler: LinkAccountHandler) {}

  /** Proposes the member's own login account; it takes effect when that account confirms. */
  @Post(':id/account')
  @HttpCode(200)
  @Returns(MEMBER)
  link(@IdParam() id: string, @Body() dto: LinkAccountDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
