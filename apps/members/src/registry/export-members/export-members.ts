import { Controller, Get, Injectable, Query } from '@nestjs/common';
import { OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean } from 'class-validator';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Optional } from '@gongjian/http';
import { exportStream, OrgReferences, pagesOf } from '@gongjian/spreadsheets';
import { excelJsSheetWriter } from '@gongjian/spreadsheets/exceljs.sheet-writer';
import { ReturnsXlsx, xlsxFile } from '@gongjian/spreadsheets/http';
import { accessTo, REDUCED_ACCESS, scopeOf } from '../../members.policy';
import { MembersReadModels } from '../../read-models';
import { memberRow, MEMBERS_SHEET } from '../../sheets/members.sheet';
import { ListMembersHandler } from '../list-members/list-members.handler';
import { ListMembersQuery } from '../list-members/list-members.query';
import { MemberViews } from '../member-views';
import type { MemberDocument } from '../members.projection';

/** The filters of the member list, without its paging; `personalData=true` asks for the clear personal data. */
export class ExportMembersQuery extends OmitType(ListMembersQuery, ['limit', 'cursor'] as const) {
  /**
   * Write phone, ID number and address in clear — for the members the caller administers only
   * (as `GET /members/:id/personal-data` allows); the other rows leave them blank.
   */
  @Optional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  personalData?: boolean;
}

/**
 * 导出党员名册: the members the list shows for the same filters and the same scope rule, each as
 * the caller may see it (members.policy.ts): the full record, or the name only for a community
 * the member reported to. No personal data unless asked for, and then only of the members the
 * caller administers.
 */
@Injectable()
export class ExportMembersHandler {
  constructor(
    private readonly readModels: MembersReadModels,
    private readonly directory: Directory,
    private readonly list: ListMembersHandler,
    private readonly views: MemberViews,
  ) {}

  async execute(query: ExportMembersQuery, context: CommandContext) {
    const { personalData, ...filters } = query;
    const filter = await this.list.filter(filters, context.actor);
    const refs = new OrgReferences(await this.directory.entries.find({}));
    const inScope = scopeOf(context.actor, this.directory);
    const rowOf = async (member: MemberDocument) => {
      const access = await accessTo(context.actor, member, this.directory, inScope);
      if (!access) return null;
      if (REDUCED_ACCESS.includes(access)) return memberRow(member, refs, 'reduced', null);
      const personal = personalData && access === 'administer' ? await this.views.personal(member) : null;
      return memberRow(member, refs, 'full', personal);
    };
    async function* visible() {
      for await (const page of pagesOf(readModels.members, filter.length ? { $and: filter } : {})) {
        const rows = [];
        for (const member of page) {
          const row = await rowOf(member);
          if (row) rows.push(row);
        }
        yield rows;
      }
    }
    const readModels = this.readModels;
    return exportStream({ schema: MEMBERS_SHEET, pages: visible(), row: (cells) => cells }, excelJsSheetWriter);
  }
}

@Controller('exports')
export class ExportMembersController {
  constructor(private readonly handler: ExportMembersHandler) {}

  /** The member list as .xlsx, with the list's filters and scope; `?personalData=true` as above. */
  @ReturnsXlsx('the list as an .xlsx file, with the filters of the list')
  @Get('members.xlsx')
  async export(@Query() query: ExportMembersQuery, @Command() context: CommandContext) {
    return xlsxFile(await this.handler.execute(query, context), '党员名册');
  }
}
