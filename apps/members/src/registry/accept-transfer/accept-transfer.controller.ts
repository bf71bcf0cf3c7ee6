import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam } from '@gongjian/http';
import { AboutMember } from '../about-member';
import { AcceptTransferHandler } from './accept-transfer.handler';

@Controller('members')
@AboutMember()
export class AcceptTransferController {
  constructor(private readonly handler: AcceptTransferHandler) {}

  /** The other side accepts the pending request: the member moves (MemberTransferred). */
  @Post(':id/transfer/accept')
  @HttpCode(200)
  accept(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, context);
  }
}
