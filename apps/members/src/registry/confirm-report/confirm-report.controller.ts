import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { AboutMember } from '../about-member';
import { ConfirmReportHandler } from './confirm-report.handler';
import { MEMBER_AFTER_REPORT_STEP } from '../../resources';

@Controller('members')
@AboutMember()
export class ConfirmReportController {
  constructor(private readonly handler: ConfirmReportHandler) {}

  /** The receiving community confirms a pending 双报到: the report takes effect (MemberReportedToCommunity). */
  @Post(':id/community-report/confirm')
  @HttpCode(200)
  @Returns(MEMBER_AFTER_REPORT_STEP)
  confirm(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, context);
  }
}
