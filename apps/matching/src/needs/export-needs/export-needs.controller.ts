import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command } from '@gongjian/http';
import { ReturnsXlsx, xlsxFile } from '@gongjian/spreadsheets/http';
import { ExportNeedsHandler } from './export-needs.handler';
import { ExportNeedsQuery } from './export-needs.query';

@Controller('exports')
export class ExportNeedsController {
  constructor(private readonly handler: ExportNeedsHandler) {}

  /** The need list as .xlsx, with the list's filters (`?orgId=`, `?communityId=`, `?status=`…). */
  @ReturnsXlsx('the list as an .xlsx file, with the filters of the list')
  @Get('needs.xlsx')
  async export(@Query() query: ExportNeedsQuery, @Command() context: CommandContext) {
    return xlsxFile(await this.handler.execute(query, context.actor), '需求清单');
  }
}
