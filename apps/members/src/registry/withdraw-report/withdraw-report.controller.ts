import { Controller, Delete, HttpCode } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { AboutMember } from '../about-member';
import { WithdrawReportHandler } from './withdraw-report.handler';
import { MEMBER_AFTER_WITHDRAWAL } from '../../resources';

@Controller('members')
@AboutMember()
export class WithdrawReportController {
  constructor(private readonly handler: WithdrawReportHandler) {}

  /** Ends the report: the member, an admin over the branch, or the receiving community. */
  @Delete(':id/community-report')
  @HttpCode(200)
  @Returns(MEMBER_AFTER_WITHDRAWAL)
  withdraw(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, context);
  }
}
