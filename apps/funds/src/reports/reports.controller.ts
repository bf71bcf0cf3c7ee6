import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { FundReportHandler } from './fund-report/fund-report.handler';
import { ReportQuery } from './report.query';
import { FUND_REPORT, fundReportResource, UNIT_REPORT, unitReportResource } from './reports.resources';
import { UnitReportHandler } from './unit-report/unit-report.handler';

/** The reports an office is asked for (issue 19): per fund, and per unit, of one year. */
@Controller('funds/reports')
export class ReportsController {
  constructor(
    private readonly funds: FundReportHandler,
    private readonly units: UnitReportHandler,
  ) {}

  /** 资金报表: per fund of the year — yearly amount, 认捐, allocated, spent, left, beneficiaries. */
  @Get('funds')
  @Returns(FUND_REPORT)
  async fundReport(@Query() query: ReportQuery, @Command() context: CommandContext) {
    return fundReportResource(await this.funds.execute(query, context.actor));
  }

  /** 单位贡献: per unit, what it gave in the year (money, hours, goods); a unit contact its own line. */
  @Get('units')
  @Returns(UNIT_REPORT)
  async unitReport(@Query() query: ReportQuery, @Command() context: CommandContext) {
    return unitReportResource(await this.units.execute(query, context.actor));
  }
}
