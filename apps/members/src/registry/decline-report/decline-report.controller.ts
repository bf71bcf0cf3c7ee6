import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { AboutMember } from '../about-member';
import { DeclineReportDto } from './decline-report.dto';
import { DeclineReportHandler } from './decline-report.handler';
import { MEMBER_AFTER_REPORT_STEP } from '../../resources';

@Controller('members')
@AboutMember()
export class DeclineReportController {
  constructor(private readonly handler: DeclineReportHandler) {}

  /** The receiving community declines a pending 双报到, with a reason: nothing is reported. */
  @Post(':id/community-report/decline')
  @HttpCode(200)
  @Returns(MEMBER_AFTER_REPORT_STEP)
  decline(@IdParam() id: string, @Body() dto: DeclineReportDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
