import { Body, Controller, Get, HttpCode, Injectable, Post, Query } from '@nestjs/common';
import { chinaDay, Directory } from '@gongjian/auth';
import { type CommandContext, DomainRuleViolation } from '@gongjian/eventing';
import { yuanToFen } from '@gongjian/ledger';
import { Answers, Command, IdParam, PatternParam, Returns } from '@gongjian/http';
import { exportStream, type SheetSchema } from '@gongjian/spreadsheets';
import { excelJsSheetWriter } from '@gongjian/spreadsheets/exceljs.sheet-writer';
import { ReturnsXlsx, xlsxFile } from '@gongjian/spreadsheets/http';
import { Commands } from '@gongjian/runtime';
import { FundsReadModels } from '../../read-models';
import { merchantAggregate } from '../merchant.decider';
import {
  MERCHANT_STATEMENT,
  reconciliationResource,
  RECONCILIATION,
  statementLine,
  totalsResource,
} from '../merchant.resources';
import { assertManagesMerchant, assertReadsStatement } from '../merchants.policy';
import { byDay, MONTH_PATTERN, sameTotals, statementTotals } from './statement';
import { MerchantStatementQuery, ReconcileStatementDto } from './statements.dto';

const MONTH_MESSAGE = 'month must look like 2026-12';

/**
 * 月度对账单: a merchant's redemptions of a month (China's calendar), each at the yuan value of
 * the terms in force that day, with the reversals since, and the office's confirmations.
 */
@Injectable()
export class MerchantStatementsHandler {
  private readonly merchants;

  constructor(
    commands: Commands,
    private readonly readModels: FundsReadModels,
    private readonly directory: Directory,
  ) {
    this.merchants = commands.for(merchantAggregate);
  }

  /** The merchant, its month's lines (by day) and their totals, read by those who may. */
  async lines(merchantId: string, month: string, context: CommandContext) {
    const merchant = await this.readModels.merchants.require(merchantId);
    await assertReadsStatement(context.actor, merchant, this.directory);
    const lines = (await this.readModels.merchantRedemptions.find({ merchantId, month })).sort(byDay);
    return { merchant, lines, totals: statementTotals(lines) };
  }

  async statement(merchantId: string, month: string, context: CommandContext) {
    const { merchant, lines, totals } = await this.lines(merchantId, month, context);
    const confirmations = (await this.readModels.reconciliations.find({ merchantId, month })).sort((a, b) =>
      a.confirmedAt.localeCompare(b.confirmedAt),
    );
    const last = confirmations.at(-1);
    return {
      merchantId,
      merchantName: merchant.name,
      month,
      lines: lines.map(statementLine),
      totals: totalsResource(totals),
      reconciliations: confirmations.map(reconciliationResource),
      reconciled: last !== undefined && sameTotals(last.totals, totals),
    };
  }

  /**
   * The office confirms the month's totals it agreed with the merchant (422
   * `statement_totals_differ` when the statement says otherwise). A later reversal changes the
   * totals: the month is confirmed again, a new confirmation beside the first (409 when nothing
   * changed since the last).
   */
  async reconcile(merchantId: string, month: string, dto: ReconcileStatementDto, context: CommandContext) {
    const merchant = await this.readModels.merchants.require(merchantId);
    await assertManagesMerchant(context.actor, merchant, this.directory);
    if (month > chinaDay().slice(0, 7))
      throw new DomainRuleViolation('a month to come has no statement yet', 'month_in_future', { field: 'month' });
    const lines = await this.readModels.merchantRedemptions.find({ merchantId, month });
    const agreed = { netPoints: dto.netPoints, netYuan: yuanToFen(dto.netYuan, 'netYuan') };
    const command = {
      type: 'ReconcileStatement' as const,
      month,
      totals: statementTotals(lines),
      agreed,
      note: dto.note?.trim() ?? '',
    };
    const result = await this.merchants.execute(merchantId, command, context);
    const eventId = result.events.at(-1)?.eventId ?? '';
    return reconciliationResource(await this.readModels.reconciliations.require(eventId));
  }
}

@Controller('merchants')
export class MerchantStatementsController {
  constructor(private readonly handler: MerchantStatementsHandler) {}

  /** The month's statement (`YYYY-MM`, China's calendar): lines, totals and confirmations. */
  @Get(':id/statements/:month')
  @Returns(MERCHANT_STATEMENT)
  statement(
    @IdParam() id: string,
    @PatternParam('month', MONTH_PATTERN, MONTH_MESSAGE) month: string,
    @Command() context: CommandContext,
  ) {
    return this.handler.statement(id, month, context);
  }

  @Post(':id/statements/:month/reconcile')
  @HttpCode(201)
  @Returns(RECONCILIATION)
  reconcile(
    @IdParam() id: string,
    @PatternParam('month', MONTH_PATTERN, MONTH_MESSAGE) month: string,
    @Body() dto: ReconcileStatementDto,
    @Command() context: CommandContext,
  ) {
    return this.handler.reconcile(id, month, dto, context);
  }
}

const text = (key: string, header: string, width = 14) => ({
  key,
  header,
  type: 'text' as const,
  readOnly: true,
  width,
});

/** A merchant's 月度对账单 as a sheet: one row per redemption, then the totals. */
export const STATEMENT_SHEET: SheetSchema = {
  sheetName: '商户月度对账单',
  columns: [
    text('day', '日期', 12),
    text('redemptionId', '兑换编号', 38),
    text('memberId', '党员编号', 38),
    text('points', '积分', 10),
    text('pointsPerYuan', '每元积分', 10),
    text('yuan', '折合金额（元）', 14),
    text('reversed', '已撤销', 8),
    text('reversedReason', '撤销原因', 24),
  ],
};

@Controller('exports')
export class ExportMerchantStatementController {
  constructor(private readonly handler: MerchantStatementsHandler) {}

  /** A merchant's statement of a month as .xlsx (`?merchantId=&month=`), to those who read it. */
  @ReturnsXlsx("a merchant's monthly statement as an .xlsx file")
  @Answers(404)
  @Get('merchant-statement.xlsx')
  async export(@Query() query: MerchantStatementQuery, @Command() context: CommandContext) {
    const statement = await this.handler.statement(query.merchantId, query.month, context);
    const t = statement.totals;
    const rows = [
      ...statement.lines.map((l) => [
        l.day,
        l.redemptionId,
        l.memberId,
        l.points,
        l.pointsPerYuan,
        l.yuan,
        l.reversed ? '是' : '否',
        l.reversedReason,
      ]),
      ['合计', null, null, t.points, null, t.yuan, null, null],
      ['已撤销', null, null, t.reversedPoints, null, t.reversedYuan, null, null],
      ['净额', null, null, t.netPoints, null, t.netYuan, null, null],
    ];
    const stream = exportStream(
      {
        schema: STATEMENT_SHEET,
        pages: (async function* () {
          yield rows;
        })(),
        row: (cells) => cells,
      },
      excelJsSheetWriter,
    );
    return xlsxFile(stream, `商户对账单-${statement.merchantName}-${query.month}`);
  }
}
