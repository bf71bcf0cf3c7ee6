import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { AboutMember } from '../about-member';
import { CommunityReportDto } from './report-to-community.dto';
import { ReportToCommunityHandler } from './report-to-community.handler';
import { MEMBER } from '../../resources';

@Controller('members')
@AboutMember()
export class ReportToCommunityController {
  constructor(private readonly handler: ReportToCommunityHandler) {}

  /**
   * 双报到: an in-service member asks to report to the community where they live (the member or an
   * admin over their branch); the community confirms it. An admin over both makes it at once.
   */
  @Post(':id/community-report')
  @HttpCode(200)
  @Returns(MEMBER)
  report(@IdParam() id: string, @Body() dto: CommunityReportDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
