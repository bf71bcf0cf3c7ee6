import { Controller, Get, Injectable, Query } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Answers, Command, IsId } from '@gongjian/http';
import { exportStream, OrgReferences, pagesOf, type SheetSchema } from '@gongjian/spreadsheets';
import { excelJsSheetWriter } from '@gongjian/spreadsheets/exceljs.sheet-writer';
import { ReturnsXlsx, xlsxFile } from '@gongjian/spreadsheets/http';
import { assertMayRead } from '../../members.policy';
import { MembersReadModels } from '../../read-models';
import { MemberViews } from '../../registry/member-views';
import { beijingTime } from '../../sheets/members.sheet';
import { visibleEntries } from '../visible-entries';

export class ExportLedgerQuery {
  /** the member whose 量化积分 ledger is exported */
  @IsId()
  memberId: string;
}

const KINDS: Record<string, string> = { award: '获得', redemption: '兑换', reversal: '撤销兑换', evaluation: '评价' };
const text = (key: string, header: string, width = 14) => ({
  key,
  header,
  type: 'text' as const,
  readOnly: true,
  width,
});

/** A member's 积分明细 as a sheet, for reading. */
export const LEDGER_SHEET: SheetSchema = {
  sheetName: '积分明细',
  columns: [
    text('id', '系统编号', 38),
    text('recordedAt', '时间', 17),
    text('kind', '类型', 8),
    text('points', '积分', 8),
    text('hours', '服务时长（小时）', 10),
    text('title', '事项', 28),
    text('org', '服务地点', 16),
    text('merchant', '兑换商家', 16),
  ],
};

/**
 * 导出积分明细: the ledger of one member, as much of it as `GET /members/:id/points` shows the
 * caller (members.policy.ts: a community the member reported to sees the service done there only).
 */
@Injectable()
export class ExportLedgerHandler {
  constructor(
    private readonly readModels: MembersReadModels,
    private readonly directory: Directory,
    private readonly views: MemberViews,
  ) {}

  async execute(query: ExportLedgerQuery, context: CommandContext) {
    const member = await this.readModels.members.require(query.memberId);
    const access = await assertMayRead(context.actor, member, this.directory);
    const filter = await visibleEntries(member, access, this.views);
    const refs = new OrgReferences(await this.directory.entries.find({}));
    return {
      name: member.name,
      stream: exportStream(
        {
          schema: LEDGER_SHEET,
          pages: pagesOf(this.readModels.ledgerEntries, filter),
          row: (e) => [
            e._id,
            beijingTime(e.recordedAt),
            KINDS[e.kind] ?? e.kind,
            e.points,
            e.hours,
            e.title,
            e.orgId ? refs.refOf(e.orgId) : null,
            e.merchant,
          ],
        },
        excelJsSheetWriter,
      ),
    };
  }
}

@Controller('exports')
export class ExportLedgerController {
  constructor(private readonly handler: ExportLedgerHandler) {}

  /** A member's points ledger as .xlsx (`?memberId=`), as `/members/:id/points` shows it to the caller. */
  @ReturnsXlsx("the member's points ledger as an .xlsx file")
  @Answers(404)
  @Get('ledger.xlsx')
  async export(@Query() query: ExportLedgerQuery, @Command() context: CommandContext) {
    const { name, stream } = await this.handler.execute(query, context);
    return xlsxFile(stream, `积分明细-${name}`);
  }
}
