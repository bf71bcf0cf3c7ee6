import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { AboutMember } from '../about-member';
import { TransferMemberDto } from './transfer-member.dto';
import { TransferMemberHandler } from './transfer-member.handler';
import { MEMBER_AFTER_TRANSFER } from '../../resources';

@Controller('members')
@AboutMember()
export class TransferMemberController {
  constructor(private readonly handler: TransferMemberHandler) {}

  /** 组织关系转接: at once (an admin over both branches), or a request the other side answers. */
  @Post(':id/transfer')
  @HttpCode(200)
  @Returns(MEMBER_AFTER_TRANSFER)
  transfer(@IdParam() id: string, @Body() dto: TransferMemberDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
