import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { AboutMember } from '../about-member';
import { DeclineTransferDto } from './decline-transfer.dto';
import { DeclineTransferHandler } from './decline-transfer.handler';
import { MEMBER_AFTER_TRANSFER } from '../../resources';

@Controller('members')
@AboutMember()
export class DeclineTransferController {
  constructor(private readonly handler: DeclineTransferHandler) {}

  /** The other side declines the pending request, with a reason: the member stays. */
  @Post(':id/transfer/decline')
  @HttpCode(200)
  @Returns(MEMBER_AFTER_TRANSFER)
  decline(@IdParam() id: string, @Body() dto: DeclineTransferDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
