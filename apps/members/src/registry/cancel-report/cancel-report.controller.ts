import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { AboutMember } from '../about-member';
import { CancelReportHandler } from './cancel-report.handler';
import { MEMBER_AFTER_REPORT_STEP } from '../../resources';

@Controller('members')
@AboutMember()
export class CancelReportController {
  constructor(private readonly handler: CancelReportHandler) {}

  /** The member (or an admin over their branch) withdraws a 双报到 request still waiting. */
  @Post(':id/community-report/cancel')
  @HttpCode(200)
  @Returns(MEMBER_AFTER_REPORT_STEP)
  cancel(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, context);
  }
}
