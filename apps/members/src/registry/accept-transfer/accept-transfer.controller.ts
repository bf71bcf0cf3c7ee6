import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { AboutMember } from '../about-member';
import { AcceptTransferHandler } from './accept-transfer.handler';
import { MEMBER_AFTER_TRANSFER } from '../../resources';

@Controller('members')
@AboutMember()
export class AcceptTransferController {
  constructor(private readonly handler: AcceptTransferHandler) {}

  /** The other side accepts the pending request: the member moves (MemberTransferred). */
  @Post(':id/transfer/accept')
  @HttpCode(200)
  @Returns(MEMBER_AFTER_TRANSFER)
  accept(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, context);
  }
}
