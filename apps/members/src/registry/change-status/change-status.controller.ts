import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { AboutMember } from '../about-member';
import { ChangeStatusDto } from './change-status.dto';
import { ChangeStatusHandler } from './change-status.handler';
import { MEMBER } from '../../resources';

@Controller('members')
@AboutMember()
export class ChangeStatusController {
  constructor(private readonly handler: ChangeStatusHandler) {}

  /** `normal`, `floating` (流动), `lost_contact` (失联) and back. */
  @Post(':id/status')
  @HttpCode(200)
  @Returns(MEMBER)
  change(@IdParam() id: string, @Body() dto: ChangeStatusDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
