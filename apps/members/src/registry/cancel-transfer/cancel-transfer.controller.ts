import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { AboutMember } from '../about-member';
import { CancelTransferHandler } from './cancel-transfer.handler';
import { MEMBER_AFTER_TRANSFER } from '../../resources';

@Controller('members')
@AboutMember()
export class CancelTransferController {
  constructor(private readonly handler: CancelTransferHandler) {}

  /** The side that asked withdraws its pending request. */
  @Post(':id/transfer/cancel')
  @HttpCode(200)
  @Returns(MEMBER_AFTER_TRANSFER)
  cancel(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, context);
  }
}
