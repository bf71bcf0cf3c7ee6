import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, page, Returns } from '@gongjian/http';
import { ListCommunityReportsHandler } from './list-community-reports.handler';
import { ListCommunityReportsQuery } from './list-community-reports.query';
import { COMMUNITY_REPORT_REQUEST } from '../../resources';

@Controller('members')
export class ListCommunityReportsController {
  constructor(private readonly handler: ListCommunityReportsHandler) {}

  /** The 双报到 requests waiting for a community (and those under it) to confirm or decline them (by member id, newest first). */
  @Get('community-reports')
  @Returns(page(COMMUNITY_REPORT_REQUEST))
  list(@Query() query: ListCommunityReportsQuery, @Command() context: CommandContext) {
    return this.handler.execute(query, context);
  }
}
