import { Controller, Get, Injectable, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command } from '@gongjian/http';
import { fenToYuan } from '@gongjian/ledger';
import { exportStream, type SheetSchema, type WrittenCell } from '@gongjian/spreadsheets';
import { excelJsSheetWriter } from '@gongjian/spreadsheets/exceljs.sheet-writer';
import { ReturnsXlsx, xlsxFile } from '@gongjian/spreadsheets/http';
import { FUND_KINDS } from '../../funds/fund-kinds';
import { FundReportHandler } from '../fund-report/fund-report.handler';
import { ReportQuery } from '../report.query';
import { UnitReportHandler } from '../unit-report/unit-report.handler';

const column = (key: string, header: string, width = 12) => ({
  key,
  header,
  type: 'text' as const,
  readOnly: true,
  width,
});
/** yuan as a number with two decimals in the sheet (a sum an office can check) */
const money = (fen: number) => Number(fenToYuan(fen));

export const FUND_REPORT_SHEET: SheetSchema = {
  sheetName: '资金报表',
  columns: [
    column('name', '基金名称', 28),
    column('kind', '类型', 18),
    column('owner', '所属组织', 16),
    column('yearlyAmount', '年度金额（元）', 14),
    column('contributed', '认捐（元）', 14),
    column('allocated', '已拨付（元）', 14),
    column('spent', '已支出（元）', 14),
    column('available', '未拨付（元）', 14),
    column('left', '结余（元）', 14),
    column('targets', '资助项目数'),
    column('completedTargets', '已完成项目数'),
    column('beneficiaries', '受益人次'),
  ],
};

export const UNIT_REPORT_SHEET: SheetSchema = {
  sheetName: '单位贡献',
  columns: [
    column('unit', '单位', 28),
    column('contributed', '认捐（元）', 14),
    column('contributions', '认捐笔数'),
    column('projects', '完成共建项目数'),
    column('hours', '服务时长（人·小时）', 16),
    column('items', '物资（件）'),
    column('sessions', '场次'),
    column('venueHours', '场地（小时）'),
    column('projectMoney', '项目资金（元）', 14),
  ],
};

async function* once<T>(rows: T[]): AsyncGenerator<T[]> {
  if (rows.length > 0) yield rows;
}

/** The two reports as sheets, each with its totals as the last row (合计); same scope as the reports. */
@Injectable()
export class ExportReportsHandler {
  constructor(
    private readonly funds: FundReportHandler,
    private readonly units: UnitReportHandler,
  ) {}

  async fundReport(query: ReportQuery, context: CommandContext) {
    const report = await this.funds.execute(query, context.actor);
    const rows: WrittenCell[][] = report.items.map((f) => [
      f.name,
      FUND_KINDS[f.kind] ?? f.kind,
      f.ownerName ?? f.ownerOrgId,
      ...[f.yearlyAmount, f.contributed, f.allocated, f.spent, f.available, f.left].map(money),
      f.targets,
      f.completedTargets,
      f.beneficiaries,
    ]);
    const t = report.totals;
    rows.push([
      `合计（${t.funds} 个基金）`,
      null,
      null,
      ...[t.yearlyAmount, t.contributed, t.allocated, t.spent, t.available, t.left].map(money),
      t.targets,
      t.completedTargets,
      t.beneficiaries,
    ]);
    return exportStream({ schema: FUND_REPORT_SHEET, pages: once(rows), row: (r) => r }, excelJsSheetWriter);
  }

  async unitReport(query: ReportQuery, context: CommandContext) {
    const report = await this.units.execute(query, context.actor);
    const cells = (u: Omit<(typeof report.items)[number], 'unitId' | 'unitName'>) => [
      money(u.contributed),
      u.contributions,
      u.projects,
      u.hours,
      u.items,
      u.sessions,
      u.venueHours,
      money(u.projectMoney),
    ];
    const rows: WrittenCell[][] = report.items.map((u) => [u.unitName ?? u.unitId, ...cells(u)]);
    rows.push([`合计（${report.totals.units} 个单位）`, ...cells(report.totals)]);
    return exportStream({ schema: UNIT_REPORT_SHEET, pages: once(rows), row: (r) => r }, excelJsSheetWriter);
  }
}

@Controller('exports')
export class ExportReportsController {
  constructor(private readonly handler: ExportReportsHandler) {}

  /** 资金报表 as .xlsx (`?year=&orgId=`), as `GET /funds/reports/funds` shows it to the caller. */
  @ReturnsXlsx('the fund report of the year as an .xlsx file, totals in the last row')
  @Get('fund-report.xlsx')
  async fundReport(@Query() query: ReportQuery, @Command() context: CommandContext) {
    return xlsxFile(await this.handler.fundReport(query, context), `资金报表-${query.year}`);
  }

  /** 单位贡献 as .xlsx (`?year=&orgId=`), as `GET /funds/reports/units` shows it to the caller. */
  @ReturnsXlsx("the units' contributions of the year as an .xlsx file, totals in the last row")
  @Get('unit-contributions.xlsx')
  async unitReport(@Query() query: ReportQuery, @Command() context: CommandContext) {
    return xlsxFile(await this.handler.unitReport(query, context), `单位贡献-${query.year}`);
  }
}
